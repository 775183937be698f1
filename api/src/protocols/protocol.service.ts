import { randomUUID } from 'node:crypto';
import { findInScope } from '../common/records';
import { updateAtVersion } from '../common/versioned';
import type { RequestContext } from '../common/context';
import { AppError, badInput, conflict, forbidden, notFound, staleVersion } from '../common/errors';
import { inCalendar, requireId, requireInCalendar } from '../common/inputs';
import { isLocalDate } from '../common/scalars';
import { can } from '../domain/access';
import { escalationRoute, type RouteQuestion } from '../domain/escalation';
import { protocolProblems, ROLE_KEYS, type ProtocolDocument, type Problem } from '../domain/protocol';
import { assembleDocument, nextReviewDue, type Section, type Sections } from '../domain/protocol-items';
import { CouncilService } from '../councils/council.service';
import { OfficeHolder, Protocol, ProtocolClause, ProtocolVersion } from './protocol.entities';
import { ProtocolStatus } from './protocol.enums';
import { copyContent } from './protocol.store';
import { audit } from '../audit/audit';
import { OfficeHolderService } from './office-holder.service';
import { ClosureService } from '../councils/closure.service';
import type { AdoptInput, UpdateClauseInput } from './protocol.inputs';
import { describeCalendar, type CalendarSpec } from '../domain/calendar';
import { standardDeadlines } from '../domain/casework';
import type { Classification, EnquiryCategory } from '../domain/protocol';
import { decideAccess, type AccessRequester } from '../domain/access-decision';
import { compareClauses, compareItems } from '../domain/compare';
import { parseRule } from '../domain/protocol.schema';
import { citedClauses, itemKey, renumberCitations, SECTION_LISTS } from '../domain/protocol-items';
import { ProtocolItem } from './protocol.entities';
import { withDefaults } from './rule-defaults';
import type { AddClauseInput, ReviewScheduleInput } from './protocol.inputs';
import { enumTerm, msg, statusTerm, type Term } from '../common/messages';
import { roleTitleIn } from '../domain/glossary';

/** Contents of adopted and superseded versions, which never change, by version id (at most 2,000 versions). */
const sealed = {
  clauses: new Map<string, Promise<ProtocolClause[]>>(),
  items: new Map<string, Promise<ProtocolItem[]>>(),
  remember(id: string, clauses: Promise<ProtocolClause[]>, items: Promise<ProtocolItem[]>) {
    if (this.items.size >= 2000) {
      const oldest = this.items.keys().next().value as string;
      this.items.delete(oldest);
      this.clauses.delete(oldest);
    }
    // A failed read is forgotten, not cached.
    this.clauses.set(id, clauses.catch((e) => { this.clauses.delete(id); this.items.delete(id); throw e; }));
    this.items.set(id, items.catch((e) => { this.clauses.delete(id); this.items.delete(id); throw e; }));
  },
};

export class ProtocolService {
  private readonly councils = new CouncilService();
  private readonly holders = new OfficeHolderService();
  private readonly closures = new ClosureService();

  /** A council's own protocol; NOT_FOUND when the council is outside the caller's scope or has none yet. */
  async forCouncil(ctx: RequestContext, councilId: string): Promise<Protocol> {
    const council = await this.councils.get(ctx, councilId, 'councilId');
    const { manager } = await ctx.db();
    const protocol = await manager.getRepository(Protocol).findOneBy({ councilId: council.id, isModel: false });
    if (!protocol) throw notFound('Protocol of council', council.id);
    return protocol;
  }

  async get(ctx: RequestContext, id: string, field = 'id'): Promise<Protocol> {
    const { manager } = await ctx.db();
    const protocol = await manager.getRepository(Protocol).findOneBy({ id: requireId(field, id) });
    if (!protocol) throw notFound('Protocol', id);
    return protocol;
  }

  async version(ctx: RequestContext, id: string, field = 'id'): Promise<ProtocolVersion> {
    const { manager } = await ctx.db();
    const version = await manager.getRepository(ProtocolVersion).findOneBy({ id: requireId(field, id) });
    if (!version) throw notFound('Protocol version', id);
    return version;
  }

  versions(ctx: RequestContext, protocolId: string): Promise<ProtocolVersion[]> {
    return ctx.loaders.versionsOfProtocol.load(protocolId);
  }

  async withStatus(ctx: RequestContext, protocolId: string, status: ProtocolStatus): Promise<ProtocolVersion | null> {
    return (await this.versions(ctx, protocolId)).find((v) => v.status === status) ?? null;
  }

  clauses(ctx: RequestContext, versionId: string): Promise<ProtocolClause[]> {
    return sealed.clauses.get(versionId) ?? ctx.loaders.clausesOfVersion.load(versionId);
  }

  /** The rules of one section of a version, in order. */
  async section<S extends Section>(ctx: RequestContext, versionId: string, section: S): Promise<Sections[S][]> {
    const items = await (sealed.items.get(versionId) ?? ctx.loaders.itemsOfVersion.load(versionId));
    return items.filter((i) => i.section === section).map((i) => withDefaults(section, i.body as Sections[S]));
  }

