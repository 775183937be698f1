import { Arg, Authorized, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../common/context';
import { Language } from '../common/enums';
import type { Locale } from '../domain/vocabularies';
import { CalendarFeed } from './calendar-feed.entity';
import { CalendarService } from './calendar.service';

@ObjectType({ description: 'A new calendar feed and its URL, shown only this once' })
export class CalendarFeedSecret {
  @Field(() => CalendarFeed, { description: 'The feed' }) feed: CalendarFeed;
  @Field({ description: 'Subscribe to this in Outlook or Google Calendar; keep it secret' }) url: string;
}

@Resolver(() => CalendarFeed)
export class CalendarResolver {
  private readonly service = new CalendarService();

  @Authorized()
  @Query(() => [CalendarFeed], { description: "A council's calendar feeds (their URLs are shown only when made)" })
  calendarFeeds(@Ctx() ctx: RequestContext, @Arg('councilId', () => ID, { description: "The council's id" }) councilId: string): Promise<CalendarFeed[]> {
    return this.service.list(ctx, councilId);
  }

  @Authorized()
  @Mutation(() => CalendarFeedSecret, { description: "A calendar of a council's case deadlines and review dates (and of the councils below, if asked)" })
  createCalendarFeed(
    @Ctx() ctx: RequestContext,
    @Arg('councilId', () => ID, { description: "The council's id" }) councilId: string,
    @Arg('name', { description: 'What the feed is for, e.g. "Clerk\'s Outlook"' }) name: string,
    @Arg('includeBelow', { description: 'Also the councils below this one (monitoring officers)', defaultValue: false }) includeBelow: boolean,
    @Arg('language', () => Language, { nullable: true, description: "English or Welsh; none: the council's own (Welsh and English, Welsh first, in Wales)" }) language?: Locale | null,
  ): Promise<CalendarFeedSecret> {
    return this.service.create(ctx, councilId, name, includeBelow, language ?? null);
  }

  @Authorized()
  @Mutation(() => CalendarFeed, { description: 'Revokes a feed: its URL stops working at once' })
  revokeCalendarFeed(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: "The feed's id" }) id: string): Promise<CalendarFeed> {
    return this.service.revoke(ctx, id);
  }
}
