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
    @Arg('councilId', () => ID, { description: "The council's id" }) councilId: string,
    @Arg('current', { description: 'true: only those holding office today; false: past and future terms too', defaultValue: true }) current: boolean,
  ): Promise<OfficeHolder[]> {
    return this.service.list(ctx, councilId, current);
  }

  @Authorized()
  @Mutation(() => OfficeHolder, { description: "Records who holds a role of the council's protocol (the Clerk, the Monitoring Officer) from a date; clerks and monitoring officers" })
  addOfficeHolder(
    @Ctx() ctx: RequestContext,
    @Arg('councilId', () => ID, { description: "The council's id" }) councilId: string,
    @Arg('input', () => OfficeHolderInput, { description: 'The role, the person and their dates' }) input: OfficeHolderInput,
  ): Promise<OfficeHolder> {
    return this.service.add(ctx, councilId, input);
  }

  @Authorized()
  @Mutation(() => OfficeHolder, { description: "Changes an office holder's record, e.g. ends a term with toDate" })
  updateOfficeHolder(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: "The office holder's id" }) id: string,
    @Arg('expectedVersion', () => Int, { description: 'The version you last read; if it changed since, CONFLICT and nothing is saved' }) expectedVersion: number,
    @Arg('input', () => OfficeHolderInput, { description: "The record's new values" }) input: OfficeHolderInput,
  ): Promise<OfficeHolder> {
    return this.service.update(ctx, id, expectedVersion, input);
  }

  @Authorized()
  @Mutation(() => ID, { description: "Removes an office holder's record (to end a term, set its toDate instead). Answers the id removed" })
  removeOfficeHolder(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: "The office holder's id" }) id: string,
    @Arg('expectedVersion', () => Int, { description: 'The version you last read; if it changed since, CONFLICT and nothing is removed' }) expectedVersion: number,
  ): Promise<string> {
    return this.service.remove(ctx, id, expectedVersion);
  }
}
