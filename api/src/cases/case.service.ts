import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../common/context';
import { badInput, conflict, forbidden, notFound, staleVersion } from '../common/errors';
import { inCalendar, likePattern, requireId, requireIds, requireInCalendar, requirePage } from '../common/inputs';
import { SortDirection } from '../common/enums';
import { isLocalDate } from '../common/scalars';
import { audit } from '../audit/audit';
import { can, inScope, roleAt } from '../domain/access';
import { localDateTime, type CalendarSpec } from '../domain/calendar';
import { confidentialReach, mayReadCase, nextStep, planCase, plannedReminders, transition, type CaseAction, type CaseKind, type CaseStatus, type CaseStep as PlanStep } from '../domain/casework';
import { CONCERN_KINDS, ENQUIRY_CATEGORIES, ROLE_KEYS, type Classification, type Role, type ConcernKind, type EnquiryCategory, type RoleKey, type Severity } from '../domain/protocol';
import { CouncilService } from '../councils/council.service';
import { ProtocolLifecycleService } from '../protocols/protocol-lifecycle.service';
import { ProtocolQuestionsService } from '../protocols/protocol-questions.service';
import { ProtocolVersion } from '../protocols/protocol.entities';
import { statedDateStartSql } from '../protocols/protocol.store';
import { Case, CaseEvent } from './case.entity';
import { CaseSortField, type CaseFilter, type CaseSort, type OpenCaseInput, type UpdateCaseInput } from './case.inputs';
import { londonInstant } from './reminder-times';
import { CASE_TERMS, enumTerm, msg, roleTerm, type Message } from '../common/messages';
import { localeOfNation, timelineNote } from './reminder-templates';
import { roleTitleIn } from '../domain/glossary';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The checks openCase and updateCase share; their messages are what the admin's forms say beside the field. */
const checkSubject = (v: string) => {
  const subject = v.trim();
  if (!subject || subject.length > 200) throw badInput('subject', msg('input.lengthRange', { min: 1, max: 200 }));
  return subject;
};
const checkDescription = (v?: string | null) => {
  const description = v ?? '';
  if (description.length > 20_000) throw badInput('description', msg('input.lengthMax', { max: '20,000' }));
  return description;
};
const checkRaisedByName = (v: string) => {
  const name = v.trim();
  if (!name || name.length > 200) throw badInput('raisedByName', msg('input.lengthRange', { min: 1, max: 200 }));
  return name;
};
const checkRaisedByEmail = (v?: string | null) => {
  const email = v?.trim().toLowerCase() || null;
  if (email && !EMAIL.test(email)) throw badInput('raisedByEmail', msg('input.email'));
  return email;
};
const checkAboutPerson = (v?: string | null) => {
  const person = v?.trim() || null;
  if (person && person.length > 200) throw badInput('aboutPerson', msg('input.lengthMax', { max: 200 }));
  return person;
};
const checkDocuments = (v?: string[] | null) => {
  const documents = (v ?? []).map((d) => d.trim()).filter(Boolean);
  if (documents.length > 50 || documents.some((d) => d.length > 500)) throw badInput('documents', msg('input.documents'));
  return documents;
};
const checkDay = (field: string, v: string) => {
  if (!isLocalDate(v)) throw badInput(field, msg('input.date'));
  return v;
};

/**
 * A live case's next deadline, in SQL: while open, the earlier of acknowledge-by and the
 * current step's due day (for an enquiry's first step, its respond-by); once acknowledged,
 * the step's. Null for answered, resolved and closed cases. `nextDeadline` is the same in TS.
 */
export const NEXT_DEADLINE_SQL = (a: string) =>
  `(CASE WHEN ${a}.status = 'open' THEN least(${a}.acknowledge_by, ${a}.step_due) WHEN ${a}.status = 'acknowledged' THEN ${a}.step_due END)`;

export function nextDeadline(c: Pick<Case, 'status' | 'acknowledgeBy' | 'stepDue'>): string | null {
  const days = c.status === 'open' ? [c.acknowledgeBy, c.stepDue] : c.status === 'acknowledged' ? [c.stepDue] : [];
  const set = days.filter((d): d is string => !!d).sort();
  return set[0] ?? null;
}

