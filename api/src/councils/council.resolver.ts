import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/context';
import { Council } from './council.entity';
import { CouncilFilter, CouncilList, CouncilSort, CreateCouncilInput, UpdateCouncilInput } from './council.inputs';
import { CouncilService } from './council.service';

@Resolver(() => Council)
export class CouncilResolver {
  private readonly service = new CouncilService();

  @Authorized()
  @Query(() => CouncilList, { description: 'The councils in your scope, a page at a time' })
  councils(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => CouncilFilter, { description: 'Which councils; none: every council in your scope', nullable: true }) filter?: CouncilFilter,
    @Arg('sort', () => CouncilSort, { description: 'The order; by default by name', nullable: true }) sort?: CouncilSort,
    @Arg('offset', () => Int, { description: 'How many to skip, for paging: 0 for the first page', defaultValue: 0 }) offset = 0,
    @Arg('limit', () => Int, { description: 'How many to return: at most 200 (more is BAD_USER_INPUT)', defaultValue: 25 }) limit = 25,
  ): Promise<CouncilList> {
    return this.service.list(ctx, filter ?? {}, sort, offset, limit);
  }

  @Authorized()
  @Query(() => Council, { description: 'One council in your scope; NOT_FOUND otherwise' })
  council(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: "The council's id" }) id: string): Promise<Council> {
    return this.service.get(ctx, id);
  }

  @Authorized()
  @Mutation(() => Council, { description: 'Creates a council: below your own (monitoring officers), or anywhere (platform admins). The slug must be unused (CONFLICT)' })
  createCouncil(@Ctx() ctx: RequestContext, @Arg('input', () => CreateCouncilInput, { description: "The new council's name, slug, kind, nation and parent" }) input: CreateCouncilInput): Promise<Council> {
    return this.service.create(ctx, input);
  }

  @Authorized()
  @Mutation(() => Council, { description: "Changes a council's details (clerks and monitoring officers); moving it under another parent needs a monitoring officer" })
  updateCouncil(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: "The council's id" }) id: string,
    @Arg('expectedVersion', () => Int, { description: 'The version you last read; if it changed since, CONFLICT and nothing is saved' }) expectedVersion: number,
    @Arg('input', () => UpdateCouncilInput, { description: 'The fields to change; those left out stay as they are' }) input: UpdateCouncilInput,
  ): Promise<Council> {
    return this.service.update(ctx, id, expectedVersion, input);
  }

  @Authorized()
  @Mutation(() => ID, { description: 'Deletes a council with no councils below it, no members and no API keys' })
  deleteCouncil(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: "The council's id" }) id: string,
    @Arg('expectedVersion', () => Int, { description: 'The version you last read; if it changed since, CONFLICT and nothing is saved' }) expectedVersion: number,
  ): Promise<string> {
    return this.service.delete(ctx, id, expectedVersion);
  }

  @FieldResolver(() => Council, { nullable: true, description: 'null when the parent is outside your scope' })
  parent(@Root() council: Council, @Ctx() ctx: RequestContext): Promise<Council | null> | null {
    return council.parentId ? ctx.loaders.council.load(council.parentId) : null;
  }

  @FieldResolver(() => [Council], { description: 'The councils directly below it (in your scope)' })
  children(@Root() council: Council, @Ctx() ctx: RequestContext): Promise<Council[]> {
    return ctx.loaders.children.load(council.id);
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether it has an adopted protocol in force: cases can be opened and its protocol asked (responseDeadlines, escalationRoute, accessDecision) only then',
  })
  hasAdoptedProtocol(@Root() council: Council, @Ctx() ctx: RequestContext): Promise<boolean> {
    return ctx.loaders.hasAdoptedProtocol.load(council.id);
  }

  @FieldResolver(() => Int, { description: 'How many councils are directly below it' })
  childCount(@Root() council: Council, @Ctx() ctx: RequestContext): Promise<number> {
    return ctx.loaders.childCount.load(council.id);
  }
}
