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
    @Arg('filter', () => CouncilFilter, { nullable: true }) filter?: CouncilFilter,
    @Arg('sort', () => CouncilSort, { nullable: true }) sort?: CouncilSort,
    @Arg('offset', () => Int, { description: 'How many to skip, for paging: 0 for the first page', defaultValue: 0 }) offset = 0,
    @Arg('limit', () => Int, { description: 'How many to return: at most 200 (more is BAD_USER_INPUT)', defaultValue: 25 }) limit = 25,
  ): Promise<CouncilList> {
    return this.service.list(ctx, filter ?? {}, sort, offset, limit);
  }

  @Authorized()
  @Query(() => Council)
  council(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Council> {
    return this.service.get(ctx, id);
  }

  @Authorized()
  @Mutation(() => Council)
  createCouncil(@Ctx() ctx: RequestContext, @Arg('input', () => CreateCouncilInput) input: CreateCouncilInput): Promise<Council> {
    return this.service.create(ctx, input);
  }

  @Authorized()
  @Mutation(() => Council)
  updateCouncil(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int, { description: 'The version you last read; if it changed since, CONFLICT and nothing is saved' }) expectedVersion: number,
    @Arg('input', () => UpdateCouncilInput) input: UpdateCouncilInput,
  ): Promise<Council> {
    return this.service.update(ctx, id, expectedVersion, input);
  }

  @Authorized()
  @Mutation(() => ID, { description: 'Deletes a council with no councils below it, no members and no API keys' })
  deleteCouncil(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int, { description: 'The version you last read; if it changed since, CONFLICT and nothing is saved' }) expectedVersion: number,
  ): Promise<string> {
    return this.service.delete(ctx, id, expectedVersion);
  }

  @FieldResolver(() => Council, { nullable: true, description: 'null when the parent is outside your scope' })
  parent(@Root() council: Council, @Ctx() ctx: RequestContext): Promise<Council | null> | null {
    return council.parentId ? ctx.loaders.council.load(council.parentId) : null;
  }

  @FieldResolver(() => [Council])
  children(@Root() council: Council, @Ctx() ctx: RequestContext): Promise<Council[]> {
    return ctx.loaders.children.load(council.id);
  }

  @FieldResolver(() => Int)
  childCount(@Root() council: Council, @Ctx() ctx: RequestContext): Promise<number> {
    return ctx.loaders.childCount.load(council.id);
  }
}