/** Cases: opened with the deadlines of the protocol in force at receipt, moved through their lifecycle, every change on the timeline and in the audit log. */
export class CaseService {
  private readonly councils = new CouncilService();
  private readonly protocols = new ProtocolLifecycleService();
  private readonly questions = new ProtocolQuestionsService();

  async open(ctx: RequestContext, input: OpenCaseInput): Promise<Case> {
    const council = await this.councils.get(ctx, input.councilId, 'councilId');
    if (!can(ctx.scope, 'update', council.id)) throw forbidden(ctx.scope.readOnly ? msg('forbidden.readOnly') : msg('forbidden.openCases', { council: council.name }));
    const receivedAt = input.receivedAt ?? new Date();
    requireInCalendar('receivedAt', receivedAt);
    if (receivedAt.getTime() > Date.now() + 5 * 60_000) throw badInput('receivedAt', msg('input.inFuture'));
    const subject = checkSubject(input.subject);
    const description = checkDescription(input.description);
    const raisedByName = checkRaisedByName(input.raisedByName);
    const raisedByEmail = checkRaisedByEmail(input.raisedByEmail);
    const aboutPerson = checkAboutPerson(input.aboutPerson);
    const documents = checkDocuments(input.documents);
    const kind = input.kind as CaseKind;
    if (kind === 'enquiry' && input.concern) throw badInput('concern', msg('case.concernForConcerns'));

    const version = await this.versionInForce(ctx, council.id, localDateTime(receivedAt).date);
    const [standards, chains, roles, calendar] = await Promise.all([
      this.protocols.section(ctx, version.id, 'response_standard'),
      this.protocols.section(ctx, version.id, 'chain'),
      this.protocols.section(ctx, version.id, 'role'),
      this.questions.calendar(ctx, council.id),
    ]);
    // The council's own vocabulary: the built-in words and those of the protocol in force (issue 12),
    // never another council's. Keys arrive lower case (VocabularyKey).
    const known = caseVocabulary(version, roles);
    if (!known.roles.has(input.raisedByRole)) throw badInput('raisedByRole', msg('input.notRole'));
    if (input.concern && !known.concernKinds.has(input.concern)) throw badInput('concern', msg('case.unknownConcern', { value: input.concern }));
    if (input.category && !known.enquiryCategories.has(input.category)) throw badInput('category', msg('case.unknownCategory', { value: input.category }));
    if (input.aboutRole && !roles.some((r) => r.key === input.aboutRole)) throw badInput('aboutRole', msg('case.roleNotInProtocol', { role: roleTerm(input.aboutRole) }));
    const planned = inCalendar('receivedAt', () => planCase(
      {
        kind,
        category: (input.category ?? undefined) as EnquiryCategory | undefined,
        concern: (input.concern ?? undefined) as ConcernKind | undefined,
        severity: (input.severity ?? 'any') as Severity,
        about: (input.aboutRole ?? undefined) as RoleKey | undefined,
        raisedBy: input.raisedByRole,
        chainId: input.chainId ?? undefined,
        receivedAt,
        urgent: input.urgent ?? false,
      },
      { standards, chains, roles },
      calendar,
    ));
    if (!planned.ok) throw badInput(planned.field, planRefusal(planned.field, input, planned.choices));
    const plan = planned.plan;

    const session = await ctx.db();
    return session.atomic(async (em) => {
      await em.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`cases:${council.id}`]);
      const [{ n }] = await em.query(`SELECT count(*)::int AS n FROM cases WHERE council_id = $1`, [council.id]);
      const id = randomUUID();
      const values: Partial<Case> = {
        id,
        councilId: council.id,
        reference: `${localDateTime(receivedAt).date.slice(0, 4)}-${String(n + 1).padStart(4, '0')}`,
        kind,
        category: input.category ?? null,
        concern: input.concern ?? null,
        severity: input.severity ?? 'any',
        aboutRole: input.aboutRole ?? null,
        aboutPerson,
        raisedByRole: input.raisedByRole,
        raisedByName,
        raisedByEmail,
        receivedAt,
        urgent: input.urgent ?? false,
        classification: input.classification ?? 'public',
        subject,
        description,
        documents,
        status: 'open',
        protocolVersionId: version.id,
        startDay: plan.startDay,
        acknowledgeBy: plan.acknowledgeBy,
        respondBy: plan.respondBy,
        respondBeforeMeeting: plan.respondBeforeMeeting,
        steps: plan.steps as Case['steps'],
        stepIndex: plan.stepIndex,
        stepDue: plan.stepDue,
        handlerRole: plan.handler,
        clauses: plan.clauses,
        version: 1,
        createdById: ctx.userId,
      };
      await em.getRepository(Case).insert(values);
      const created = await em.getRepository(Case).findOneByOrFail({ id });
      await event(ctx, em, created, 'opened', { to: 'open', note: `Opened under protocol version ${version.number}` });
      await syncReminders(em, created, calendar, ctx.config.worker);
      await audit(ctx, em, { councilId: council.id, action: 'case.open', entity: 'case', entityId: id, after: created });
      return created;
    });
  }

  /** A case the caller may see; NOT_FOUND otherwise (another council's, or confidential beyond the caller's role). */
  async get(ctx: RequestContext, id: string, field = 'id'): Promise<Case> {
    const { manager } = await ctx.db();
    const found = await manager.getRepository(Case).findOneBy({ id: requireId(field, id) });
    if (!found || !inScope(ctx.scope, found.councilId) || !this.mayRead(ctx, found)) throw notFound('Case', id);
    return found;
  }

  async list(ctx: RequestContext, filter: CaseFilter = {}, offset = 0, limit = 25, sort?: CaseSort | null): Promise<{ items: Case[]; totalCount: number }> {
    requirePage(offset, limit);
    const { manager } = await ctx.db();
    const qb = manager.getRepository(Case).createQueryBuilder('c');
    if (!ctx.scope.platformAdmin) {
      // Clerks and monitoring officers see all their councils' cases; read-only members and keys the public ones.
      const full = confidentialReach(ctx.scope) ?? [];
      qb.andWhere(`(c.council_id = ANY(:full) OR (c.council_id = ANY(:scope) AND c.classification = 'public'))`, { full, scope: ctx.councilIds });
    }
    if (filter.councilId) qb.andWhere('c.council_id = :council', { council: requireId('filter.councilId', filter.councilId) });
    if (filter.status?.length) qb.andWhere('c.status = ANY(:status)', { status: filter.status });
    if (filter.kind) qb.andWhere('c.kind = :kind', { kind: filter.kind });
    // Equivalent to "a deadline before the day": the next deadline is the earliest one still ahead of a live case.
    if (filter.overdueOn) qb.andWhere(`${NEXT_DEADLINE_SQL('c')} < :overdueOn`, { overdueOn: checkDay('filter.overdueOn', filter.overdueOn) });
    if (filter.dueFrom) qb.andWhere(`${NEXT_DEADLINE_SQL('c')} >= :dueFrom`, { dueFrom: checkDay('filter.dueFrom', filter.dueFrom) });
    if (filter.dueTo) qb.andWhere(`${NEXT_DEADLINE_SQL('c')} <= :dueTo`, { dueTo: checkDay('filter.dueTo', filter.dueTo) });
    if (filter.handlerRole) qb.andWhere('c.handler_role = :handler', { handler: filter.handlerRole });
    if (filter.search?.trim()) {
      qb.andWhere(`(lower(c.reference) LIKE :q ESCAPE '\\' OR lower(c.subject) LIKE :q ESCAPE '\\' OR lower(c.raised_by_name) LIKE :q ESCAPE '\\')`, { q: likePattern(filter.search) });
    }
    if (filter.ids) qb.andWhere('c.id = ANY(:ids)', { ids: requireIds('filter.ids', filter.ids) });
    const field = sort?.field ?? CaseSortField.RECEIVED_AT;
    const dir = sort?.direction === SortDirection.ASC ? 'ASC' : 'DESC';
    if (field === CaseSortField.NEXT_DEADLINE) {
      qb.addSelect(NEXT_DEADLINE_SQL('c'), 'c_next_deadline').orderBy('c_next_deadline', dir, 'NULLS LAST');
    } else {
      qb.orderBy(field === CaseSortField.SUBJECT ? 'lower(c.subject)' : `c.${field}`, dir);
    }
    if (field !== CaseSortField.RECEIVED_AT) qb.addOrderBy('c.received_at', 'DESC');
    const [items, totalCount] = await qb.addOrderBy('c.id').offset(offset).limit(limit).getManyAndCount();
    return { items, totalCount };
  }

  /** Changes what a case says (subject, description, who raised it, classification, documents), never what fixed its deadlines. */
  async update(ctx: RequestContext, id: string, expectedVersion: number, input: UpdateCaseInput): Promise<Case> {
    const found = await this.get(ctx, id);
    if (!can(ctx.scope, 'update', found.councilId)) throw forbidden(ctx.scope.readOnly ? msg('forbidden.readOnly') : msg('forbidden.changeCases'));
    const changes: Partial<Case> = {};
    if (input.subject != null) changes.subject = checkSubject(input.subject);
    if (input.description != null) changes.description = checkDescription(input.description);
    if (input.raisedByName != null) changes.raisedByName = checkRaisedByName(input.raisedByName);
    if (input.raisedByEmail !== undefined) changes.raisedByEmail = checkRaisedByEmail(input.raisedByEmail);
    if (input.aboutPerson !== undefined) changes.aboutPerson = checkAboutPerson(input.aboutPerson);
    if (input.classification != null) changes.classification = input.classification;
    if (input.documents != null) changes.documents = checkDocuments(input.documents);
    if (found.version !== expectedVersion) throw staleVersion('Case', found.id, expectedVersion, found.version);
    if (Object.keys(changes).length === 0) return found;
    const session = await ctx.db();
    return session.atomic(async (em) => {
      await lockCase(em, found.id);
      const fresh = await moveAtVersion(em, found, expectedVersion, changes);
      await event(ctx, em, fresh, 'note', { note: `Details changed: ${Object.keys(changes).join(', ')}` });
      await audit(ctx, em, { councilId: fresh.councilId, action: 'case.update', entity: 'case', entityId: fresh.id, before: found, after: fresh });
      return fresh;
    });
  }

  /** Acknowledge, respond, resolve, close or escalate: only from the statuses the lifecycle allows. */
  async move(ctx: RequestContext, id: string, action: CaseAction, expectedVersion: number, note = ''): Promise<Case> {
    const found = await this.get(ctx, id);
    if (!can(ctx.scope, 'update', found.councilId)) throw forbidden(ctx.scope.readOnly ? msg('forbidden.readOnly') : msg('forbidden.changeCases'));
    if (note.length > 4000) throw badInput('note', msg('input.lengthMax', { max: '4,000' }));
    const t = transition(found.kind as CaseKind, found.status as CaseStatus, action);
    if (!t.ok) {
      const kind = CASE_TERMS.kind[found.kind as CaseKind];
      const terms = { reference: found.reference, kind, action: CASE_TERMS.action[action] };
      throw conflict(t.why === 'kind' ? msg('case.cannotKind', terms) : msg('case.cannotStatus', { ...terms, status: CASE_TERMS.status[found.status as CaseStatus] }), { status: found.status });
    }
    if (found.version !== expectedVersion) throw staleVersion('Case', found.id, expectedVersion, found.version);
    const calendar = await this.questions.calendar(ctx, found.councilId);
    const changes: Partial<Case> = { status: t.status };
    if (action === 'escalate') {
      const today = localDateTime(new Date(), ctx.config.worker.sweepTimezone).date;
      const next = nextStep(found.steps as PlanStep[], found.stepIndex, today, calendar);
      if (!next) throw conflict(msg('case.lastStep', { reference: found.reference }));
      Object.assign(changes, { stepIndex: next.step.index, handlerRole: next.step.handler, stepDue: next.due });
    }
    if (t.status === 'closed') changes.closedAt = new Date();
    const session = await ctx.db();
    return session.atomic(async (em) => {
      await lockCase(em, found.id);
      const fresh = await moveAtVersion(em, found, expectedVersion, changes);
      await event(ctx, em, fresh, action === 'escalate' ? 'escalated' : (t.status as CaseEvent['kind']), {
        from: found.status,
        to: fresh.status,
        step: fresh.stepIndex,
        note: note || (action === 'escalate' ? await escalationNote(em, fresh) : ''),
      });
      await syncReminders(em, fresh, calendar, ctx.config.worker);
      await audit(ctx, em, { councilId: fresh.councilId, action: `case.${action}`, entity: 'case', entityId: fresh.id, before: found, after: fresh });
      return fresh;
    });
  }

  async addNote(ctx: RequestContext, id: string, note: string): Promise<CaseEvent> {
    const found = await this.get(ctx, id);
    if (!can(ctx.scope, 'update', found.councilId)) throw forbidden(ctx.scope.readOnly ? msg('forbidden.readOnly') : msg('forbidden.changeCases'));
    const text = note.trim();
    if (!text || text.length > 4000) throw badInput('note', msg('input.lengthRange', { min: 1, max: '4,000' }));
    const session = await ctx.db();
    return session.atomic(async (em) => {
      const e = await event(ctx, em, found, 'note', { note: text });
      await audit(ctx, em, { councilId: found.councilId, action: 'case.note', entity: 'case', entityId: found.id, after: e });
      return e;
    });
  }

  events(ctx: RequestContext, caseId: string): Promise<CaseEvent[]> {
    return ctx.loaders.eventsOfCase.load(caseId);
  }

  mayRead(ctx: RequestContext, c: Pick<Case, 'councilId' | 'classification'>): boolean {
    return ctx.scope.platformAdmin || mayReadCase(roleAt(ctx.scope, c.councilId), c.classification as Classification);
  }

  /** The protocol version in force on a date: the latest adopted (or since superseded) one in effect by then, else the one adopted now. */
  private async versionInForce(ctx: RequestContext, councilId: string, date: string): Promise<ProtocolVersion> {
    const { manager } = await ctx.db();
    // Stated dates may be a year or a month ("2023", "2023-05"): in force from the first day they cover.
    const since = `coalesce(${statedDateStartSql('v.effective_from')}, ${statedDateStartSql('v.adopted_on')}, v.adopted_at::date)`;
    const [row] = await manager.query(
      `SELECT v.id FROM protocol_versions v JOIN protocols p ON p.id = v.protocol_id
       WHERE p.council_id = $1 AND NOT p.is_model AND v.status IN ('adopted', 'superseded')
       ORDER BY (${since} <= $2::date) DESC NULLS LAST,
                CASE WHEN ${since} <= $2::date THEN ${since} END DESC NULLS LAST,
                (v.status = 'adopted') DESC, v.number DESC
       LIMIT 1`,
      [councilId, date],
    );
    if (!row) throw badInput('councilId', msg('case.noAdoptedProtocol'));
    const version = await this.protocols.version(ctx, row.id);
    this.protocols.seal(ctx, version);
    return version;
  }
}

