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
    @Arg('councilId', () => ID) councilId: string,
    @Arg('from', () => LocalDateScalar, { nullable: true }) from?: string | null,
    @Arg('to', () => LocalDateScalar, { nullable: true }) to?: string | null,
  ): Promise<CouncilClosure[]> {
    return this.service.list(ctx, councilId, from, to);
  }

  @Authorized()
  @Mutation(() => CouncilClosure)
  addCouncilClosure(
    @Ctx() ctx: RequestContext,
    @Arg('councilId', () => ID) councilId: string,
    @Arg('date', () => LocalDateScalar) date: string,
    @Arg('reason', { defaultValue: '' }) reason: string,
  ): Promise<CouncilClosure> {
    return this.service.add(ctx, councilId, date, reason);
  }

  @Authorized()
  @Mutation(() => ID)
  removeCouncilClosure(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<string> {
    return this.service.remove(ctx, id);
  }
}
