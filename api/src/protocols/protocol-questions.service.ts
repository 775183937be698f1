import type { RequestContext } from '../common/context';
import { AppError, badInput } from '../common/errors';
import { enumTerm, msg, type Term } from '../common/messages';
import { roleTitleIn } from '../domain/glossary';
import { phrase, type Language } from '../domain/answer-text';
import { localDateTime } from '../domain/calendar';
import { isBuiltInRole } from '../domain/roles';
import { inCalendar, requireId, requireInCalendar } from '../common/inputs';
import { decideAccess, type AccessRequester } from '../domain/access-decision';
import { describeCalendar, type CalendarSpec } from '../domain/calendar';
import { standardDeadlines } from '../domain/casework';
import { compareClauses, compareItems } from '../domain/compare';
import { escalationRoute, type RouteQuestion } from '../domain/escalation';
import { CONCERN_KINDS, EVERY_CATEGORY, ENQUIRY_CATEGORIES, standardFor, type Classification, type EnquiryCategory } from '../domain/protocol';
import type { Section, Sections } from '../domain/protocol-items';
import { ClosureService } from '../councils/closure.service';
import { CouncilService } from '../councils/council.service';
import { asDocumentClause, ProtocolLifecycleService } from './protocol-lifecycle.service';

/**
 * The questions integrations ask of a council's protocol in force: the route a
 * concern takes, response deadlines and the calendar they count in, access to
 * information, and what changed between two versions.
 */
export class ProtocolQuestionsService {
  private readonly protocols = new ProtocolLifecycleService();
  private readonly councils = new CouncilService();
  private readonly closures = new ClosureService();

  /**
   * The steps a concern follows at a council, under its adopted protocol: which chain applies and why
   * (or the chains to choose from), in the language asked for. Vocabulary in either case.
   */
  async route(ctx: RequestContext, councilId: string, asked: RouteQuestion, lang: Language = 'en') {
    const lower = (s: string | undefined) => s?.trim().toLowerCase() || undefined;
    const q: RouteQuestion = {
      ...asked,
      concern: lower(asked.concern)!,
      about: lower(asked.about),
      category: lower(asked.category),
      raisedBy: lower(asked.raisedBy),
      chainId: lower(asked.chainId),
      seeks: asked.seeks?.trim() || undefined,
    };
    const version = await this.protocols.adoptedVersion(ctx, councilId);
    const [chains, roles] = await Promise.all([this.protocols.section(ctx, version.id, 'chain'), this.protocols.section(ctx, version.id, 'role')]);
    const own = version.vocabulary?.concernKinds?.map((k) => k.key) ?? [];
    if (![...CONCERN_KINDS, ...own].includes(q.concern) && !chains.some((c) => c.concern === q.concern)) {
      throw badInput('concern', `"${q.concern}" is not one of this protocol's concern kinds`);
    }
    for (const f of ['about', 'raisedBy'] as const) {
      if (q[f] !== undefined && !roles.some((r) => r.key === q[f]) && !isBuiltInRole(q[f]!)) throw badInput(f, `"${q[f]}" is not one of this protocol's roles`);
    }
    const route = escalationRoute(chains, q, roles, lang);
    if (!route && q.chainId) throw new AppError('NOT_FOUND', `The adopted protocol has no chain "${q.chainId}" for ${q.concern.replace(/_/g, ' ')}`);
    if (!route) {
      const words = (s: string) => s.replace(/_/g, ' ');
      const what: Term = {
        en: [words(q.concern), q.about && `about the ${words(q.about)}`, q.category && `(${words(q.category)})`, q.severity !== 'any' && `(${q.severity})`].filter(Boolean).join(' '),
        cy: [q.concern.toUpperCase(), q.about && `(${roleTitleIn('cy', q.about)})`, q.category && `(${q.category.toUpperCase()})`, q.severity !== 'any' && `(${q.severity.toUpperCase()})`].filter(Boolean).join(' '),
      };
      throw new AppError('NOT_FOUND', msg('protocol.noRoute', { what }));
    }
    return { version, route };
  }