/**
 * The one lock order wherever a case and its reminders are touched (issue 11): the case
 * first, FOR NO KEY UPDATE (it is only updated, never its key, so the foreign-key checks
 * of timeline, notification and reminder rows, FOR KEY SHARE, are never blocked by it),
 * then its reminders. The worker claims cases the same way (reminder.service.ts).
 */
export async function lockCase(em: { query: (sql: string, params?: unknown[]) => Promise<unknown> }, id: string): Promise<void> {
  await em.query('SELECT id FROM cases WHERE id = $1 FOR NO KEY UPDATE', [id]);
}

async function moveAtVersion(em: EntityManager, c: Case, expectedVersion: number, changes: Partial<Case>): Promise<Case> {
  const { affected } = await em
    .createQueryBuilder()
    .update(Case)
    .set({ ...changes, version: () => 'version + 1' })
    .where('id = :id AND version = :v', { id: c.id, v: expectedVersion })
    .execute();
  if (!affected) throw staleVersion('Case', c.id, expectedVersion, expectedVersion + 1);
  return em.getRepository(Case).findOneByOrFail({ id: c.id });
}

/** "Escalated to director", in the council's languages (Welsh first in Wales): the same note whoever escalates. */
async function escalationNote(em: EntityManager, c: Case): Promise<string> {
  const [council] = await em.query<{ nation: string }[]>(`SELECT nation FROM councils WHERE id = $1`, [c.councilId]);
  const role = c.handlerRole ?? '';
  return timelineNote({ kind: 'escalated', role: role.replace(/_/g, ' '), roleCy: roleTitleIn('cy', role) }, localeOfNation(council?.nation ?? ''));
}

