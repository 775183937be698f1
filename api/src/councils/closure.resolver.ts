import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../common/context';
import { LocalDateScalar } from '../common/scalars';
import { CouncilClosure } from './closure.entity';
import { ClosureService } from './closure.service';

@Resolver(() => CouncilClosure)
export class ClosureResolver {
  private readonly service = new ClosureService();

  @Authorized()
  @Query(() => [CouncilClosure], { description: "A council's closure days, between two dates if given" })
  councilClosures(
    @Ctx() ctx: RequestContext,
    @Arg('councilId', () => ID, { description: "The council's id" }) councilId: string,
    @Arg('from', () => LocalDateScalar, { description: 'The first day, as YYYY-MM-DD', nullable: true }) from?: string | null,
    @Arg('to', () => LocalDateScalar, { description: 'The last day, as YYYY-MM-DD', nullable: true }) to?: string | null,
  ): Promise<CouncilClosure[]> {
    return this.service.list(ctx, councilId, from, to);
  }

  @Authorized()
  @Mutation(() => CouncilClosure, { description: "Adds a day the council's offices are closed: it is not a working day when deadlines are counted (clerks and monitoring officers)" })
  addCouncilClosure(
    @Ctx() ctx: RequestContext,
    @Arg('councilId', () => ID, { description: "The council's id" }) councilId: string,
    @Arg('date', () => LocalDateScalar, { description: 'The closure day, as YYYY-MM-DD' }) date: string,
    @Arg('reason', { description: 'Why the offices are closed, e.g. "Christmas closure"', defaultValue: '' }) reason: string,
  ): Promise<CouncilClosure> {
    return this.service.add(ctx, councilId, date, reason);
  }

  @Authorized()
  @Mutation(() => ID, { description: 'Removes a closure day; deadlines counted later count it as a working day again. Answers the id removed' })
  removeCouncilClosure(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: "The closure's id" }) id: string): Promise<string> {
    return this.service.remove(ctx, id);
  }
}
