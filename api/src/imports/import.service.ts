import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../common/context';
import { AppError, badInput, conflict, forbidden, staleVersion } from '../common/errors';
import { msg } from '../common/messages';
import { findInScope } from '../common/records';
import { audit } from '../audit/audit';
import { can } from '../domain/access';
import { protocolProblems } from '../domain/protocol';
import { fillPlaceholders, hasPlaceholder } from '../domain/protocol-document';
import type { ProtocolDocument } from '../domain/protocol';
import { CouncilService } from '../councils/council.service';
import { placeholderValues, ProtocolLifecycleService } from '../protocols/protocol-lifecycle.service';
import { ProtocolEditingService } from '../protocols/protocol-editing.service';
import { Protocol, ProtocolVersion } from '../protocols/protocol.entities';
import { ProtocolStatus } from '../protocols/protocol.enums';
import { ProtocolImport } from './import.entity';
import { ImportInputError, type ParseLimits } from './parse';
import { importFile, PROGRESS } from './pipeline';
import { importToDocument, type Decisions } from './to-document';
import { followModelWith, modelDifferences, type Difference, type Keep } from './follow-model';
import type { ModelComparison, ModelDifference } from './import.entity';

/** Uploading a protocol document, reading what the importer found, and making a draft of it. */
export class ImportService {
  private readonly councils = new CouncilService();
  private readonly lifecycle = new ProtocolLifecycleService();
  private readonly editing = new ProtocolEditingService();

  /** Records an upload (status queued); the caller queues the parsing job once this has committed. */
  async create(ctx: RequestContext, councilId: string, filename: string, content: Buffer): Promise<ProtocolImport> {
    const council = await this.councils.get(ctx, councilId, 'councilId');
    if (!can(ctx.scope, 'update', council.id)) throw forbidden(msg('import.forbidden', { council: council.name }));
    const name = filename.replace(/[\\/]/g, '_').replace(/[\u0000-\u001f]/g, '').trim().slice(0, 255) || 'upload';
    const session = await ctx.db();
    return session.atomic(async (em) => {
      const id = randomUUID();
      await em.getRepository(ProtocolImport).insert({ id, councilId: council.id, createdById: ctx.userId, filename: name, size: content.length, content, status: 'queued', progress: 0, version: 1 });
      const created = await em.getRepository(ProtocolImport).findOneByOrFail({ id });
      await audit(ctx, em, { councilId: council.id, action: 'import.upload', entity: 'protocol_import', entityId: id, after: { filename: name, size: content.length } });
      return created;
    });
  }

  get(ctx: RequestContext, id: string, field = 'id'): Promise<ProtocolImport> {
    return findInScope(ctx, ProtocolImport, 'Import', id, field);
  }

  async list(ctx: RequestContext, councilId: string): Promise<ProtocolImport[]> {
    const council = await this.councils.get(ctx, councilId, 'councilId');
    const { manager } = await ctx.db();
    return manager.getRepository(ProtocolImport).find({ where: { councilId: council.id }, order: { createdAt: 'DESC' }, take: 100 });
  }