async function event(
  ctx: RequestContext,
  em: EntityManager,
  c: Case,
  kind: CaseEvent['kind'],
  e: { from?: string | null; to?: string | null; step?: number | null; note?: string },
): Promise<CaseEvent> {
  const id = randomUUID();
  await em.getRepository(CaseEvent).insert({
    id,
    councilId: c.councilId,
    caseId: c.id,
    actorUserId: ctx.userId,
    byWorker: ctx.principal.kind === 'system',
    kind,
    fromStatus: e.from ?? null,
    toStatus: e.to ?? null,
    stepIndex: e.step ?? c.stepIndex,
    note: e.note ?? '',
    at: new Date(),
  });
  ctx.loaders.eventsOfCase.clear(c.id);
  return em.getRepository(CaseEvent).findOneByOrFail({ id });
}

/**
 * Makes a case's pending reminders what its state needs now: new ones added
 * (never twice: their keys are unique per council), ones it no longer needs
 * cancelled. Sent ones stay as they are.
 */
export async function syncReminders(
  em: { query: (sql: string, params?: unknown[]) => Promise<unknown> },
  c: Pick<Case, 'id' | 'councilId' | 'status' | 'acknowledgeBy' | 'respondBy' | 'handlerRole' | 'steps' | 'stepIndex' | 'stepDue'>,
  calendar: CalendarSpec,
  worker: { reminderLeadDays: number; reminderTime: string; sweepTimezone?: string },
): Promise<void> {
  const planned = plannedReminders(
    { status: c.status as CaseStatus, acknowledgeBy: c.acknowledgeBy, respondBy: c.respondBy, handler: c.handlerRole as RoleKey | null, steps: c.steps as PlanStep[], stepIndex: c.stepIndex, stepDue: c.stepDue },
    worker.reminderLeadDays,
    calendar,
  );
  const keys = planned.map((p) => `case:${c.id}:${p.key}`);
  await em.query(`UPDATE reminders SET status = 'cancelled' WHERE case_id = $1 AND status = 'pending' AND NOT (dedupe_key = ANY($2))`, [c.id, keys]);
  if (!planned.length) return;
  await em.query(
    `INSERT INTO reminders (council_id, case_id, kind, dedupe_key, send_at, deadline, step_index, to_roles)
     SELECT $1, $2, x.kind, x.key, x.send_at, x.deadline, x.step, ARRAY[x.role]
     FROM unnest($3::text[], $4::text[], $5::timestamptz[], $6::date[], $7::int[], $8::text[]) AS x(kind, key, send_at, deadline, step, role)
     ON CONFLICT (council_id, dedupe_key) DO UPDATE SET status = 'pending' WHERE reminders.status = 'cancelled'`,
    [
      c.councilId,
      c.id,
      planned.map((p) => p.kind),
      keys,
      planned.map((p) => londonInstant(p.sendOn, worker.reminderTime, worker.sweepTimezone)),
      planned.map((p) => p.deadline),
      planned.map((p) => p.step),
      planned.map((p) => p.to),
    ],
  );
}

