import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../common/context';
import { OfficeHolder } from './protocol.entities';
import { OfficeHolderInput } from './office-holder.inputs';
import { OfficeHolderService } from './office-holder.service';

@Resolver(() => OfficeHolder)
export class OfficeHolderResolver {
  private readonly service = new OfficeHolderService();

  @Authorized()
  @Query(() => [OfficeHolder], { description: 'Who holds which role at a council (today, unless current is false)' })
  officeHolders(
    @Ctx() ctx: RequestContext,
    @Arg('councilId', () => ID) councilId: string,
    @Arg('current', { defaultValue: true }) current: boolean,
  ): Promise<OfficeHolder[]> {
    return this.service.list(ctx, councilId, current);
  }

  @Authorized()
  @Mutation(() => OfficeHolder)
  addOfficeHolder(
    @Ctx() ctx: RequestContext,
    @Arg('councilId', () => ID) councilId: string,
    @Arg('input', () => OfficeHolderInput) input: OfficeHolderInput,
  ): Promise<OfficeHolder> {
    return this.service.add(ctx, councilId, input);
  }

  @Authorized()
  @Mutation(() => OfficeHolder)
  updateOfficeHolder(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int, { description: 'The version you last read; if it changed since, CONFLICT and nothing is saved' }) expectedVersion: number,
    @Arg('input', () => OfficeHolderInput) input: OfficeHolderInput,
  ): Promise<OfficeHolder> {
    return this.service.update(ctx, id, expectedVersion, input);
  }

  @Authorized()
  @Mutation(() => ID)
  removeOfficeHolder(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<string> {
    return this.service.remove(ctx, id);
  }
}
