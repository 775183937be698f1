import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../common/context';
import { AppError, badInput, conflict, forbidden, staleVersion } from '../common/errors';
import { msg, statusTerm } from '../common/messages';
import { requireId } from '../common/inputs';
import { isLocalDate } from '../common/scalars';
import { isStatedDate } from '../domain/dates';
import { localDate } from '../domain/local-time';
import type { Clause } from '../domain/protocol';
import { updateAtVersion } from '../common/versioned';
import { can } from '../domain/access';
import { protocolProblems, VOCABULARY_KEY, type ProtocolDocument, type Problem } from '../domain/protocol';
import { fillPlaceholders, fillText, hasPlaceholder, writeDocumentText, type PlaceholderValues, type TextFormat } from '../domain/protocol-document';
import type { Council } from '../councils/council.entity';
import { assembleDocument, nextReviewDue, type Section, type Sections } from '../domain/protocol-items';
import { reviewDateAtAdoption } from '../domain/review-dates';
import { audit } from '../audit/audit';
import { CouncilService } from '../councils/council.service';
import { OfficeHolderService } from './office-holder.service';
import { OfficeHolder, Protocol, ProtocolClause, ProtocolItem, ProtocolVersion } from './protocol.entities';
import { ProtocolStatus } from './protocol.enums';
import type { AdoptInput } from './protocol.inputs';
import { copyContent, draftFrom, writeContent } from './protocol.store';
import { withDefaults } from './rule-defaults';

/** A stored clause as the document writes it (optional fields left out when empty). */
export function asDocumentClause(c: ProtocolClause): Clause {
  return {
    id: c.key,
    number: c.number,
    ...(c.section ? { section: c.section } : {}),
    ...(c.heading ? { heading: c.heading } : {}),
    ...(c.headingCy ? { headingCy: c.headingCy } : {}),
    text: c.text,
    ...(c.textCy ? { textCy: c.textCy } : {}),
  };
}

/** What a model's placeholders become at a council. */
export function placeholderValues(council: Pick<Council, 'name' | 'kind' | 'nation'> & { nameCy?: string | null }): PlaceholderValues {
  const words = (s: string) => s.replace(/_/g, ' ');
  return {
    'council.name': council.name,
    'council.nameCy': council.nameCy || council.name,
    'council.kind': `${words(council.kind)}${/council$/.test(council.kind) ? '' : ' council'}`,
    'council.nation': words(council.nation).replace(/\b\w/g, (c) => c.toUpperCase()),
  };
}

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

/**
 * A protocol's lifecycle: creating it (from a model or not), models and following
 * them, drafts and adoption, and the reads everything else builds on (versions,
 * clauses, rules, the whole document, who may edit).
 */
export class ProtocolLifecycleService {
  private readonly councils = new CouncilService();
  private readonly holders = new OfficeHolderService();

  /** A council's own protocol; NOT_FOUND when the council is outside the caller's scope or has none yet. */
  async forCouncil(ctx: RequestContext, councilId: string): Promise<Protocol> {
    const council = await this.councils.get(ctx, councilId, 'councilId');
    const { manager } = await ctx.db();
    const protocol = await manager.getRepository(Protocol).findOneBy({ councilId: council.id, isModel: false });
    if (!protocol) throw new AppError('NOT_FOUND', msg('protocol.noProtocolYet', { council: council.name }), { id: council.id });
    return protocol;
  }

  async get(ctx: RequestContext, id: string, field = 'id'): Promise<Protocol> {
    const { manager } = await ctx.db();
    const protocol = await manager.getRepository(Protocol).findOneBy({ id: requireId(field, id) });
    if (!protocol) throw new AppError('NOT_FOUND', msg('protocol.notFound'), { id });
    return protocol;
  }

