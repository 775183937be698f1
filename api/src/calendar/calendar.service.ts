import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { RequestContext } from '../common/context';
import { badInput, forbidden } from '../common/errors';
import { findInScope } from '../common/records';
import { requireId } from '../common/inputs';
import { audit } from '../audit/audit';
import { can, roleAt } from '../domain/access';
import { icalendar } from '../domain/icalendar';
import type { Locale } from '../domain/vocabularies';
import { calendarDescription, feedEvents, feedLanguage } from './calendar-text';
import { CouncilService } from '../councils/council.service';
import { DbSession } from '../db/session';
import { addLogContext } from '../common/log';
import { CalendarFeed } from './calendar-feed.entity';
import { msg } from '../common/messages';

export const hashCalendarToken = (token: string) => createHash('sha256').update(token, 'utf8').digest();

/** What the audit log records of a feed: never its token's hash (viewers and API keys read the audit log). */
const audited = ({ tokenHash: _secret, ...feed }: CalendarFeed): Omit<CalendarFeed, 'tokenHash'> => feed;

/** Calendar feeds: created and revoked by a council's clerk or monitoring officer, read by calendar apps with the token. */
export class CalendarService {
  private readonly councils = new CouncilService();

  async list(ctx: RequestContext, councilId: string): Promise<CalendarFeed[]> {
    const council = await this.councils.get(ctx, councilId, 'councilId');
    const { manager } = await ctx.db();
    return manager.getRepository(CalendarFeed).find({ where: { councilId: council.id }, order: { createdAt: 'DESC' } });
  }

  /** A new feed; its URL (with the token) is shown once. */
  async create(ctx: RequestContext, councilId: string, name: string, includeBelow: boolean, language: Locale | null = null): Promise<{ feed: CalendarFeed; url: string }> {
    const council = await this.councils.get(ctx, councilId, 'councilId');
    if (!can(ctx.scope, 'update', council.id)) throw forbidden(ctx.scope.readOnly ? msg('forbidden.readOnly') : msg('forbidden.createCalendarFeeds', { council: council.name }));
    // Like an API key: only a monitoring officer (or platform admin) may see the councils below in one feed.
    if (includeBelow && !ctx.scope.platformAdmin && roleAt(ctx.scope, council.id) !== 'monitoring_officer') {
      throw forbidden(msg('forbidden.calendarBelow'));
    }
    const title = name.trim();
    if (!title || title.length > 200) throw badInput('name', msg('input.lengthRange', { min: 1, max: 200 }));
    const token = `cal_${randomBytes(24).toString('base64url')}`;
    const session = await ctx.db();
    return session.atomic(async (em) => {
      const id = randomUUID();
      await em.getRepository(CalendarFeed).insert({ id, councilId: council.id, name: title, includeBelow, language, tokenHash: hashCalendarToken(token), createdById: ctx.userId, createdAt: new Date() });
      const feed = await em.getRepository(CalendarFeed).findOneByOrFail({ id });
      await audit(ctx, em, { councilId: council.id, action: 'calendar_feed.create', entity: 'calendar_feed', entityId: id, after: audited(feed) });
      return { feed, url: `${ctx.config.api.publicUrl}/calendar/${token}.ics` };
    });
  }

  async revoke(ctx: RequestContext, id: string): Promise<CalendarFeed> {
    const feed = await findInScope(ctx, CalendarFeed, 'Calendar feed', requireId('id', id));
    if (!can(ctx.scope, 'update', feed.councilId)) throw forbidden(ctx.scope.readOnly ? msg('forbidden.readOnly') : msg('forbidden.revokeCalendarFeeds'));
    if (feed.revokedAt) return feed;
    const session = await ctx.db();
    return session.atomic(async (em) => {
      await em.getRepository(CalendarFeed).update({ id: feed.id }, { revokedAt: new Date() });
      const revoked = await em.getRepository(CalendarFeed).findOneByOrFail({ id: feed.id });
      await audit(ctx, em, { councilId: feed.councilId, action: 'calendar_feed.revoke', entity: 'calendar_feed', entityId: feed.id, before: audited(feed), after: audited(revoked) });
      return revoked;
    });
  }
}

/**
 * The feed a token opens, as iCalendar text, or null for an unknown or revoked
 * token. Read in the feed's own scope (row-level security, as for an API key):
 * live cases' deadlines (a confidential case shows only its reference, and only
 * at councils where the feed's creator handles confidential cases) and protocol
 * review dates.
 */
export async function calendarText(ds: DataSource, token: string, publicUrl: string): Promise<string | null> {
  const session = await DbSession.begin(ds);
  try {
    const [row] = await session.query<{ r: { id: string; name: string; councilIds: string[]; language: Locale | null; nation: string; council: string } | null }>('SELECT accord_begin_calendar($1) AS r', [hashCalendarToken(token)]);
    if (!row?.r) return null;
    addLogContext({ principal: `calendarFeed:${row.r.id}`, councilIds: row.r.councilIds });
    const cases = await session.query<{
      id: string;
      reference: string;
      subject: string;
      kind: string;
      classification: string;
      status: string;
      acknowledge_by: string | null;
      respond_by: string | null;
      step_due: string | null;
      step_index: number;
      council: string;
    }>(
      `SELECT k.id, k.reference, k.subject, k.kind, k.classification, k.status, k.acknowledge_by::text, k.respond_by::text, k.step_due::text, k.step_index, c.name AS council
       FROM cases k JOIN councils c ON c.id = k.council_id
       WHERE k.council_id = ANY($1::uuid[]) AND k.status IN ('open', 'acknowledged')
         AND (k.classification = 'public' OR k.council_id = ANY ((SELECT accord_case_council_ids())::uuid[]))`,
      [row.r.councilIds],
    );
    const reviews = await session.query<{ council_id: string; council: string; due: string }>(
      `SELECT c.id AS council_id, c.name AS council, coalesce(v.next_review_due, c.next_review_due)::text AS due
       FROM councils c
       LEFT JOIN protocols p ON p.council_id = c.id AND NOT p.is_model
       LEFT JOIN protocol_versions v ON v.protocol_id = p.id AND v.status = 'adopted'
       WHERE c.id = ANY($1::uuid[]) AND coalesce(v.next_review_due, c.next_review_due) IS NOT NULL`,
      [row.r.councilIds],
    );
    const lang = feedLanguage(row.r.language, row.r.nation);
    const events = feedEvents(
      lang,
      cases.map((k) => ({
        id: k.id,
        reference: k.reference,
        subject: k.subject,
        kind: k.kind,
        classification: k.classification,
        status: k.status,
        acknowledgeBy: k.acknowledge_by,
        respondBy: k.respond_by,
        stepDue: k.step_due,
        stepIndex: k.step_index,
        council: k.council,
      })),
      reviews.map((r) => ({ councilId: r.council_id, council: r.council, due: r.due })),
      publicUrl,
      row.r.councilIds.length > 1,
    );
    const description = calendarDescription(lang, row.r.council, row.r.councilIds.length > 1);
    return icalendar(row.r.name, events, new Date(), { description, language: lang === 'en' ? 'EN' : 'CY' });
  } finally {
    await session.end(false);
  }
}