  /**
   * Keeps an adopted version's clauses and rules in memory: they never change
   * (every edit requires a draft), so later requests that reach the version
   * (row-level security decides who does) skip reading them again.
   */
  seal(ctx: RequestContext, version: ProtocolVersion): void {
    if (version.status === ProtocolStatus.DRAFT || sealed.items.has(version.id)) return;
    sealed.remember(version.id, ctx.loaders.clausesOfVersion.load(version.id), ctx.loaders.itemsOfVersion.load(version.id));
  }

  /** The whole version as one document (what protocolProblems and comparisons work on). */
  async document(ctx: RequestContext, version: ProtocolVersion): Promise<ProtocolDocument> {
    const protocol = await this.get(ctx, version.protocolId);
    const [clauses, items] = await Promise.all([this.clauses(ctx, version.id), ctx.loaders.itemsOfVersion.load(version.id)]);
    return assembleDocument(
      protocol.title,
      clauses.map((c) => ({ number: c.number, ...(c.heading ? { heading: c.heading } : {}), text: c.text })),
      items.map((i) => ({ section: i.section as Section, body: i.body as Sections[Section], position: i.position })),
      {
        ...(version.adoptedOn ? { adoptedOn: version.adoptedOn } : {}),
        ...(version.adoptedBy ? { adoptedBy: version.adoptedBy as never } : {}),
        ...(version.effectiveFrom ? { effectiveFrom: version.effectiveFrom } : {}),
        ...(version.reviewEveryMonths ? { reviewEveryMonths: version.reviewEveryMonths } : {}),
        ...(version.reviewOn ? { reviewOn: version.reviewOn } : {}),
        ...(version.reviewingBody ? { reviewingBody: version.reviewingBody as never } : {}),
        ...(version.amendedBy ? { amendedBy: version.amendedBy as never } : {}),
        ...(version.amendments?.length ? { amendments: version.amendments } : {}),
        clauses: version.reviewClauses,
      },
    );
  }

  async problems(ctx: RequestContext, version: ProtocolVersion): Promise<Problem[]> {
    return protocolProblems(await this.document(ctx, version));
  }

  /**
   * Creates a council's own protocol, with a first draft copied from a model's
   * adopted version when a model is given (the model must be visible: the
   * council's own, or published by a council above it).
   */
  async create(ctx: RequestContext, councilId: string, title: string | null | undefined, modelId?: string | null): Promise<Protocol> {
    const council = await this.councils.get(ctx, councilId, 'councilId');
    if (!can(ctx.scope, 'update', council.id)) throw forbidden(msg('forbidden.createProtocol', { council: council.name }));
    const model = modelId ? await this.get(ctx, modelId, 'modelId') : null;
    if (model && !model.isModel) throw badInput('modelId', msg('protocol.notModel'));
    const { manager } = await ctx.db();
    if (await manager.getRepository(Protocol).findOneBy({ councilId: council.id, isModel: false })) {
      throw conflict(msg('protocol.exists', { council: council.name }));
    }
    const name = (title ?? model?.title ?? 'Member/Officer Protocol').trim();
    if (name.length < 1 || name.length > 300) throw badInput('title', msg('input.lengthRange', { min: 1, max: 300 }));
    const session = await ctx.db();
    const protocol = await session.atomic(async (em) => {
      const id = randomUUID();
      await em.getRepository(Protocol).insert({ id, councilId: council.id, title: name, isModel: false, published: false, modelId: model?.id ?? null, version: 1 });
      const created = await em.getRepository(Protocol).findOneByOrFail({ id });
      await audit(ctx, em, { councilId: council.id, action: 'protocol.create', entity: 'protocol', entityId: id, after: created });
      return created;
    });
    await this.startDraft(ctx, protocol.id);
    return protocol;
  }

  /**
   * A monitoring officer's model protocol, for the councils below to start from:
   * its first draft is a copy of a version the caller can see (e.g. one council's
   * adopted protocol), or empty.
   */
  async createModel(ctx: RequestContext, councilId: string, title: string, fromVersionId?: string | null): Promise<Protocol> {
    const council = await this.councils.get(ctx, councilId, 'councilId');
    const source = fromVersionId ? await this.version(ctx, fromVersionId, 'fromVersionId') : null;
    if (!can(ctx.scope, 'createChild', council.id)) {
      throw forbidden(msg('forbidden.publishModel', { council: council.name }));
    }
    const name = title.trim();
    if (name.length < 1 || name.length > 300) throw badInput('title', msg('input.lengthRange', { min: 1, max: 300 }));
    const session = await ctx.db();
    return session.atomic(async (em) => {
      const id = randomUUID();
      const versionId = randomUUID();
      await em.getRepository(Protocol).insert({ id, councilId: council.id, title: name, isModel: true, published: false, modelId: null, version: 1 });
      await em.getRepository(ProtocolVersion).insert({
        id: versionId,
        councilId: council.id,
        protocolId: id,
        number: 1,
        status: ProtocolStatus.DRAFT,
        basedOnId: source?.id ?? null,
        adoptedOn: null,
        adoptedBy: null,
        effectiveFrom: null,
        reviewEveryMonths: source?.reviewEveryMonths ?? 12,
        reviewOn: null,
        reviewingBody: source?.reviewingBody ?? null,
        nextReviewDue: null,
        reviewClauses: source?.reviewClauses ?? [],
        amendedBy: source?.amendedBy ?? null,
        amendments: [],
        version: 1,
        createdById: ctx.userId,
      });
      if (source) await copyContent(em, source.id, versionId, council.id);
      const created = await em.getRepository(Protocol).findOneByOrFail({ id });
      await audit(ctx, em, { councilId: council.id, action: 'protocol.create_model', entity: 'protocol', entityId: id, after: { ...created, fromVersionId: source?.id ?? null } });
      return created;
    });
  }