/**
 * The words a case may use under a protocol version: the built-in role keys, concern kinds and
 * enquiry categories, and the version's own (its roles and `vocabulary`).
 */
export function caseVocabulary(version: Pick<ProtocolVersion, 'vocabulary'>, roles: readonly Pick<Role, 'key'>[]) {
  const own = (list: { key: string }[] | undefined) => (list ?? []).map((e) => e.key);
  return {
    roles: new Set<string>([...ROLE_KEYS, ...roles.map((r) => r.key)]),
    concernKinds: new Set<string>([...CONCERN_KINDS, ...own(version.vocabulary?.concernKinds)]),
    enquiryCategories: new Set<string>([...ENQUIRY_CATEGORIES, ...own(version.vocabulary?.enquiryCategories)]),
  };
}

/** Why the protocol in force could not plan a case (domain/casework.ts planCase), as a message naming what the caller sent. */
function planRefusal(field: string, input: { category?: string | null; concern?: string | null; aboutRole?: string | null; chainId?: string | null }, choices: string[] = []): Message {
  if (field === 'chainId') return input.chainId ? msg('case.noChainId', { id: input.chainId }) : msg('case.chooseChain', { choices: choices.join(', ') });
  if (field === 'category') return input.category ? msg('case.noStandard', { category: enumTerm(input.category) }) : msg('case.categoryRequired');
  if (field === 'concern') {
    if (!input.concern) return msg('case.concernRequired');
    return input.aboutRole ? msg('case.noChainAbout', { concern: enumTerm(input.concern), about: roleTerm(input.aboutRole) }) : msg('case.noChain', { concern: enumTerm(input.concern) });
  }
  return msg('case.handledBySubject');
}
