import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../common/context';
import { ListOf } from '../common/list';
import { LocalDateScalar } from '../common/scalars';
import { ReviewTask, ReviewTaskStatusEnum } from './review-task.entity';
import { ReviewService } from './review.service';

@InputType({ description: 'Narrows the list; every field given must match' })
export class ReviewTaskFilter {
  @Field(() => ID, { description: "Only this council's reviews", nullable: true }) councilId?: string | null;
  @Field(() => [ReviewTaskStatusEnum], { description: 'Only reviews with this status', nullable: true }) status?: string[] | null;
}

@ObjectType({ description: 'A page of review tasks, with how many matched in all' })
export class ReviewTaskList extends ListOf(ReviewTask) {}

@Resolver(() => ReviewTask)
export class ReviewResolver {
  private readonly service = new ReviewService();

  @Authorized()
  @Query(() => ReviewTaskList, { description: 'Protocol reviews of the councils in scope, soonest first' })
  reviewTasks(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => ReviewTaskFilter, { description: 'Which reviews; none: every one in your scope', nullable: true }) filter?: ReviewTaskFilter | null,
    @Arg('offset', () => Int, { description: 'How many to skip, for paging: 0 for the first page', defaultValue: 0 }) offset = 0,
    @Arg('limit', () => Int, { description: 'How many to return: at most 200 (more is BAD_USER_INPUT)', defaultValue: 25 }) limit = 25,
  ): Promise<ReviewTaskList> {
    return this.service.list(ctx, filter ?? {}, offset, limit);
  }

  @Authorized()
  @Mutation(() => ReviewTask, { description: 'Completes a review by reaffirming the protocol in force; its next review date moves on (adopting a new version completes it too)' })
  reaffirmProtocol(
    @Ctx() ctx: RequestContext,
    @Arg('reviewTaskId', () => ID, { description: "The review task's id" }) reviewTaskId: string,
    @Arg('expectedVersion', () => Int, { description: 'The version you last read; if it changed since, CONFLICT and nothing is saved' }) expectedVersion: number,
    @Arg('nextReviewDue', () => LocalDateScalar, {
      nullable: true,
      description: 'Defaults to one review period after the meeting that reaffirmed it (meetingOn), else after the date the review was due, moved on by whole periods until it is after today',
    })
    nextReviewDue?: string | null,
    @Arg('meetingOn', () => LocalDateScalar, { nullable: true, description: 'The date of the meeting that reaffirmed the protocol, to count the next review from' })
    meetingOn?: string | null,
  ): Promise<ReviewTask> {
    return this.service.reaffirm(ctx, reviewTaskId, expectedVersion, nextReviewDue, meetingOn);
  }
}