  /** Publishes (or withdraws) a model: published, its adopted version is visible to every council below. */
  async publish(ctx: RequestContext, protocolId: string, expectedVersion: number, published: boolean): Promise<Protocol> {
    const protocol = await this.get(ctx, protocolId, 'id');
    if (!protocol.isModel) throw badInput('id', msg('protocol.onlyModelPublished'));
    if (!can(ctx.scope, 'createChild', protocol.councilId)) throw forbidden(msg('forbidden.publishModelOwn'));
    if (protocol.version !== expectedVersion) throw staleVersion('Protocol', protocol.id, expectedVersion, protocol.version);
    return (await ctx.db()).atomic(async (em) => {
      const fresh = await updateAtVersion(em, Protocol, 'Protocol', protocol.id, expectedVersion, { published });
      await audit(ctx, em, { councilId: protocol.councilId, action: published ? 'protocol.publish' : 'protocol.withdraw', entity: 'protocol', entityId: protocol.id, before: protocol, after: fresh });
      return fresh;
    });
  }

  /**
   * Makes a council's own protocol follow a model (or, with null, follow none): the
   * model must be one the council may start from (its own, or published above it).
   * Nothing is copied: the protocol's versions stay as they are, and compare against
   * the model's adopted version from now on; a council with no adopted version starts
   * its next draft from the model.
   */
  async follow(ctx: RequestContext, protocolId: string, expectedVersion: number, modelId: string | null | undefined): Promise<Protocol> {
    const protocol = await this.get(ctx, protocolId, 'id');
    if (protocol.isModel) throw badInput('id', msg('protocol.modelFollowsModel'));
    this.requireEdit(ctx, protocol);
    let model: Protocol | null = null;
    if (modelId != null) {
      const id = requireId('modelId', modelId);
      model = (await this.models(ctx, protocol.councilId)).find((m) => m.id === id) ?? null;
      if (!model) {
        // Not a model, or not one published to this council: the same answer whether or not it exists.
        const visible = await (await ctx.db()).manager.getRepository(Protocol).findOneBy({ id });
        if (visible && !visible.isModel) throw badInput('modelId', msg('protocol.notModel'));
        if (visible) throw badInput('modelId', msg('protocol.notPublishedHere'));
        throw notFound('Protocol', id);
      }
    }
    if (protocol.version !== expectedVersion) throw staleVersion('Protocol', protocol.id, expectedVersion, protocol.version);
    return (await ctx.db()).atomic(async (em) => {
      const fresh = await updateAtVersion(em, Protocol, 'Protocol', protocol.id, expectedVersion, { modelId: model?.id ?? null });
      await audit(ctx, em, { councilId: protocol.councilId, action: model ? 'protocol.follow_model' : 'protocol.unfollow_model', entity: 'protocol', entityId: protocol.id, before: protocol, after: fresh });
      return fresh;
    });
  }

  /** The model protocols a council may start from: its own, and those published by the councils above it. */
  async models(ctx: RequestContext, councilId: string): Promise<Protocol[]> {
    const council = await this.councils.get(ctx, councilId, 'councilId');
    const { manager } = await ctx.db();
    return manager
      .getRepository(Protocol)
      .createQueryBuilder('p')
      .where('p.is_model')
      .andWhere(
        `(p.council_id = :c OR (p.published AND p.council_id IN (SELECT accord_ancestors(ARRAY[:c]::uuid[]))))`,
        { c: council.id },
      )
      .orderBy('p.title')
      .getMany();
  }