  /** A council's working-day calendar: its nation's bank holidays, its closure days, its cut-off time. */
  async calendar(ctx: RequestContext, councilId: string): Promise<CalendarSpec> {
    const id = requireId('councilId', councilId);
    return ctx.cached(id, 'calendar', async () => {
      const council = await this.councils.get(ctx, id, 'councilId');
      const closures = await this.closures.list(ctx, council.id);
      return {
        nation: council.nation,
        closures: closures.map((c) => c.date),
        ...(council.responseCutOff ? { cutOff: council.responseCutOff } : {}),
      };
    });
  }

  /** When an enquiry of a category received at a moment must be acknowledged and answered. */
  /**
   * When an enquiry of a category received at a moment must be acknowledged and answered: the
   * category's own standard, else the one for every category ('*'). The counting sentences are in
   * the language asked for.
   */
  async deadlines(ctx: RequestContext, councilId: string, asked: EnquiryCategory, receivedAt: Date, urgent: boolean, lang: Language = 'en') {
    requireInCalendar('receivedAt', receivedAt);
    const category = asked.trim().toLowerCase();
    const version = await this.protocols.adoptedVersion(ctx, councilId);
    const standards = await this.protocols.section(ctx, version.id, 'response_standard');
    const own = version.vocabulary?.enquiryCategories?.map((k) => k.key) ?? [];
    if (category !== EVERY_CATEGORY && ![...ENQUIRY_CATEGORIES, ...own].includes(category) && !standards.some((s) => s.category === category)) {
      throw badInput('category', `"${category}" is not one of this protocol's enquiry categories`);
    }
    const standard = standardFor(standards, category);
    // A plain answer, no internal ids: the protocol sets no time for this kind of enquiry.
    if (!standard) throw new AppError('NOT_FOUND', msg('protocol.noStandard', { category: enumTerm(category) }));
    const calendar = await this.calendar(ctx, version.councilId);
    return inCalendar('receivedAt', () => {
      const d = standardDeadlines(standard, receivedAt, urgent, calendar);
      const t = phrase(lang);
      const counting = t.counting(d.receipt, d.unit) + (d.urgentUnit ? `; ${t.urgentIn(t.counting(d.receipt, d.urgentUnit))}` : '');
      const receivedOn = localDateTime(receivedAt, d.calendar.timeZone).date;
      return { version, standard, ...d, counting, countedFrom: t.countedFrom(receivedOn, d.startDay, d.receipt), calendarDescription: describeCalendar(d.calendar) };
    });
  }

  /** May this requester see information of this classification, under the protocol in force? */
  async access(ctx: RequestContext, councilId: string, classification: Classification, who: AccessRequester) {
    const version = await this.protocols.adoptedVersion(ctx, councilId);
    const [rules, roles, exceptions] = await Promise.all([
      this.protocols.section(ctx, version.id, 'access_rule'),
      this.protocols.section(ctx, version.id, 'role'),
      this.protocols.section(ctx, version.id, 'disclosure_exception'),
    ]);
    const role = who.role.trim().toLowerCase();
    // A role of the protocol, or a built-in one it may not list (a Member asks where the protocol names only the Chairman).
    if (!roles.some((r) => r.key === role) && !isBuiltInRole(role)) throw badInput('requester.role', `"${role}" is not one of this protocol's roles`);
    return { version, decision: decideAccess(rules, classification, { ...who, role }, roles, exceptions) };
  }

  /** What changed from one version to another; both must be visible to the caller. */
  async compare(ctx: RequestContext, baseId: string, otherId: string) {
    const [base, other] = await Promise.all([this.protocols.version(ctx, baseId, 'baseId'), this.protocols.version(ctx, otherId, 'otherId')]);
    const [bc, oc, bi, oi] = await Promise.all([
      this.protocols.clauses(ctx, base.id),
      this.protocols.clauses(ctx, other.id),
      ctx.loaders.itemsOfVersion.load(base.id),
      ctx.loaders.itemsOfVersion.load(other.id),
    ]);
    const asClause = asDocumentClause;
    const asItem = (i: { section: string; key: string; body: object }) => ({ section: i.section as Section, key: i.key, body: i.body as Sections[Section] });
    return {
      base,
      other,
      clauses: compareClauses(bc.map(asClause), oc.map(asClause)),
      rules: compareItems(bi.map(asItem), oi.map(asItem)),
    };
  }
}
