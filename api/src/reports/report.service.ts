import type { RequestContext } from '../common/context';
import { badInput } from '../common/errors';
import { isLocalDate } from '../common/scalars';
import { msg } from '../common/messages';
import { CouncilService } from '../councils/council.service';
import type { ConcernCount, ProtocolReport, ReportFigures } from './report.types';

/** The longest period one report covers. */
export const REPORT_MAX_DAYS = 366 * 5;

/**
 * The figures, answered in SQL (no case is loaded into memory). One statement
 * (accord_protocol_report, api/src/db/sql/61-protocol-report.sql) reads the cases of the period once
 * (accord_report_cases: one narrow row per case from case_report_facts, kept by triggers, with the
 * caller's scope and confidentiality applied once per council), groups them by council, by year and
 * in total and counts concerns by kind, as JSON rows of two parts ('f' figures, 'k' concerns); one
 * more counts reviews. Dates are London dates. Medians are in working days of each council's calendar
 * (its nation's bank holidays, its closure days and its cut-off, as api/src/domain/calendar.ts counts
 * them), counted when a case is acknowledged or answered (accord_case_working_days,
 * api/src/db/sql/62-case-report-facts.sql) and again when the calendar changes: the working days
 * after the date of receipt (the next working day for a receipt after the cut-off) up to and including
 * the date of the acknowledgement or answer. Each median is read off a histogram (how many enquiries
 * took each number of working days), as percentile_cont(0.5) gives.
 */
export const REPORT_SQL = `SELECT part, row FROM accord_protocol_report($1::uuid, $2::date, $3::date, $4::boolean)`;

export const REVIEWS_SQL = `
WITH RECURSIVE below(id) AS (
  SELECT id FROM councils WHERE id = $1
  UNION ALL SELECT c.id FROM councils c JOIN below b ON c.parent_id = b.id WHERE $4
)
SELECT r.council_id, extract(year FROM r.due_on)::int AS year, count(*)::int AS due,
       count(*) FILTER (WHERE r.status = 'completed' AND (r.completed_at AT TIME ZONE 'Europe/London')::date <= r.due_on)::int AS on_time
  FROM review_tasks r JOIN below s ON s.id = r.council_id
 WHERE r.due_on BETWEEN $2 AND $3 AND (r.council_id = ANY($5::uuid[]) OR $6)
 GROUP BY GROUPING SETS ((r.council_id), (extract(year FROM r.due_on)), ())`;

export const SCOPE_SQL = `
WITH RECURSIVE below(id) AS (
  SELECT id FROM councils WHERE id = $1
  UNION ALL SELECT c.id FROM councils c JOIN below b ON c.parent_id = b.id WHERE $4
)
SELECT c.id, c.name FROM councils c JOIN below b ON b.id = c.id
 WHERE (c.id = ANY($5::uuid[]) OR $6) AND $2::date <= $3::date`;

const blank = (): ReportFigures => ({
  enquiries: 0, acknowledged: 0, acknowledgedOnTime: 0, answered: 0, answeredOnTime: 0, answeredOnTimeShare: null,
  medianDaysToAcknowledge: null, medianDaysToAnswer: null, escalations: 0, concerns: 0, concernsByKind: [], reviewsDue: 0, reviewsOnTime: 0,
});

export class ReportService {
  private readonly councils = new CouncilService();

  /** A council's figures (and, with `includeBelow`, every council below it in the caller's scope) for a period. */
  async protocolReport(ctx: RequestContext, councilId: string, from: string, to: string, includeBelow: boolean): Promise<ProtocolReport> {
    if (!isLocalDate(from)) throw badInput('from', msg('input.date'));
    if (!isLocalDate(to)) throw badInput('to', msg('input.date'));
    if (to < from) throw badInput('to', msg('input.notBefore', { other: 'from' }));
    if ((Date.parse(to) - Date.parse(from)) / 86_400_000 > REPORT_MAX_DAYS) throw badInput('to', msg('input.periodMaxDays', { max: REPORT_MAX_DAYS }));
    const council = await this.councils.get(ctx, councilId, 'councilId');
    const { manager } = await ctx.db();
    const params = [council.id, from, to, includeBelow, ctx.councilIds, ctx.scope.platformAdmin];
    const parts: { part: 'f' | 'k'; row: any }[] = await manager.query(REPORT_SQL, params.slice(0, 4));
    const figures = parts.filter((p) => p.part === 'f').map((p) => p.row);
    const concerns = parts.filter((p) => p.part === 'k').map((p) => p.row);
    const reviews = await manager.query(REVIEWS_SQL, params);

    const byCouncil = new Map<string, ReportFigures>();
    const byYear = new Map<number, ReportFigures>();
    let total = blank();
    const fill = (row: any): ReportFigures => ({
      ...blank(),
      enquiries: row.enquiries,
      acknowledged: row.acknowledged,
      acknowledgedOnTime: row.acknowledged_on_time,
      answered: row.answered,
      answeredOnTime: row.answered_on_time,
      answeredOnTimeShare: row.answered ? row.answered_on_time / row.answered : null,
      medianDaysToAcknowledge: row.median_ack_days === null ? null : Number(row.median_ack_days),
      medianDaysToAnswer: row.median_days === null ? null : Number(row.median_days),
      escalations: row.escalations,
      concerns: row.concerns,
    });
    for (const row of figures) {
      if (row.council_id) byCouncil.set(row.council_id, fill(row));
      else if (row.year !== null && row.by_year === 1) byYear.set(row.year, fill(row));
      else total = fill(row);
    }
    const at = <K,>(map: Map<K, ReportFigures>, key: K) => map.get(key) ?? (map.set(key, blank()), map.get(key)!);
    for (const row of concerns) {
      const count: ConcernCount = { concern: row.concern ?? '', count: row.n };
      (row.council_id ? at(byCouncil, row.council_id) : total).concernsByKind.push(count);
    }
    for (const row of reviews) {
      const target = row.council_id ? at(byCouncil, row.council_id) : row.year !== null ? at(byYear, row.year) : total;
      target.reviewsDue = row.due;
      target.reviewsOnTime = row.on_time;
    }
    const order = (list: ConcernCount[]) => list.sort((a, b) => b.count - a.count || a.concern.localeCompare(b.concern));
    // Every council reported on has a row, with nothing counted if nothing happened.
    const names = new Map<string, string>((await manager.query(SCOPE_SQL, params)).map((r: any) => [r.id, r.name]));
    for (const id of names.keys()) at(byCouncil, id);
    return {
      from,
      to,
      councils: [...byCouncil.entries()]
        .map(([id, f]) => ({ ...f, concernsByKind: order(f.concernsByKind), councilId: id, name: names.get(id) ?? '' }))
        .sort((a, b) => a.name.localeCompare(b.name)),
      years: [...byYear.entries()].map(([year, f]) => ({ ...f, year })).sort((a, b) => a.year - b.year),
      total: { ...total, concernsByKind: order(total.concernsByKind) },
    };
  }
}