  /**
   * Starts a draft beside the adopted version, as a copy of it (or, for a council
   * with no adopted version yet, of the adopted version of the model it follows).
   */
  async startDraft(ctx: RequestContext, protocolId: string): Promise<ProtocolVersion> {
    const protocol = await this.get(ctx, protocolId, 'protocolId');
    this.requireEdit(ctx, protocol);
    const versions = await this.versions(ctx, protocol.id);
    const existing = versions.find((v) => v.status === ProtocolStatus.DRAFT);
    if (existing) throw conflict(msg('protocol.draftExists', { title: protocol.title, number: existing.number }), { id: existing.id });
    let source = versions.find((v) => v.status === ProtocolStatus.ADOPTED) ?? null;
    if (!source && protocol.modelId) source = await this.withStatus(ctx, protocol.modelId, ProtocolStatus.ADOPTED);
    const session = await ctx.db();
    return session.atomic(async (em) => {
      const id = randomUUID();
      await em.getRepository(ProtocolVersion).insert({
        id,
        councilId: protocol.councilId,
        protocolId: protocol.id,
        number: Math.max(0, ...versions.map((v) => v.number)) + 1,
        status: ProtocolStatus.DRAFT,
        basedOnId: source?.id ?? null,
        adoptedOn: null,
        adoptedBy: null,
        effectiveFrom: null,
        reviewEveryMonths: source?.reviewEveryMonths ?? null,
        reviewOn: null,
        reviewingBody: source?.reviewingBody ?? null,
        nextReviewDue: null,
        reviewClauses: source?.reviewClauses ?? [],
        amendedBy: source?.amendedBy ?? null,
        amendments: [],
        version: 1,
        createdById: ctx.userId,
      });
      if (source) await copyContent(em, source.id, id, protocol.councilId);
      ctx.loaders.versionsOfProtocol.clear(protocol.id);
      const draft = await em.getRepository(ProtocolVersion).findOneByOrFail({ id });
      await audit(ctx, em, { councilId: protocol.councilId, action: 'protocol.start_draft', entity: 'protocol_version', entityId: id, after: draft });
      return draft;
    });
  }

  /**
   * Adopts a draft: in one transaction the adopted version becomes superseded and
   * this one adopted, with its next review date. Refused while the draft is
   * inconsistent (a rule citing a missing clause, a role not defined…).
   */
  async adopt(ctx: RequestContext, versionId: string, expectedVersion: number, input: AdoptInput): Promise<ProtocolVersion> {
    const version = await this.version(ctx, versionId);
    const protocol = await this.get(ctx, version.protocolId);
    this.requireEdit(ctx, protocol);
    if (version.status !== ProtocolStatus.DRAFT) throw conflict(msg('protocol.onlyDraftAdopted', { number: version.number, status: statusTerm(version.status) }));
    if (version.version !== expectedVersion) throw staleVersion('Protocol version', version.id, expectedVersion, version.version);
    for (const field of ['adoptedOn', 'effectiveFrom', 'nextReviewDue'] as const) {
      if (input[field] != null && !isLocalDate(input[field])) throw badInput(field, msg('input.date'));
    }
    if (input.adoptedBy != null && !(ROLE_KEYS as readonly string[]).includes(input.adoptedBy)) throw badInput('adoptedBy', msg('input.valueNotRole', { value: input.adoptedBy }));
    const problems = await this.problems(ctx, version);
    if (problems.length) {
      throw conflict(msg('protocol.cannotAdopt', { problems: problems.slice(0, 3).map((p) => `${p.path} ${p.message}`) }), {
        problems,
      });
    }
    const session = await ctx.db();
    return session.atomic(async (em) => {
      await em.query(
        `UPDATE protocol_versions SET status = 'superseded', version = version + 1, updated_at = now()
         WHERE protocol_id = $1 AND status = 'adopted'`,
        [protocol.id],
      );
      // Review dates are never lost: the date given, else the schedule's, else the council's current one.
      const [council] = protocol.isModel
        ? [undefined]
        : await em.query<{ next_review_due: string | null }[]>('SELECT next_review_due::text FROM councils WHERE id = $1', [protocol.councilId]);
      const next =
        input.nextReviewDue ??
        nextReviewDue({
          adoptedOn: input.adoptedOn ?? undefined,
          effectiveFrom: input.effectiveFrom ?? undefined,
          reviewEveryMonths: version.reviewEveryMonths ?? undefined,
          reviewOn: version.reviewOn ?? undefined,
        }) ??
        council?.next_review_due ??
        null;
      const { affected } = await em
        .createQueryBuilder()
        .update(ProtocolVersion)
        .set({
          status: ProtocolStatus.ADOPTED,
          adoptedOn: input.adoptedOn ?? null,
          adoptedBy: input.adoptedBy ?? null,
          adoptedAt: () => 'now()',
          effectiveFrom: input.effectiveFrom ?? null,
          nextReviewDue: next,
          version: () => 'version + 1',
        })
        .where('id = :id AND version = :expectedVersion', { id: version.id, expectedVersion })
        .execute();
      if (!affected) throw staleVersion('Protocol version', version.id, expectedVersion, version.version + 1);
      if (!protocol.isModel) {
        await em.query('UPDATE councils SET next_review_due = $2, version = version + 1, updated_at = now() WHERE id = $1', [protocol.councilId, next]);
        ctx.loaders.council.clear(protocol.councilId);
        // Adopting a new version completes the review that was due.
        await em.query(
          `UPDATE review_tasks SET status = 'completed', outcome = 'new_version', completed_at = now(), completed_by = $2, version = version + 1
           WHERE council_id = $1 AND status <> 'completed'`,
          [protocol.councilId, ctx.userId],
        );
      }
      ctx.loaders.versionsOfProtocol.clear(protocol.id);
      const adopted = await em.getRepository(ProtocolVersion).findOneByOrFail({ id: version.id });
      await audit(ctx, em, { councilId: protocol.councilId, action: 'protocol.adopt', entity: 'protocol_version', entityId: version.id, before: version, after: adopted });
      return adopted;
    });
  }

