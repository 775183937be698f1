import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/context';
import { SortDirection, sortFields, vocabulary } from '../common/enums';
import { REVIEW_STATUSES } from '../domain/vocabularies';
import { isLocalDate, LocalDateScalar } from '../common/scalars';
import { badInput } from '../common/errors';
import { ListOf } from '../common/list';
import { requirePage } from '../common/inputs';
import { roleAt } from '../domain/access';
import { localDate } from '../reviews/review-sweep';
import { NEXT_DEADLINE_SQL } from '../cases/case.service';
import { Council } from '../councils/council.entity';
import { CouncilService } from '../councils/council.service';
import { msg } from '../common/messages';

export const ReviewStatus = vocabulary(
  REVIEW_STATUSES,
  'ReviewStatus',
  'Where a council stands with its protocol review: OVERDUE (past its date), DUE_SOON (within the notice period, 30 days by default), CURRENT, or NONE (no review date)', {
  overdue: 'Past its review date',
  due_soon: 'Due within the notice period (30 days by default)',
  current: 'Reviewed, and not due soon',
  none: 'No review date set',
});
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const DashboardCouncilSortField = sortFields('DashboardCouncilSortField', "What the dashboard's councils can be sorted by", {
  NAME: ['name', 'Council name'],
  NEXT_REVIEW_DUE: ['nextReviewDue', 'When its protocol is next due for review'],
  REVIEW_STATUS: ['reviewStatus', 'Where it stands with its review, overdue first when descending'],
  OPEN_CASES: ['openCases', 'How many cases are open'],
  CASES_PAST_DEADLINE: ['casesPastDeadline', 'How many cases are past a deadline'],
  CASES_WITH_MONITORING_OFFICER: ['casesWithMonitoringOfficer', 'How many cases are with the monitoring officer'],
  OVERDUE: ['overdue', 'How many reviews are overdue'],
});
export type DashboardCouncilSortField = (typeof DashboardCouncilSortField)[keyof typeof DashboardCouncilSortField];

@ObjectType({ description: 'What needs attention, for one council or in total' })
export class DashboardCounts {
  @Field(() => Int, { description: 'Protocol reviews coming up (open review tasks)' }) reviewsDue: number;
  @Field(() => Int, { description: 'Protocol reviews past their date' }) reviewsOverdue: number;
  @Field(() => Int, { description: 'Open cases' }) openCases: number;
  @Field(() => Int, { description: 'Open cases past a deadline (acknowledgement, response or step)' }) casesPastDeadline: number;
  @Field(() => Int, { description: 'Open cases now with the monitoring officer' }) casesWithMonitoringOfficer: number;
  @Field(() => Int, { description: 'Live cases whose next deadline (see Case.nextDeadline) is before today: the cases `cases(filter: { overdueOn: today })` lists' }) overdue: number;
  @Field(() => Int, { description: 'Live cases whose next deadline is today' }) dueToday: number;
  @Field(() => Int, { description: 'Live cases whose next deadline is in the 7 days after today' }) dueThisWeek: number;
  @Field(() => Int, { description: 'Notifications not yet read' }) unreadNotifications: number;
}

@ObjectType({ description: "One council's row on the dashboard: its review and its casework" })
export class CouncilDashboard extends DashboardCounts {
  @Field(() => ID, { description: "The council's id" }) councilId: string;
  @Field({ description: 'The council\'s name (also under `council`)' }) name: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'When the protocol is next due for review' }) nextReviewDue: string | null;
  @Field(() => ReviewStatus, { description: 'Where it stands with its protocol review' }) reviewStatus: ReviewStatus;
}

@ObjectType({ description: 'How many councils stand where with their review' })
export class ReviewStatusCounts {
  @Field(() => Int, { description: 'Councils past their review date' }) overdue: number;
  @Field(() => Int, { description: 'Councils whose review is due soon' }) dueSoon: number;
  @Field(() => Int, { description: 'Councils reviewed and not due soon' }) current: number;
  @Field(() => Int, { description: 'Councils with no review date' }) none: number;
}

@ObjectType({ description: "A page of councils' dashboard rows, with how many matched in all" })
export class CouncilDashboardList extends ListOf(CouncilDashboard) {}

@InputType({ description: 'The order of a list: a field and a direction' })
export class DashboardCouncilSort {
  @Field(() => DashboardCouncilSortField, { description: 'What to sort by', defaultValue: DashboardCouncilSortField.NAME }) field: DashboardCouncilSortField;
  @Field(() => SortDirection, { description: 'ASC (A to Z, earliest first) or DESC', defaultValue: SortDirection.ASC }) direction: SortDirection;
}

