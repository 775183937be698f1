import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../common/context';
import { AppError, badInput, conflict, forbidden, staleVersion } from '../common/errors';
import { msg } from '../common/messages';
import { findInScope } from '../common/records';
import { audit } from '../audit/audit';
import { can } from '../domain/access';
import { protocolProblems } from '../domain/protocol';
import { SECTION_LISTS, type Section } from '../domain/protocol-items';
import { CouncilService } from '../councils/council.service';
import { ProtocolLifecycleService } from '../protocols/protocol-lifecycle.service';
import { ProtocolEditingService } from '../protocols/protocol-editing.service';
import { Protocol, ProtocolVersion } from '../protocols/protocol.entities';
import { ProtocolStatus } from '../protocols/protocol.enums';
import { ProtocolImport } from './import.entity';
import { ImportInputError, type ParseLimits } from './parse';
import { importFile } from './pipeline';
import { importToDocument, type Decisions } from './to-document';

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
  async parse(ctx: RequestContext, id: string, limits?: ParseLimits): Promise<'ready' | 'failed' | 'missing'> {
    const session = await ctx.db();
    const repo = session.manager.getRepository(ProtocolImport);
    const rec = await repo.createQueryBuilder('i').addSelect('i.content').where('i.id = :id', { id }).getOne();
    if (!rec || !rec.content || rec.status === 'ready') return 'missing';
    await repo.update({ id }, { status: 'parsing', progress: 10 });
    try {
      const result = await importFile(rec.content, rec.filename, limits);
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
      if (!(e instanceof ImportInputError)) throw e;
      await repo.update({ id }, { status: 'failed', progress: 100, problem: e.problem, message: e.message, version: rec.version + 1 });
      return 'failed';
    }
  }

  /**
   * Makes one draft of the council's protocol from the accepted suggestions, in one savepoint: through the
   * protocol services (clauses, then roles, then the other rules, then the review schedule), so a refused
   * change leaves nothing behind. The adopted version is never touched: the draft starts as its copy and is
   * emptied first. Every problem of the document is named at once before anything is written.
   */
  async createDraft(ctx: RequestContext, id: string, expectedVersion: number, decisions: Decisions): Promise<{ record: ProtocolImport; draft: ProtocolVersion; notes: string[] }> {
    const rec = await this.get(ctx, id);
    if (!can(ctx.scope, 'update', rec.councilId)) throw forbidden(msg('import.draftForbidden'));
    if (rec.status !== 'ready' || !rec.result) throw conflict(msg('import.notReady', { name: rec.filename, status: rec.status }));
    if (rec.version !== expectedVersion) throw staleVersion('Import', rec.id, expectedVersion, rec.version);
    const known = new Set(rec.result.suggestions.map((s) => s.id));
    const unknown = [...decisions.accept, ...Object.keys(decisions.edits ?? {})].find((s) => !known.has(s));
    if (unknown) throw badInput('accept', msg('import.notSuggestion', { value: unknown }));
    const { document, notes } = importToDocument(rec.result.structure, rec.result.suggestions, decisions);
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
      let draft = (await this.lifecycle.withStatus(ctx, protocol.id, ProtocolStatus.DRAFT))!;
      // Empty the copy: the review schedule's citations, then the rules, then the clauses.
      const reread = () => em.getRepository(ProtocolVersion).findOneByOrFail({ id: draft.id });
      draft = await reread();
      await this.editing.setReview(ctx, draft.id, draft.version, { clauses: [], amendments: [] } as never);
      ctx.loaders.itemsOfVersion.clear(draft.id);
      for (const item of await ctx.loaders.itemsOfVersion.load(draft.id)) await this.editing.removeRule(ctx, item.id, item.version);
      for (const clause of await this.lifecycle.clauses(ctx, draft.id)) await this.editing.removeClause(ctx, clause.id, clause.version);
      let after: string | null = null;
      for (const c of document.clauses) {
        await this.editing.addClause(ctx, draft.id, { number: c.number, heading: c.heading ?? null, text: c.text, after });
        after = c.number;
      }
      const order: Section[] = ['role', 'response_standard', 'chain', 'correspondence_rule'];
      for (const section of order) {
        for (const body of document[SECTION_LISTS[section]] as unknown[]) await this.editing.saveRule(ctx, draft.id, section, body);
      }
      const r = document.review;
      draft = await reread();
      await this.editing.setReview(ctx, draft.id, draft.version, {
        reviewEveryMonths: r.reviewEveryMonths ?? null,
        reviewOn: r.reviewOn ?? null,
        reviewingBody: r.reviewingBody ?? null,
        amendedBy: r.amendedBy ?? null,
        clauses: r.clauses,
        amendments: (r.amendments ?? []).map((a) => ({ on: a.on, scope: a.scope, clauses: a.clauses })),
      } as never);
      draft = await reread();
      await em.getRepository(ProtocolImport).update({ id: rec.id }, { draftVersionId: draft.id, version: rec.version + 1 });
      const record = await em.getRepository(ProtocolImport).findOneByOrFail({ id: rec.id });
      await audit(ctx, em, { councilId: rec.councilId, action: 'import.create_draft', entity: 'protocol_import', entityId: rec.id, after: { draftVersionId: draft.id, accepted: decisions.accept.length } });
      return { record, draft, notes };
    });
  }
}