  /** Edits a clause of a draft; adopted and superseded versions are never changed. */
  async updateClause(ctx: RequestContext, clauseId: string, expectedVersion: number, input: UpdateClauseInput): Promise<ProtocolClause> {
    const clause = await findInScope(ctx, ProtocolClause, 'Clause', clauseId);
    const version = await this.version(ctx, clause.versionId);
    this.requireEdit(ctx, await this.get(ctx, version.protocolId));
    if (version.status !== ProtocolStatus.DRAFT) {
      throw conflict(msg('protocol.clauseFrozen', { number: clause.number, status: statusTerm(version.status) }));
    }
    const changes: Partial<ProtocolClause> = {};
    if (input.number != null) {
      if (!input.number.trim() || input.number.length > 40) throw badInput('number', msg('input.lengthRange', { min: 1, max: 40 }));
      changes.number = input.number.trim();
    }
    if (input.heading !== undefined) changes.heading = input.heading?.trim() || null;
    if (input.text != null) {
      if (!input.text.trim()) throw badInput('text', msg('input.notEmpty'));
      changes.text = input.text;
    }
    if (clause.version !== expectedVersion) throw staleVersion('Clause', clause.id, expectedVersion, clause.version);
    const session = await ctx.db();
    return session.atomic(async (em) => {
      let fresh: ProtocolClause;
      try {
        fresh = await updateAtVersion(em, ProtocolClause, 'Clause', clause.id, expectedVersion, changes);
      } catch (e) {
        if ((e as { driverError?: { code?: string } }).driverError?.code === '23505') {
          throw conflict(msg('protocol.clauseExists', { number: changes.number ?? '' }), { field: 'number' });
        }
        throw e;
      }
      if (changes.number && changes.number !== clause.number) {
        // The draft's rules and review schedule follow the clause to its new number.
        for (const item of await ctx.loaders.itemsOfVersion.load(clause.versionId)) {
          const body = item.clauses.includes(clause.number) ? renumberCitations(item.body, clause.number, changes.number) : null;
          if (body) {
            await em.getRepository(ProtocolItem).update(
              { id: item.id },
              { body, clauses: citedClauses(item.section as Section, body as Sections[Section]), version: () => 'version + 1' },
            );
          }
        }
        await em.query(
          `UPDATE protocol_versions SET review_clauses = array_replace(review_clauses, $2, $3),
             amendments = $4::jsonb WHERE id = $1`,
          [clause.versionId, clause.number, changes.number, JSON.stringify(renumberCitations(version.amendments, clause.number, changes.number!) ?? version.amendments)],
        );
        ctx.loaders.itemsOfVersion.clear(clause.versionId);
      }
      await this.touch(em, clause.versionId);
      await audit(ctx, em, { councilId: clause.councilId, action: 'clause.update', entity: 'clause', entityId: clause.id, before: clause, after: fresh });
      ctx.loaders.clausesOfVersion.clear(clause.versionId);
      return fresh;
    });
  }

  /** The steps a concern follows at a council, under its adopted protocol. */
  async route(ctx: RequestContext, councilId: string, q: RouteQuestion) {
    const version = await this.adoptedVersion(ctx, councilId);
    const [chains, roles] = await Promise.all([this.section(ctx, version.id, 'chain'), this.section(ctx, version.id, 'role')]);
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
    const version = await this.adoptedVersion(ctx, councilId);
    const standards = await this.section(ctx, version.id, 'response_standard');
    const standard = standards.find((s) => s.category === category);
    // A plain answer, no internal ids: the protocol sets no time for this kind of enquiry.
    if (!standard) throw new AppError('NOT_FOUND', msg('protocol.noStandard', { category: enumTerm(category) }));
    const calendar = await this.calendar(ctx, version.councilId);
    return inCalendar('receivedAt', () => {
      const d = standardDeadlines(standard, receivedAt, urgent, calendar);
      return { version, standard, ...d, calendarDescription: describeCalendar(d.calendar) };
    });
  }

  /** A draft the caller may edit, or the reason not. */
  private async editableDraft(ctx: RequestContext, versionId: string, field = 'versionId'): Promise<ProtocolVersion> {
    const version = await this.version(ctx, versionId, field);
    this.requireEdit(ctx, await this.get(ctx, version.protocolId));
    if (version.status !== ProtocolStatus.DRAFT) {
      throw conflict(msg('protocol.versionFrozen', { number: version.number, status: statusTerm(version.status) }));
    }
    return version;
  }