@InputType({ description: 'Narrows the list; every field given must match' })
export class DashboardCouncilFilter {
  @Field(() => [ReviewStatus], { description: 'Only councils whose review stands so', nullable: true }) reviewStatus?: ReviewStatus[] | null;
  @Field({ nullable: true, description: 'Only councils with open cases past a deadline or with the monitoring officer, or a review due or overdue' }) needsAttention?: boolean;
  @Field({ nullable: true, description: 'Matches the name, case-insensitively' }) search?: string;
}

@ObjectType({ description: "A monitoring officer's view across their councils (only councils with something to show are listed)" })
export class Dashboard {
  @Field(() => LocalDateScalar, { description: 'The day it counted from (YYYY-MM-DD)' }) today: string;
  @Field(() => Int, { description: 'Councils looked at' }) councilCount: number;
  @Field(() => DashboardCounts, { description: 'The figures summed over every council' }) total: DashboardCounts;
  @Field(() => [CouncilDashboard], { description: 'The councils with something to show (reviews due or overdue, open cases); rows lists every council, filtered and paged' }) councils: CouncilDashboard[];
  @Field(() => ReviewStatusCounts, { description: 'Councils by review status, across every council looked at' }) reviewStatus: ReviewStatusCounts;
  /** Every council looked at, for `rows`. */
  all: CouncilDashboard[];

  @Field(() => CouncilDashboardList, { description: 'Every council looked at, with its review status and counts: filtered, sorted and paged here (from the same statement as the totals)' })
  rows(
    @Arg('filter', () => DashboardCouncilFilter, { description: 'Which councils; none: all of them', nullable: true }) filter?: DashboardCouncilFilter | null,
    @Arg('sort', () => DashboardCouncilSort, { description: 'The order; by default by name', nullable: true }) sort?: DashboardCouncilSort | null,
    @Arg('offset', () => Int, { description: 'How many to skip, for paging: 0 for the first page', defaultValue: 0 }) offset = 0,
    @Arg('limit', () => Int, { description: 'How many to return: at most 200 (more is BAD_USER_INPUT)', defaultValue: 25 }) limit = 25,
  ): CouncilDashboardList {
    requirePage(offset, limit);
    let rows = this.all;
    if (filter?.reviewStatus?.length) rows = rows.filter((r) => filter.reviewStatus!.includes(r.reviewStatus));
    if (filter?.needsAttention) {
      rows = rows.filter((r) => r.casesPastDeadline > 0 || r.casesWithMonitoringOfficer > 0 || r.reviewStatus === ReviewStatus.OVERDUE || r.reviewStatus === ReviewStatus.DUE_SOON);
    }
    const q = filter?.search?.trim().toLowerCase();
    if (q) rows = rows.filter((r) => r.name.toLowerCase().includes(q));
    const field = sort?.field ?? DashboardCouncilSortField.NAME;
    const sign = sort?.direction === SortDirection.DESC ? -1 : 1;
    const byName = (a: CouncilDashboard, b: CouncilDashboard) => a.name.localeCompare(b.name, 'en-GB') || a.councilId.localeCompare(b.councilId);
    const key = (r: CouncilDashboard): number | string | null =>
      field === DashboardCouncilSortField.REVIEW_STATUS ? STATUS_ORDER[r.reviewStatus] : field === DashboardCouncilSortField.NAME ? null : (r[field] as number | string | null);
    const sorted = [...rows].sort((a, b) => {
      if (field === DashboardCouncilSortField.NAME) return sign * byName(a, b);
      const x = key(a);
      const y = key(b);
      // Councils with no review date come last either way.
      if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
      return (x < y ? -sign : x > y ? sign : 0) || byName(a, b);
    });
    return { items: sorted.slice(offset, offset + limit), totalCount: sorted.length };
  }
}

const COUNT_KEYS = ['reviewsDue', 'reviewsOverdue', 'openCases', 'casesPastDeadline', 'casesWithMonitoringOfficer', 'overdue', 'dueToday', 'dueThisWeek', 'unreadNotifications'] as const;
const STATUS_ORDER: Record<ReviewStatus, number> = { overdue: 0, due_soon: 1, current: 2, none: 3 };

@Resolver(() => CouncilDashboard)
export class DashboardResolver {
  private readonly councils = new CouncilService();