  /**
   * Parses a queued import (the worker's job, in the system scope): reads the file, finds its structure and
   * suggestions, and stores them; a file that cannot be read is marked failed with the reason, never retried.
   */
  async parse(ctx: RequestContext, id: string, limits?: ParseLimits, options: { commitProgress?: boolean; lastAttempt?: boolean } = {}): Promise<'ready' | 'failed' | 'missing'> {
    let session = await ctx.db();
    let repo = session.manager.getRepository(ProtocolImport);
    const rec = await repo.createQueryBuilder('i').addSelect('i.content').where('i.id = :id', { id }).getOne();
    if (!rec || !rec.content || rec.status === 'ready' || rec.status === 'failed') return 'missing';
    await repo.update({ id }, { status: 'parsing', progress: PROGRESS.reading });
    if (options.commitProgress) {
      // Seen at once by whoever is watching the import; the rest runs in a transaction of its own.
      await ctx.finish(true);
      ctx = ctx.sibling();
      session = await ctx.db();
      repo = session.manager.getRepository(ProtocolImport);
    }
    // Progress as it happens (per page of a PDF, per stage), each step committed on its own so the upload page
    // sees it; at most one write per 5 points or quarter second, and only ever rising. 100 comes with the result.
    let shown: number = PROGRESS.reading;
    let shownAt = Date.now();
    const base = ctx;
    const report = async (pct: number) => {
      if (pct <= shown || pct >= PROGRESS.done || (pct - shown < 5 && Date.now() - shownAt < 250)) return;
      [shown, shownAt] = [pct, Date.now()];
      if (!options.commitProgress) return void (await repo.update({ id }, { progress: pct }));
      const step = base.sibling();
      try {
        await (await step.db()).manager.getRepository(ProtocolImport).update({ id }, { progress: pct });
        await step.finish(true);
      } catch {
        await step.finish(false).catch(() => undefined); // progress is a courtesy: the parse goes on
      }
    };
    try {
      const result = await importFile(rec.content, rec.filename, limits, report);
      await repo.update({ id }, {
        status: 'ready',
        progress: 100,
        format: result.parsed.format,
        problem: null,
        message: result.parsed.notes.join(' ') || null,
        result: result as never,
        version: rec.version + 1,
      });
      return 'ready';
    } catch (e) {
      if (!(e instanceof ImportInputError) && !options.lastAttempt) {
        if (options.commitProgress) await ctx.finish(false);
        throw e;
      }
      // A file the parsers choke on, on the last attempt, is reported as unreadable rather than left "parsing".
      const problem = e instanceof ImportInputError ? e.problem : 'CORRUPT';
      const message = e instanceof ImportInputError ? e.message : 'The file could not be read; it may be damaged.';
      await repo.update({ id }, { status: 'failed', progress: 100, problem, message, version: rec.version + 1 });
      return 'failed';
    } finally {
      if (options.commitProgress && !ctx.ended) await ctx.finish(true);
    }
  }

  /**
   * The model the council's county (or other council above it) publishes, as the council would start from
   * it: its adopted version with the placeholders it leaves to each council filled. Null when there is none.
   */
  private async modelFor(ctx: RequestContext, councilId: string): Promise<{ model: Protocol; adopted: ProtocolVersion; document: ProtocolDocument } | null> {
    const models = (await this.lifecycle.models(ctx, councilId)).filter((m) => m.published && m.councilId !== councilId);
    for (const model of models) {
      const adopted = await this.lifecycle.withStatus(ctx, model.id, ProtocolStatus.ADOPTED);
      if (!adopted) continue;
      const council = await this.councils.get(ctx, councilId, 'councilId');
      return { model, adopted, document: fillPlaceholders(await this.lifecycle.document(ctx, adopted), placeholderValues(council)) };
    }
    return null;
  }