  /**
   * Adds or replaces a rule of a draft. The rule is checked for shape, then against
   * the rest of the draft (its clauses must exist, its roles be defined); a rule
   * that already exists (same section and key) needs the version that was read.
   */
  async saveRule<S extends Section>(ctx: RequestContext, versionId: string, section: S, input: unknown, expectedVersion?: number | null, key0?: string | null) {
    const version = await this.editableDraft(ctx, versionId);
    const parsed = parseRule(section, input);
    if (!parsed.ok) throw badInput(parsed.path ? `rule.${parsed.path}` : 'rule', msg('protocol.ruleProblem', { detail: parsed.message }));
    const body = parsed.value;
    const items = await ctx.loaders.itemsOfVersion.load(version.id);
    const inSection = items.filter((i) => i.section === section);
    // Expectations and obligations are numbered within their direction or kind: a new one takes the next number.
    const group = (b: unknown) => (section === 'expectation' ? (b as Sections['expectation']).direction : section === 'obligation' ? (b as Sections['obligation']).kind : null);
    const key =
      group(body) !== null && expectedVersion == null
        ? itemKey(section, body, Math.max(0, ...inSection.filter((i) => group(i.body) === group(body)).map((i) => Number(i.key.split('/').pop()) || 0)))
        : group(body) !== null
          ? this.groupedKey(section, group(body)!, key0)
          : itemKey(section, body);
    if (key0 != null && group(body) === null && key0 !== key) throw badInput('key', msg('protocol.keyFromContent', { section, key }));
    const existing = inSection.find((i) => i.key === key);
    if (existing && expectedVersion == null) throw conflict(msg('protocol.itemExists', { section, key }), { key });
    if (!existing && expectedVersion != null) throw notFound(msg('protocol.ruleOf', { section }), key);
    if (existing && existing.version !== expectedVersion) throw staleVersion('Rule', existing.id, expectedVersion!, existing.version);

    // Consistency with the rest of the draft: only this rule's own problems block the save.
    const doc = await this.document(ctx, version);
    const list = doc[SECTION_LISTS[section]] as unknown[];
    const index = existing ? inSection.indexOf(existing) : list.length;
    list[index] = body;
    const prefix = `${SECTION_LISTS[section]}[${index}]`;
    const own = protocolProblems(doc).filter((p) => p.path === prefix || p.path.startsWith(`${prefix}.`));
    // Field paths as the shape check writes them: rule.steps.3.handler.
    if (own.length) throw badInput(`rule${own[0].path.slice(prefix.length).replace(/\[(\d+)\]/g, '.$1')}`, msg('protocol.ruleProblem', { detail: own[0].message }));

    const session = await ctx.db();
    return session.atomic(async (em) => {
      const repo = em.getRepository(ProtocolItem);
      let id = existing?.id;
      if (existing) {
        const { affected } = await em
          .createQueryBuilder()
          .update(ProtocolItem)
          .set({ body, clauses: citedClauses(section, body), version: () => 'version + 1' })
          .where('id = :id AND version = :v', { id: existing.id, v: expectedVersion })
          .execute();
        if (!affected) throw staleVersion('Rule', existing.id, expectedVersion!, existing.version + 1);
      } else {
        id = randomUUID();
        await repo.insert({
          id,
          councilId: version.councilId,
          versionId: version.id,
          section,
          key,
          body,
          clauses: citedClauses(section, body),
          position: Math.max(-1, ...inSection.map((i) => i.position)) + 1,
          version: 1,
        });
      }
      await this.touch(em, version.id);
      ctx.loaders.itemsOfVersion.clear(version.id);
      const saved = await repo.findOneByOrFail({ id: id! });
      await audit(ctx, em, { councilId: version.councilId, action: existing ? 'rule.update' : 'rule.add', entity: 'rule', entityId: saved.id, before: existing ?? null, after: saved });
      return saved;
    });
  }

  /** The key of an existing expectation or obligation being changed: they are told apart by number, not content. */
  private groupedKey(section: Section, group: string, key: string | null | undefined): string {
    if (!key) throw badInput('key', msg('protocol.keyRequired', { what: section === 'obligation' ? { en: 'an obligation', cy: 'rhwymedigaeth' } : { en: 'an expectation', cy: 'disgwyliad' }, example: `${group}/2` }));
    if (!key.startsWith(`${group}/`)) throw badInput('key', msg('protocol.keyWrongGroup', { key, group: { en: group.replace(/_/g, ' '), cy: group.toUpperCase() }, section, other: section === 'obligation' ? { en: 'kind', cy: 'math' } : { en: 'direction', cy: 'cyfeiriad' } }));
    return key;
  }