  async version(ctx: RequestContext, id: string, field = 'id'): Promise<ProtocolVersion> {
    const { manager } = await ctx.db();
    const version = await manager.getRepository(ProtocolVersion).findOneBy({ id: requireId(field, id) });
    if (!version) throw new AppError('NOT_FOUND', msg('protocol.versionNotFound'), { id });
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

  /** The whole version as one document (format 2: what protocolProblems, comparisons and export work on). */
  async document(ctx: RequestContext, version: ProtocolVersion): Promise<ProtocolDocument> {
    const protocol = await this.get(ctx, version.protocolId);
    const [clauses, items] = await Promise.all([this.clauses(ctx, version.id), ctx.loaders.itemsOfVersion.load(version.id)]);
    const doc = assembleDocument(
      { title: protocol.title, ...(protocol.titleCy ? { titleCy: protocol.titleCy } : {}), sections: version.sections ?? [] },
      clauses.map(asDocumentClause),
      items.map((i) => ({ section: i.section as Section, body: i.body as Sections[Section], position: i.position })),
      {
        ...(version.adoptedOn ? { adoptedOn: version.adoptedOn } : {}),
        ...(version.adoptedBy ? { adoptedBy: version.adoptedBy as never } : {}),
        ...(version.effectiveFrom ? { effectiveFrom: version.effectiveFrom } : {}),
        ...(version.lastUpdated ? { lastUpdated: version.lastUpdated } : {}),
        ...(version.reviewEveryMonths ? { reviewEveryMonths: version.reviewEveryMonths } : {}),
        ...(version.reviewOn ? { reviewOn: version.reviewOn } : {}),
        ...(version.reviewingBody ? { reviewingBody: version.reviewingBody as never } : {}),
        ...(version.reviewFocus ? { focus: version.reviewFocus } : {}),
        ...(version.amendedBy ? { amendedBy: version.amendedBy as never } : {}),
        ...(version.amendments?.length ? { amendments: version.amendments } : {}),
        clauses: version.reviewClauses,
      },
    );
    // The protocol's own concern kinds and enquiry categories (format v2), when it has any.
    const v = version.vocabulary ?? {};
    return v.concernKinds?.length || v.enquiryCategories?.length ? { ...doc, vocabulary: v } : doc;
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
    // A model's own title ("Model protocol (from …)") is not the council's: only a title the model leaves to the council (with placeholders) is carried, filled.
    const name = (title ?? (model && hasPlaceholder(model.title) ? fillText(model.title, placeholderValues(council)) : null) ?? 'Member/Officer Protocol').trim();
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
        ...draftFrom(source, 12),
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
    if (!can(ctx.scope, 'createChild', protocol.councilId)) throw forbidden(msg('forbidden.publishModelOwn'));
    if (!protocol.isModel) throw badInput('id', msg('protocol.onlyModelPublished'));
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
        throw new AppError('NOT_FOUND', msg('protocol.notFound'), { id });
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
        ...draftFrom(source, null),
        version: 1,
        createdById: ctx.userId,
      });
      if (source && source.protocolId !== protocol.id) {
        // From a model: its text with the placeholders it leaves to each council filled for this one.
        const council = await this.councils.get(ctx, protocol.councilId, 'councilId');
        const doc = fillPlaceholders(await this.document(ctx, source), placeholderValues(council));
        await writeContent(em, protocol.councilId, id, doc);
        await em.getRepository(ProtocolVersion).update({ id }, { sections: doc.sections ?? [] });
      } else if (source) {
        await copyContent(em, source.id, id, protocol.councilId);
      }
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
    for (const field of ['adoptedOn', 'effectiveFrom'] as const) {
      if (input[field] != null && !isStatedDate(input[field])) throw badInput(field, msg('input.statedDate'));
    }
    // Adopted is a meeting that has happened ("2026", "2026-11" or a day, compared as text): when it takes effect may be later.
    if (input.adoptedOn != null && input.adoptedOn > localDate(ctx.config.worker.sweepTimezone)) throw badInput('adoptedOn', msg('input.inFuture'));
    if (input.nextReviewDue != null && !isLocalDate(input.nextReviewDue)) throw badInput('nextReviewDue', msg('input.date'));
    if (input.adoptedBy != null) input.adoptedBy = input.adoptedBy.trim().toLowerCase();
    if (input.adoptedBy != null && !VOCABULARY_KEY.test(input.adoptedBy)) throw badInput('adoptedBy', msg('input.roleKey', { example: 'full_council' }));
    const problems = await this.problems(ctx, version);
    if (problems.length) {
      throw conflict(msg('protocol.cannotAdopt', { problems: problems.slice(0, 3).map((p) => `${p.path} ${p.message}`) }), {
        problems,
      });
    }
    const session = await ctx.db();
    return session.atomic(async (em) => {
      // Review dates are never lost (domain/review-dates.ts): the date given; the council's when asked to keep it;
      // a schedule with no date keeps the council's; a date typed on the council is never overwritten unasked.
      const [council] = protocol.isModel
        ? [undefined]
        : await em.query<{ next_review_due: string | null; in_force: string | null }[]>(
            `SELECT c.next_review_due::text,
                    (SELECT v.next_review_due::text FROM protocol_versions v JOIN protocols p ON p.id = v.protocol_id
                     WHERE p.council_id = c.id AND NOT p.is_model AND v.status = 'adopted' ORDER BY v.adopted_at DESC NULLS LAST LIMIT 1) AS in_force
             FROM councils c WHERE c.id = $1`,
            [protocol.councilId],
          );
      await em.query(
        `UPDATE protocol_versions SET status = 'superseded', version = version + 1, updated_at = now()
         WHERE protocol_id = $1 AND status = 'adopted'`,
        [protocol.id],
      );
      // Dates as stated: the input's, else what the draft already states (saveDraftDocument), never dropped.
      const adoptedOn = input.adoptedOn ?? version.adoptedOn ?? null;
      const effectiveFrom = input.effectiveFrom ?? version.effectiveFrom ?? null;
      const adoptedBy = input.adoptedBy ?? version.adoptedBy ?? null;
      const choice = reviewDateAtAdoption({
        given: input.nextReviewDue,
        keep: input.keepNextReviewDue,
        council: council?.next_review_due ?? null,
        inForce: council?.in_force ?? null,
        schedule: nextReviewDue({
          adoptedOn: adoptedOn ?? undefined,
          effectiveFrom: effectiveFrom ?? undefined,
          reviewEveryMonths: version.reviewEveryMonths ?? undefined,
          reviewOn: version.reviewOn ?? undefined,
        }),
      });
      if (!choice.ok) {
        const problem = msg('protocol.sayReviewDate', { council: choice.council, schedule: choice.schedule });
        throw new AppError('BAD_USER_INPUT', msg('input.field', { field: 'keepNextReviewDue', problem }), { field: 'keepNextReviewDue', council: choice.council, schedule: choice.schedule });
      }
      const next = choice.date;
      const { affected } = await em
        .createQueryBuilder()
        .update(ProtocolVersion)
        .set({
          status: ProtocolStatus.ADOPTED,
          adoptedOn,
          adoptedBy,
          adoptedAt: () => 'now()',
          effectiveFrom,
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

  /** Renames a protocol (its English title, and its Welsh one: null clears it). */
  async rename(ctx: RequestContext, protocolId: string, expectedVersion: number, title: string, titleCy?: string | null): Promise<Protocol> {
    const protocol = await this.get(ctx, protocolId, 'id');
    if (protocol.isModel) {
      if (!can(ctx.scope, 'createChild', protocol.councilId)) throw forbidden(msg('protocol.renameModel'));
    } else {
      this.requireEdit(ctx, protocol);
    }
    const name = title.trim();
    if (name.length < 1 || name.length > 300) throw badInput('title', msg('input.lengthRange', { min: 1, max: 300 }));
    const nameCy = titleCy?.trim() || null;
    if (nameCy && nameCy.length > 300) throw badInput('titleCy', msg('input.lengthMax', { max: 300 }));
    if (protocol.version !== expectedVersion) throw staleVersion('Protocol', protocol.id, expectedVersion, protocol.version);
    return (await ctx.db()).atomic(async (em) => {
      const fresh = await updateAtVersion(em, Protocol, 'Protocol', protocol.id, expectedVersion, { title: name, titleCy: nameCy });
      await audit(ctx, em, { councilId: protocol.councilId, action: 'protocol.rename', entity: 'protocol', entityId: protocol.id, before: protocol, after: fresh });
      return fresh;
    });
  }

  /** Discards a draft: its clauses and rules go with it; the adopted version is untouched. */
  async discardDraft(ctx: RequestContext, versionId: string, expectedVersion: number): Promise<string> {
    const version = await this.editableDraft(ctx, versionId, 'id');
    if (version.version !== expectedVersion) throw staleVersion('Protocol version', version.id, expectedVersion, version.version);
    return (await ctx.db()).atomic(async (em) => {
      const { affected } = await em
        .createQueryBuilder()
        .delete()
        .from(ProtocolVersion)
        .where('id = :id AND version = :v AND status = :draft', { id: version.id, v: expectedVersion, draft: ProtocolStatus.DRAFT })
        .execute();
      if (!affected) throw staleVersion('Protocol version', version.id, expectedVersion, expectedVersion + 1);
      await audit(ctx, em, { councilId: version.councilId, action: 'protocol.discard_draft', entity: 'protocol_version', entityId: version.id, before: version });
      ctx.loaders.versionsOfProtocol.clear(version.protocolId);
      ctx.loaders.clausesOfVersion.clear(version.id);
      ctx.loaders.itemsOfVersion.clear(version.id);
      return version.id;
    });
  }

  /** A version as JSON or YAML text in format 2; importing it gives the same document. */
  async exportText(ctx: RequestContext, version: ProtocolVersion, format: TextFormat): Promise<string> {
    return writeDocumentText(await this.document(ctx, version), format);
  }

  /** A draft the caller may edit, or the reason not. */
  async editableDraft(ctx: RequestContext, versionId: string, field = 'versionId'): Promise<ProtocolVersion> {
    const version = await this.version(ctx, versionId, field);
    this.requireEdit(ctx, await this.get(ctx, version.protocolId));
    if (version.status !== ProtocolStatus.DRAFT) {
      throw conflict(msg('protocol.versionFrozen', { number: version.number, status: statusTerm(version.status) }));
    }
    return version;
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
    if (!version) throw new AppError('NOT_FOUND', msg('protocol.noAdopted'), { id: councilId });
    this.seal(ctx, version);
    return version;
  }

  /** Who holds each role at a council today (deputies after principals). */
  officeHolders(ctx: RequestContext, councilId: string): Promise<OfficeHolder[]> {
    return this.holders.list(ctx, councilId, true);
  }

  requireEdit(ctx: RequestContext, protocol: Protocol) {
    if (!can(ctx.scope, 'update', protocol.councilId)) {
      throw forbidden(ctx.scope.readOnly ? msg('forbidden.readOnly') : msg('forbidden.changeProtocol'));
    }
  }
}
