import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/context';
import { Council } from '../councils/council.entity';
import { Notification } from './notification.entity';
import { NotificationFilter, NotificationList } from './notification.inputs';
import { NotificationService } from './notification.service';

@Resolver(() => Notification)
export class NotificationResolver {
  private readonly service = new NotificationService();

  @Authorized()
  @Query(() => NotificationList, { description: 'Your notifications (reminders of deadlines and reviews), newest first' })
  notifications(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => NotificationFilter, { description: 'Which notifications; none: all of yours', nullable: true }) filter?: NotificationFilter,
    @Arg('offset', () => Int, { description: 'How many to skip, for paging: 0 for the first page', defaultValue: 0 }) offset = 0,
    @Arg('limit', () => Int, { description: 'How many to return: at most 200 (more is BAD_USER_INPUT)', defaultValue: 25 }) limit = 25,
  ): Promise<NotificationList> {
    return this.service.list(ctx, filter ?? {}, offset, limit);
  }

  @Authorized()
  @Mutation(() => Notification, { description: 'Marks one of your notifications read' })
  markNotificationRead(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: "The notification's id" }) id: string): Promise<Notification> {
    return this.service.markRead(ctx, id);
  }

  @FieldResolver(() => Council, { description: 'The council it is about' })
  async council(@Root() n: Notification, @Ctx() ctx: RequestContext): Promise<Council> {
    return (await ctx.loaders.council.load(n.councilId))!;
  }
}