  /** Sets a draft's review schedule: a period or a fixed date, the reviewing body, the clauses it comes from. */
  async setReview(ctx: RequestContext, versionId: string, expectedVersion: number, input: ReviewScheduleInput): Promise<ProtocolVersion> {
    const version = await this.editableDraft(ctx, versionId, 'id');
    const months = input.reviewEveryMonths ?? null;
    if (months !== null && (!Number.isInteger(months) || months < 1 || months > 120)) throw badInput('reviewEveryMonths', msg('input.monthsRange'));
    if (input.reviewOn != null && !isLocalDate(input.reviewOn)) throw badInput('reviewOn', msg('input.date'));
    if (input.reviewingBody != null && !(ROLE_KEYS as readonly string[]).includes(input.reviewingBody)) throw badInput('reviewingBody', msg('input.notRole'));
    if (input.amendedBy != null && !(ROLE_KEYS as readonly string[]).includes(input.amendedBy)) throw badInput('amendedBy', msg('input.notRole'));
    const clauses = input.clauses ?? [];
    const numbers = new Set((await this.clauses(ctx, version.id)).map((c) => c.number));
    const missing = clauses.find((n) => !numbers.has(n));
    if (missing) throw badInput('clauses', msg('protocol.citesMissing', { clause: missing }));
    const amendments = (input.amendments ?? []).map((a, i) => {
      const scope = a.scope.trim();
      if (!scope || scope.length > 500) throw badInput(`amendments.${i}.scope`, msg('input.lengthRange', { min: 1, max: 500 }));
      const gone = a.clauses.find((n) => !numbers.has(n));
      if (gone) throw badInput(`amendments.${i}.clauses`, msg('protocol.citesMissing', { clause: gone }));
      return { on: a.on, scope, clauses: a.clauses };
    });
    if (amendments.length > 50) throw badInput('amendments', msg('input.atMostItems', { max: 50 }));
    if (version.version !== expectedVersion) throw staleVersion('Protocol version', version.id, expectedVersion, version.version);
    const session = await ctx.db();
    return session.atomic(async (em) => {
      const fresh = await updateAtVersion(em, ProtocolVersion, 'Protocol version', version.id, expectedVersion, {
        reviewEveryMonths: months,
        reviewOn: input.reviewOn ?? null,
        reviewingBody: input.reviewingBody ?? null,
        reviewClauses: clauses,
        amendedBy: input.amendedBy ?? null,
        amendments,
      });
      await audit(ctx, em, { councilId: version.councilId, action: 'protocol.set_review', entity: 'protocol_version', entityId: version.id, before: version, after: fresh });
      ctx.loaders.versionsOfProtocol.clear(version.protocolId);
      return fresh;
    });
  }

  /** Removes a rule from a draft. */
  async removeRule(ctx: RequestContext, ruleId: string, expectedVersion: number): Promise<string> {
    const item = await findInScope(ctx, ProtocolItem, 'Rule', ruleId);
    const version = await this.editableDraft(ctx, item.versionId);
    if (item.version !== expectedVersion) throw staleVersion('Rule', item.id, expectedVersion, item.version);
    const session = await ctx.db();
    return session.atomic(async (em) => {
      await em.getRepository(ProtocolItem).delete({ id: item.id, version: expectedVersion });
      await this.touch(em, version.id);
      await audit(ctx, em, { councilId: item.councilId, action: 'rule.remove', entity: 'rule', entityId: item.id, before: item });
      ctx.loaders.itemsOfVersion.clear(version.id);
      return item.id;
    });
  }

  /** Adds a clause to a draft, after a given clause (or first); later clauses move down. */
  async addClause(ctx: RequestContext, versionId: string, input: AddClauseInput): Promise<ProtocolClause> {
    const version = await this.editableDraft(ctx, versionId);
    const number = input.number.trim();
    if (!number || number.length > 40) throw badInput('number', msg('input.lengthRange', { min: 1, max: 40 }));
    if (!input.text.trim()) throw badInput('text', msg('input.notEmpty'));
    const clauses = await this.clauses(ctx, version.id);
    if (clauses.some((c) => c.number === number)) throw conflict(msg('protocol.clauseExists', { number }), { field: 'number' });
    let position = 0;
    if (input.after != null) {
      const after = clauses.find((c) => c.number === input.after);
      if (!after) throw badInput('after', msg('protocol.noClauseAfter', { after: input.after }));
      position = after.position + 1;
    }
    const session = await ctx.db();
    return session.atomic(async (em) => {
      await em.query('UPDATE protocol_clauses SET position = position + 1 WHERE version_id = $1 AND position >= $2', [version.id, position]);
      const id = randomUUID();
      await em.getRepository(ProtocolClause).insert({
        id,
        councilId: version.councilId,
        versionId: version.id,
        number,
        heading: input.heading?.trim() || null,
        text: input.text,
        position,
        version: 1,
      });
      await this.touch(em, version.id);
      ctx.loaders.clausesOfVersion.clear(version.id);
      const added = await em.getRepository(ProtocolClause).findOneByOrFail({ id });
      await audit(ctx, em, { councilId: version.councilId, action: 'clause.add', entity: 'clause', entityId: id, after: added });
      return added;
    });
  }

  /** Moves a clause of a draft to just after another (or to the start); its number is unchanged. */
  async moveClause(ctx: RequestContext, clauseId: string, expectedVersion: number, after: string | null): Promise<ProtocolClause> {
    const clause = await findInScope(ctx, ProtocolClause, 'Clause', clauseId);
    const version = await this.editableDraft(ctx, clause.versionId);
    if (clause.version !== expectedVersion) throw staleVersion('Clause', clause.id, expectedVersion, clause.version);
    const order = (await this.clauses(ctx, version.id)).filter((c) => c.id !== clause.id);
    let at = 0;
    if (after != null) {
      const i = order.findIndex((c) => c.number === after);
      if (i < 0) throw badInput('after', msg('protocol.noOtherClauseAfter', { after }));
      at = i + 1;
    }
    order.splice(at, 0, clause);
    const session = await ctx.db();
    return session.atomic(async (em) => {
      await em.query(
        `UPDATE protocol_clauses c SET position = o.position FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, position)
         WHERE c.id = o.id AND c.version_id = $2`,
        [order.map((c) => c.id), version.id],
      );
      const moved = await updateAtVersion(em, ProtocolClause, 'Clause', clause.id, expectedVersion, {});
      await this.touch(em, version.id);
      await audit(ctx, em, { councilId: clause.councilId, action: 'clause.move', entity: 'clause', entityId: clause.id, before: clause, after: moved });
      ctx.loaders.clausesOfVersion.clear(version.id);
      return moved;
    });
  }