  @Authorized()
  @Query(() => Dashboard, { description: 'Reviews due and overdue, cases past a deadline and cases with the monitoring officer, per council and in total, across the councils the caller manages' })
  async dashboard(@Ctx() ctx: RequestContext, @Arg('today', () => LocalDateScalar, { description: 'The day to count from, as YYYY-MM-DD; none: today where the council is (Europe/London unless configured)', nullable: true }) today?: string | null): Promise<Dashboard> {
    const day = today ?? localDate(ctx.config.worker.sweepTimezone);
    if (!isLocalDate(day)) throw badInput('today', msg('input.date'));
    // Counts of confidential casework are for those who handle it: clerks and monitoring officers (and platform admins).
    const managed = ctx.scope.platformAdmin ? null : ctx.councilIds.filter((c) => roleAt(ctx.scope, c) !== 'viewer');
    const { manager } = await ctx.db();
    // One statement for every council looked at, however many (no query per council).
    const rows: Record<string, string | number | null>[] = await manager.query(
      `WITH scope AS (SELECT id, name, next_review_due FROM councils WHERE $1::uuid[] IS NULL OR id = ANY($1::uuid[])),
       r AS (SELECT council_id, count(*) FILTER (WHERE status = 'open') AS due, count(*) FILTER (WHERE status = 'overdue' OR due_on < $2::date) AS overdue
             FROM review_tasks WHERE status <> 'completed' AND council_id IN (SELECT id FROM scope) GROUP BY council_id),
       k AS (SELECT council_id, count(*) AS open,
                    count(*) FILTER (WHERE step_due < $2::date OR respond_by < $2::date OR (status = 'open' AND acknowledge_by < $2::date)) AS late,
                    count(*) FILTER (WHERE handler_role IN ('monitoring_officer', 'principal_council_monitoring_officer')) AS mo,
                    count(*) FILTER (WHERE nd < $2::date) AS nd_over,
                    count(*) FILTER (WHERE nd = $2::date) AS nd_today,
                    count(*) FILTER (WHERE nd > $2::date AND nd <= $2::date + 7) AS nd_week
             FROM (SELECT c.*, ${NEXT_DEADLINE_SQL('c')} AS nd FROM cases c WHERE c.status IN ('open', 'acknowledged') AND c.council_id IN (SELECT id FROM scope)) k0
             GROUP BY council_id),
       n AS (SELECT council_id, count(*) AS unread FROM notifications WHERE read_at IS NULL AND council_id IN (SELECT id FROM scope) GROUP BY council_id)
       SELECT s.id AS "councilId", s.name, s.next_review_due::text AS "nextReviewDue",
              coalesce(r.due, 0)::int AS "reviewsDue", coalesce(r.overdue, 0)::int AS "reviewsOverdue",
              coalesce(k.open, 0)::int AS "openCases", coalesce(k.late, 0)::int AS "casesPastDeadline", coalesce(k.mo, 0)::int AS "casesWithMonitoringOfficer",
              coalesce(k.nd_over, 0)::int AS "overdue", coalesce(k.nd_today, 0)::int AS "dueToday", coalesce(k.nd_week, 0)::int AS "dueThisWeek",
              coalesce(n.unread, 0)::int AS "unreadNotifications",
              CASE WHEN coalesce(r.overdue, 0) > 0 OR s.next_review_due < $2::date THEN 'overdue'
                   WHEN coalesce(r.due, 0) > 0 OR s.next_review_due <= $2::date + $3::int THEN 'due_soon'
                   WHEN s.next_review_due IS NULL THEN 'none'
                   ELSE 'current' END AS "reviewStatus"
       FROM scope s LEFT JOIN r ON r.council_id = s.id LEFT JOIN k ON k.council_id = s.id LEFT JOIN n ON n.council_id = s.id
       ORDER BY lower(s.name), s.id`,
      [managed, day, ctx.config.worker.reviewNoticeDays],
    );
    const all = rows as unknown as CouncilDashboard[];
    const total = Object.fromEntries(COUNT_KEYS.map((k) => [k, all.reduce((n, r) => n + Number(r[k]), 0)])) as unknown as DashboardCounts;
    const councils = all.filter((r) => (['reviewsDue', 'reviewsOverdue', 'openCases', 'casesPastDeadline', 'casesWithMonitoringOfficer'] as const).some((k) => Number(r[k]) > 0));
    const count = (s: ReviewStatus) => all.filter((r) => r.reviewStatus === s).length;
    const reviewStatus = { overdue: count(ReviewStatus.OVERDUE), dueSoon: count(ReviewStatus.DUE_SOON), current: count(ReviewStatus.CURRENT), none: count(ReviewStatus.NONE) };
    return Object.assign(new Dashboard(), { today: day, councilCount: all.length, total, councils, reviewStatus, all });
  }

  @FieldResolver(() => Council, { description: 'The council' })
  council(@Root() d: CouncilDashboard, @Ctx() ctx: RequestContext): Promise<Council> {
    return this.councils.get(ctx, d.councilId);
  }
}
