import type { RequestContext } from '../common/context';
import { AppError } from '../common/errors';
import { enumTerm, msg, type Term } from '../common/messages';
import { roleTitleIn } from '../domain/glossary';
import { inCalendar, requireId, requireInCalendar } from '../common/inputs';
import { decideAccess, type AccessRequester } from '../domain/access-decision';
import { describeCalendar, type CalendarSpec } from '../domain/calendar';
import { standardDeadlines } from '../domain/casework';
import { compareClauses, compareItems } from '../domain/compare';
import { escalationRoute, type RouteQuestion } from '../domain/escalation';
import type { Classification, EnquiryCategory } from '../domain/protocol';
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

  /** The steps a concern follows at a council, under its adopted protocol. */
  async route(ctx: RequestContext, councilId: string, q: RouteQuestion) {
    const version = await this.protocols.adoptedVersion(ctx, councilId);
    const [chains, roles] = await Promise.all([this.protocols.section(ctx, version.id, 'chain'), this.protocols.section(ctx, version.id, 'role')]);
    const route = escalationRoute(chains, q, roles);
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
  async deadlines(ctx: RequestContext, councilId: string, category: EnquiryCategory, receivedAt: Date, urgent: boolean) {
    requireInCalendar('receivedAt', receivedAt);
    const version = await this.protocols.adoptedVersion(ctx, councilId);
    const standards = await this.protocols.section(ctx, version.id, 'response_standard');
    const standard = standards.find((s) => s.category === category);
    // A plain answer, no internal ids: the protocol sets no time for this kind of enquiry.
    if (!standard) throw new AppError('NOT_FOUND', msg('protocol.noStandard', { category: enumTerm(category) }));
    const calendar = await this.calendar(ctx, version.councilId);
    return inCalendar('receivedAt', () => {
      const d = standardDeadlines(standard, receivedAt, urgent, calendar);
      return { version, standard, ...d, calendarDescription: describeCalendar(d.calendar) };
    });
  }

  /** May this requester see information of this classification, under the protocol in force? */
  async access(ctx: RequestContext, councilId: string, classification: Classification, who: AccessRequester) {
    const version = await this.protocols.adoptedVersion(ctx, councilId);
    const [rules, roles] = await Promise.all([this.protocols.section(ctx, version.id, 'access_rule'), this.protocols.section(ctx, version.id, 'role')]);
    return { version, decision: decideAccess(rules, classification, who, roles) };
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