  /** Removes a clause from a draft; refused while a rule cites it. */
  async removeClause(ctx: RequestContext, clauseId: string, expectedVersion: number): Promise<string> {
    const clause = await findInScope(ctx, ProtocolClause, 'Clause', clauseId);
    const version = await this.editableDraft(ctx, clause.versionId);
    if (clause.version !== expectedVersion) throw staleVersion('Clause', clause.id, expectedVersion, clause.version);
    const citing = (await ctx.loaders.itemsOfVersion.load(version.id)).filter((i) => i.clauses.includes(clause.number));
    if (citing.length || version.reviewClauses.includes(clause.number) || version.amendments.some((a) => a.clauses.includes(clause.number))) {
      const names = citing.slice(0, 5).map((i) => `${i.section} ${i.key}`);
      const citedBy = names.length ? (citing.length > 5 ? msg('protocol.citedMore', { names, count: citing.length - 5 }) : names) : msg('protocol.reviewSchedule');
      throw conflict(msg('protocol.clauseCited', { number: clause.number, citing: citedBy }));
    }
    const session = await ctx.db();
    return session.atomic(async (em) => {
      await em.getRepository(ProtocolClause).delete({ id: clause.id });
      await em.query('UPDATE protocol_clauses SET position = position - 1 WHERE version_id = $1 AND position > $2', [version.id, clause.position]);
      await this.touch(em, version.id);
      await audit(ctx, em, { councilId: clause.councilId, action: 'clause.remove', entity: 'clause', entityId: clause.id, before: clause });
      ctx.loaders.clausesOfVersion.clear(version.id);
      return clause.id;
    });
  }

  /** Every change to a draft's content moves the draft's own version on, so adopting a draft someone is changing conflicts. */
  private async touch(em: { query: (sql: string, p: unknown[]) => Promise<unknown> }, versionId: string) {
    await em.query('UPDATE protocol_versions SET version = version + 1, updated_at = now() WHERE id = $1', [versionId]);
  }

  /** The version in force at a council, or NOT_FOUND. */
  async adoptedVersion(ctx: RequestContext, councilId: string): Promise<ProtocolVersion> {
    const id = requireId('councilId', councilId);
    // One statement (or none, from memory); row-level security hides councils outside the caller's scope, so NOT_FOUND either way.
    const version = await ctx.cached(id, 'adoptedVersion', async () => {
      const { manager } = await ctx.db();
      return manager
        .getRepository(ProtocolVersion)
        .createQueryBuilder('v')
        .innerJoin(Protocol, 'p', 'p.id = v.protocol_id')
        .where('p.council_id = :id AND NOT p.is_model AND v.status = :adopted', { id, adopted: ProtocolStatus.ADOPTED })
        .getOne();
    });
    if (!version) throw notFound('Adopted protocol of council', councilId);
    this.seal(ctx, version);
    return version;
  }

  /** May this requester see information of this classification, under the protocol in force? */
  async access(ctx: RequestContext, councilId: string, classification: Classification, who: AccessRequester) {
    const version = await this.adoptedVersion(ctx, councilId);
    const [rules, roles] = await Promise.all([this.section(ctx, version.id, 'access_rule'), this.section(ctx, version.id, 'role')]);
    return { version, decision: decideAccess(rules, classification, who, roles) };
  }

  /** What changed from one version to another; both must be visible to the caller. */
  async compare(ctx: RequestContext, baseId: string, otherId: string) {
    const [base, other] = await Promise.all([this.version(ctx, baseId, 'baseId'), this.version(ctx, otherId, 'otherId')]);
    const [bc, oc, bi, oi] = await Promise.all([
      this.clauses(ctx, base.id),
      this.clauses(ctx, other.id),
      ctx.loaders.itemsOfVersion.load(base.id),
      ctx.loaders.itemsOfVersion.load(other.id),
    ]);
    const asClause = (c: ProtocolClause) => ({ number: c.number, ...(c.heading ? { heading: c.heading } : {}), text: c.text });
    const asItem = (i: { section: string; key: string; body: object }) => ({ section: i.section as Section, key: i.key, body: i.body as Sections[Section] });
    return {
      base,
      other,
      clauses: compareClauses(bc.map(asClause), oc.map(asClause)),
      rules: compareItems(bi.map(asItem), oi.map(asItem)),
    };
  }

  /** Who holds each role at a council today (deputies after principals). */
  officeHolders(ctx: RequestContext, councilId: string): Promise<OfficeHolder[]> {
    return this.holders.list(ctx, councilId, true);
  }

  private requireEdit(ctx: RequestContext, protocol: Protocol) {
    if (!can(ctx.scope, 'update', protocol.councilId)) {
      throw forbidden(ctx.scope.readOnly ? msg('forbidden.readOnly') : msg('forbidden.changeProtocol'));
    }
  }
}