  /**
   * The document the reviewer's decisions make (the suggestions accepted, edited where need be), or without
   * decisions the confident suggestions': what a draft is made of and what the comparison with the model reads.
   * Unknown suggestions and edited values of the wrong shape are the caller's input (BAD_USER_INPUT).
   */
  private decided(rec: ProtocolImport, decisions?: Decisions | null): ReturnType<typeof importToDocument> {
    const result = rec.result!;
    if (!decisions) {
      const accept = result.suggestions.filter((s) => s.confidence >= 0.7 && s.kind !== 'access').map((s) => s.id);
      return importToDocument(result.structure, result.suggestions, { accept });
    }
    const known = new Set(result.suggestions.map((s) => s.id));
    const unknown = [...decisions.accept, ...Object.keys(decisions.edits ?? {})].find((s) => !known.has(s));
    if (unknown) throw badInput('accept', msg('import.notSuggestion', { value: unknown }));
    for (const [sid, value] of Object.entries(decisions.edits ?? {})) {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) throw badInput(`edits.${sid}`, msg('import.editNotObject'));
    }
    try {
      return importToDocument(result.structure, result.suggestions, decisions);
    } catch {
      // An edited value of the wrong shape (a role without its key…): the caller's input, not our fault.
      throw badInput('edits', msg('import.editNotObject'));
    }
  }

  /**
   * Where the imported document differs from the model published to the council: the model's adopted
   * version (placeholders filled) against the document the reviewer's decisions make (without them, the
   * confident suggestions), clause by clause
   * (by id), rule by rule and the review schedule, each with what both say and which a draft following
   * the model keeps by default. Null when no model is published to the council or the import is not ready.
   */
  async modelComparison(ctx: RequestContext, rec: ProtocolImport, decisions?: Decisions | null): Promise<ModelComparison | null> {
    if (rec.status !== 'ready' || !rec.result) return null;
    const found = await this.modelFor(ctx, rec.councilId);
    if (!found) return null;
    const differences = modelDifferences(found.document, this.decided(rec, decisions).document).map(
      (d: Difference): ModelDifference => ({ id: d.id, kind: d.kind, key: d.key, number: d.number, section: d.section, change: d.change, modelValue: d.model, documentValue: d.document, keep: d.keep }),
    );
    return {
      modelId: found.model.id,
      modelTitle: found.model.title,
      modelVersionId: found.adopted.id,
      differences,
      clauses: differences.filter((d) => d.kind === 'clause'),
      rules: differences.filter((d) => d.kind === 'rule'),
    };
  }

  /**
   * "Follow the model with these differences": a draft of the council's protocol that follows the model
   * published to it (the protocol made, or set to follow it) and holds the model's text, placeholders
   * filled, with the document's differences kept where `choices` (by difference id; each difference's
   * default where absent) say so, saved whole through saveDocument in one savepoint. The document is what
   * the reviewer's decisions make (as in createDraft), or without them the confident suggestions'. Every problem of the
   * result is named at once; a council that already has a draft gets CONFLICT (open it, or discard it).
   */
  async createDraftFollowingModel(
    ctx: RequestContext,
    id: string,
    expectedVersion: number,
    choices: Readonly<Record<string, Keep>>,
    decisions?: Decisions | null,
  ): Promise<{ record: ProtocolImport; draft: ProtocolVersion; notes: string[] }> {
    const rec = await this.get(ctx, id);
    if (!can(ctx.scope, 'update', rec.councilId)) throw forbidden(msg('import.draftForbidden'));
    if (rec.status !== 'ready' || !rec.result) throw conflict(msg('import.notReady', { name: rec.filename, status: rec.status }));
    if (rec.version !== expectedVersion) throw staleVersion('Import', rec.id, expectedVersion, rec.version);
    const found = await this.modelFor(ctx, rec.councilId);
    if (!found) throw conflict(msg('import.noModel', { council: (await this.councils.get(ctx, rec.councilId, 'councilId')).name }));
    const imported = this.decided(rec, decisions).document;
    const known = new Set(modelDifferences(found.document, imported).map((d) => d.id));
    const unknown = Object.keys(choices).find((k) => !known.has(k));
    if (unknown) throw badInput('choices', msg('import.notDifference', { value: unknown.slice(0, 80) }));
    const { manager } = await ctx.db();
    const existingProtocol = await manager.getRepository(Protocol).findOneBy({ councilId: rec.councilId, isModel: false });
    if (existingProtocol) {
      const existing = await this.lifecycle.withStatus(ctx, existingProtocol.id, ProtocolStatus.DRAFT);
      if (existing) throw conflict(msg('import.followDraftExists', { title: existingProtocol.title, number: existing.number }), { id: existing.id });
    }
    const followed = followModelWith(found.document, imported, choices);
    const title = existingProtocol?.title ?? rec.result.structure.title ?? (hasPlaceholder(found.model.title) ? found.document.title : null) ?? 'Member/Officer Protocol';
    const document = { ...followed.document, title };
    const problems = protocolProblems(document);
    if (problems.length) {
      throw new AppError('BAD_USER_INPUT', msg('import.draftProblems', { count: problems.length, list: problems.slice(0, 3).map((p) => `${p.path} ${p.message}`) }), {
        field: 'choices',
        problems,
      });
    }
    const session = await ctx.db();
    return session.atomic(async (em) => {
      let protocol = await em.getRepository(Protocol).findOneBy({ councilId: rec.councilId, isModel: false });
      if (!protocol) protocol = await this.lifecycle.create(ctx, rec.councilId, title, found.model.id);
      else {
        if (protocol.modelId !== found.model.id) protocol = await this.lifecycle.follow(ctx, protocol.id, protocol.version, found.model.id);
        await this.lifecycle.startDraft(ctx, protocol.id);
      }
      const draft = (await this.lifecycle.withStatus(ctx, protocol.id, ProtocolStatus.DRAFT))!;
      const saved = await this.editing.saveDocument(ctx, draft.id, draft.version, document);
      await em.getRepository(ProtocolImport).update({ id: rec.id }, { draftVersionId: saved.id, version: rec.version + 1 });
      const record = await em.getRepository(ProtocolImport).findOneByOrFail({ id: rec.id });
      const kept = Object.entries(choices).filter(([, k]) => k === 'model').length;
      await audit(ctx, em, { councilId: rec.councilId, action: 'import.follow_model', entity: 'protocol_import', entityId: rec.id, after: { draftVersionId: saved.id, modelId: found.model.id, modelVersionId: found.adopted.id, modelChosen: kept } });
      return { record, draft: saved, notes: followed.notes };
    });
  }

  /**
   * Makes one draft of the council's protocol from the accepted suggestions, in one savepoint, through the
   * protocol services: a new draft (a copy of the adopted version) replaced by the imported document with
   * saveDraftDocument, so a refused change leaves nothing behind and every problem is named at once. The
   * adopted version is never touched.
   */
  async createDraft(ctx: RequestContext, id: string, expectedVersion: number, decisions: Decisions): Promise<{ record: ProtocolImport; draft: ProtocolVersion; notes: string[] }> {
    const rec = await this.get(ctx, id);
    if (!can(ctx.scope, 'update', rec.councilId)) throw forbidden(msg('import.draftForbidden'));
    if (rec.status !== 'ready' || !rec.result) throw conflict(msg('import.notReady', { name: rec.filename, status: rec.status }));
    if (rec.version !== expectedVersion) throw staleVersion('Import', rec.id, expectedVersion, rec.version);
    const { document, notes } = this.decided(rec, decisions);
    const problems = protocolProblems(document);
    if (problems.length) {
      throw new AppError('BAD_USER_INPUT', msg('import.draftProblems', { count: problems.length, list: problems.slice(0, 3).map((p) => `${p.path} ${p.message}`) }), {
        field: 'accept',
        problems,
      });
    }
    const session = await ctx.db();
    return session.atomic(async (em) => {
      let protocol = await em.getRepository(Protocol).findOneBy({ councilId: rec.councilId, isModel: false });
      if (!protocol) protocol = await this.lifecycle.create(ctx, rec.councilId, document.title);
      else {
        const existing = await this.lifecycle.withStatus(ctx, protocol.id, ProtocolStatus.DRAFT);
        if (existing) throw conflict(msg('import.draftExists', { title: protocol.title, number: existing.number }), { id: existing.id });
        await this.lifecycle.startDraft(ctx, protocol.id);
      }
      const draft = (await this.lifecycle.withStatus(ctx, protocol.id, ProtocolStatus.DRAFT))!;
      // The whole document in one call (it replaces the draft's copy of the adopted version).
      const saved = await this.editing.saveDocument(ctx, draft.id, draft.version, document);
      await em.getRepository(ProtocolImport).update({ id: rec.id }, { draftVersionId: saved.id, version: rec.version + 1 });
      const record = await em.getRepository(ProtocolImport).findOneByOrFail({ id: rec.id });
      await audit(ctx, em, { councilId: rec.councilId, action: 'import.create_draft', entity: 'protocol_import', entityId: rec.id, after: { draftVersionId: saved.id, accepted: decisions.accept.length } });
      return { record, draft: saved, notes };
    });
  }
}
