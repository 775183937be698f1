import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/context';
import { isLocalDate, LocalDateScalar } from '../common/scalars';
import { badInput } from '../common/errors';
import { roleAt } from '../domain/access';
import { localDate } from '../reviews/review-sweep';
import { Council } from '../councils/council.entity';
import { CouncilService } from '../councils/council.service';

@ObjectType({ description: 'What needs attention, for one council or in total' })
export class DashboardCounts {
  @Field(() => Int, { description: 'Protocol reviews coming up (open review tasks)' }) reviewsDue: number;
  @Field(() => Int, { description: 'Protocol reviews past their date' }) reviewsOverdue: number;
  @Field(() => Int, { description: 'Open cases' }) openCases: number;
  @Field(() => Int, { description: 'Open cases past a deadline (acknowledgement, response or step)' }) casesPastDeadline: number;
  @Field(() => Int, { description: 'Open cases now with the monitoring officer' }) casesWithMonitoringOfficer: number;
}

@ObjectType()
export class CouncilDashboard extends DashboardCounts {
  @Field(() => ID) councilId: string;
}

@ObjectType({ description: "A monitoring officer's view across their councils (only councils with something to show are listed)" })
export class Dashboard {
  @Field(() => LocalDateScalar) today: string;
  @Field(() => Int, { description: 'Councils looked at' }) councilCount: number;
  @Field(() => DashboardCounts) total: DashboardCounts;
  @Field(() => [CouncilDashboard]) councils: CouncilDashboard[];
}

@Resolver(() => CouncilDashboard)
export class DashboardResolver {
  private readonly councils = new CouncilService();

  @Authorized()
  @Query(() => Dashboard, { description: 'Reviews due and overdue, cases past a deadline and cases with the monitoring officer, per council and in total, across the councils the caller manages' })
  async dashboard(@Ctx() ctx: RequestContext, @Arg('today', () => LocalDateScalar, { nullable: true }) today?: string | null): Promise<Dashboard> {
    const day = today ?? localDate('Europe/London');
    if (!isLocalDate(day)) throw badInput('today', 'must be a date written YYYY-MM-DD');
    // Counts of confidential casework are for those who handle it: clerks and monitoring officers (and platform admins).
    const managed = ctx.scope.platformAdmin ? null : ctx.councilIds.filter((c) => roleAt(ctx.scope, c) !== 'viewer');
    const { manager } = await ctx.db();
    const rows: Record<string, string | number>[] = await manager.query(
      `WITH scope AS (SELECT id FROM councils WHERE $1::uuid[] IS NULL OR id = ANY($1::uuid[])),
       r AS (SELECT council_id, count(*) FILTER (WHERE status = 'open') AS due, count(*) FILTER (WHERE status = 'overdue' OR due_on < $2::date) AS overdue
             FROM review_tasks WHERE status <> 'completed' AND council_id IN (SELECT id FROM scope) GROUP BY council_id),
       k AS (SELECT council_id, count(*) AS open,
                    count(*) FILTER (WHERE step_due < $2::date OR respond_by < $2::date OR (status = 'open' AND acknowledge_by < $2::date)) AS late,
                    count(*) FILTER (WHERE handler_role IN ('monitoring_officer', 'principal_council_monitoring_officer')) AS mo
             FROM cases WHERE status IN ('open', 'acknowledged') AND council_id IN (SELECT id FROM scope) GROUP BY council_id)
       SELECT s.id AS "councilId", coalesce(r.due, 0)::int AS "reviewsDue", coalesce(r.overdue, 0)::int AS "reviewsOverdue",
              coalesce(k.open, 0)::int AS "openCases", coalesce(k.late, 0)::int AS "casesPastDeadline", coalesce(k.mo, 0)::int AS "casesWithMonitoringOfficer",
              count(*) OVER ()::int AS "councilCount"
       FROM scope s LEFT JOIN r ON r.council_id = s.id LEFT JOIN k ON k.council_id = s.id`,
      [managed, day],
    );
    const keys = ['reviewsDue', 'reviewsOverdue', 'openCases', 'casesPastDeadline', 'casesWithMonitoringOfficer'] as const;
    const total = Object.fromEntries(keys.map((k) => [k, rows.reduce((n, r) => n + Number(r[k]), 0)])) as unknown as DashboardCounts;
    const councils = rows.filter((r) => keys.some((k) => Number(r[k]) > 0)) as unknown as CouncilDashboard[];
    return { today: day, councilCount: rows.length, total, councils };
  }

  @FieldResolver(() => Council)
  council(@Root() d: CouncilDashboard, @Ctx() ctx: RequestContext): Promise<Council> {
    return this.councils.get(ctx, d.councilId);
  }
}
