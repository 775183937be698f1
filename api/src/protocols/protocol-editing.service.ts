import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../common/context';
import { AppError, badInput, conflict, notFound, staleVersion } from '../common/errors';
import { msg, statusTerm, type Term } from '../common/messages';
import { findInScope } from '../common/records';
import { isLocalDate } from '../common/scalars';
import { deleteAtVersion, updateAtVersion } from '../common/versioned';
import { protocolProblems, VOCABULARY_KEY } from '../domain/protocol';
import { CLAUSE_ID, deriveClauseId } from '../domain/clauses';
import { isStatedDate } from '../domain/dates';
import { citedClauses, itemKey, SECTION_LISTS, SECTIONS, type Section, type Sections } from '../domain/protocol-items';
import { parseDocument, readDocumentText } from '../domain/protocol-document';
import type { Problem } from '../domain/protocol';
import { parseRule } from '../domain/protocol.schema';
import { audit } from '../audit/audit';
import { ProtocolLifecycleService } from './protocol-lifecycle.service';
import { ProtocolClause, ProtocolItem, ProtocolVersion } from './protocol.entities';
import { ProtocolStatus } from './protocol.enums';
import type { AddClauseInput, ReviewScheduleInput, UpdateClauseInput } from './protocol.inputs';
import { clearContent, versionFields, writeContent } from './protocol.store';

/** Editing a draft: its clauses, its rules and its review schedule. */
export class ProtocolEditingService {
  private readonly protocols = new ProtocolLifecycleService();

  /**
   * Edits a clause of a draft; adopted and superseded versions are never changed. Renumbering
   * keeps the clause's id, so the rules that cite it still do.
   */
  async updateClause(ctx: RequestContext, clauseId: string, expectedVersion: number, input: UpdateClauseInput): Promise<ProtocolClause> {
    const clause = await findInScope(ctx, ProtocolClause, 'Clause', clauseId);
    const version = await this.protocols.version(ctx, clause.versionId);
    this.protocols.requireEdit(ctx, await this.protocols.get(ctx, version.protocolId));
    if (version.status !== ProtocolStatus.DRAFT) {
      throw conflict(msg('protocol.clauseFrozen', { number: clause.number ?? clause.key, status: statusTerm(version.status) }));
    }
    const changes: Partial<ProtocolClause> = {};
    if (input.number !== undefined) changes.number = clauseNumber(input.number);
    if (input.section !== undefined) changes.section = this.sectionOf(version, input.section);
    if (input.heading !== undefined) changes.heading = optionalText('heading', input.heading, 300);
    if (input.headingCy !== undefined) changes.headingCy = optionalText('headingCy', input.headingCy, 300);
    if (input.text != null) changes.text = requiredText('text', input.text);
    if (input.textCy !== undefined) changes.textCy = optionalText('textCy', input.textCy, 20000, false);
    if (clause.version !== expectedVersion) throw staleVersion('Clause', clause.id, expectedVersion, clause.version);
    const session = await ctx.db();
    return session.atomic(async (em) => {
      await this.claim(em, clause.versionId);
      let fresh: ProtocolClause;
      try {
        fresh = await updateAtVersion(em, ProtocolClause, 'Clause', clause.id, expectedVersion, changes);
      } catch (e) {
        if ((e as { driverError?: { code?: string } }).driverError?.code === '23505') {
          throw conflict(clauseExists(changes.number ?? '', changes.section !== undefined ? changes.section : clause.section), { field: 'number' });
        }
        throw e;
      }
      await audit(ctx, em, { councilId: clause.councilId, action: 'clause.update', entity: 'clause', entityId: clause.id, before: clause, after: fresh });
      ctx.loaders.clausesOfVersion.clear(clause.versionId);
      return fresh;
    });
  }

  /** A section id of the draft (or null to take the clause out of any section). */
  private sectionOf(version: ProtocolVersion, section: string | null | undefined): string | null {
    if (section == null || section === '') return null;
    if (!(version.sections ?? []).some((s) => s.id === section)) throw badInput('section', msg('protocol.notSection', { section }));
    return section;
  }

  /**
   * Replaces a draft's whole content (clauses, sections, rules, dates, review schedule and the
   * protocol's title) with a document, in one transaction. Every problem is reported at once,
   * each with its path, and nothing is written while there is any.
   */
  async saveDocument(ctx: RequestContext, versionId: string, expectedVersion: number, input: unknown): Promise<ProtocolVersion> {
    const version = await this.protocols.editableDraft(ctx, versionId);
    const protocol = await this.protocols.get(ctx, version.protocolId);
    const parsed = parseDocument(input);
    if (!parsed.ok) throw documentProblems(parsed.problems);
    if (version.version !== expectedVersion) throw staleVersion('Protocol version', version.id, expectedVersion, version.version);
    const doc = parsed.document;
    const session = await ctx.db();
    return session.atomic(async (em) => {
      // Claim the draft first: a concurrent save or adoption conflicts instead of interleaving.
      const fresh = await updateAtVersion(em, ProtocolVersion, 'Protocol version', version.id, expectedVersion, versionFields(doc));
      await clearContent(em, version.id);
      await writeContent(em, version.councilId, version.id, doc);
      const titleCy = doc.titleCy ?? null;
      if (doc.title !== protocol.title || titleCy !== (protocol.titleCy ?? null)) {
        await em.query('UPDATE protocols SET title = $2, title_cy = $3, version = version + 1, updated_at = now() WHERE id = $1', [protocol.id, doc.title, titleCy]);
      }
      ctx.loaders.clausesOfVersion.clear(version.id);
      ctx.loaders.itemsOfVersion.clear(version.id);
      ctx.loaders.versionsOfProtocol.clear(version.protocolId);
      await audit(ctx, em, {
        councilId: version.councilId,
        action: 'protocol.save_document',
        entity: 'protocol_version',
        entityId: version.id,
        before: version,
        after: { ...fresh, clauses: doc.clauses.length, rules: SECTIONS.reduce((n, sec) => n + (doc[SECTION_LISTS[sec]] as unknown[]).length, 0) },
      });
      return fresh;
    });
  }

  /** Saves a document given as JSON or YAML text (an export, or a file a clerk wrote) into a draft. */
  async importDocument(ctx: RequestContext, versionId: string, expectedVersion: number, text: string): Promise<ProtocolVersion> {
    if (text.length > 2_000_000) throw badInput('text', msg('input.lengthMax', { max: 2_000_000 }));
    await this.protocols.editableDraft(ctx, versionId);
    const read = readDocumentText(text);
    if (!read.ok) throw documentProblems(read.problems, true);
    return this.saveDocument(ctx, versionId, expectedVersion, read.value);
  }

  /**
   * Adds or replaces a rule of a draft. The rule is checked for shape, then against
   * the rest of the draft (its clauses must exist, its roles be defined); a rule
   * that already exists (same section and key) needs the version that was read.
   */
  async saveRule<S extends Section>(ctx: RequestContext, versionId: string, section: S, input: unknown, expectedVersion?: number | null, key0?: string | null) {
    const version = await this.protocols.editableDraft(ctx, versionId);
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
    if (existing && expectedVersion == null) throw conflict(section === 'chain' ? msg('protocol.chainExists', { key }) : msg('protocol.itemExists', { section, key }), { key });
    if (!existing && expectedVersion != null) throw new AppError('NOT_FOUND', msg('protocol.ruleNotFound', { rule: ruleName(section, key) }), { key });
    if (existing && existing.version !== expectedVersion) throw staleVersion('Rule', existing.id, expectedVersion!, existing.version);

    // Consistency with the rest of the draft: only this rule's own problems block the save.
    const doc = await this.protocols.document(ctx, version);
    const list = doc[SECTION_LISTS[section]] as unknown[];
    const index = existing ? inSection.indexOf(existing) : list.length;
    list[index] = body;
    const prefix = `${SECTION_LISTS[section]}[${index}]`;
    const own = protocolProblems(doc).filter((p) => p.path === prefix || p.path.startsWith(`${prefix}.`));
    // Field paths as the shape check writes them: rule.steps.3.handler.
    // The draft was read in several statements: one discarded meanwhile is NOT_FOUND, not a rule citing nothing.
    if (own.length) await this.stillThere(ctx, version.id);
    if (own.length) throw badInput(`rule${own[0].path.slice(prefix.length).replace(/\[(\d+)\]/g, '.$1')}`, msg('protocol.ruleProblem', { detail: own[0].message }));

    const session = await ctx.db();
    return session.atomic(async (em) => {
      await this.claim(em, version.id);
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
    const version = await this.protocols.editableDraft(ctx, versionId, 'id');
    const months = input.reviewEveryMonths ?? null;
    if (months !== null && (!Number.isInteger(months) || months < 1 || months > 120)) throw badInput('reviewEveryMonths', msg('input.monthsRange'));
    if (input.reviewOn != null && !isLocalDate(input.reviewOn)) throw badInput('reviewOn', msg('input.date'));
    // Role keys of the protocol (the council's own, format v2), in either case; adoption checks they are defined.
    for (const f of ['reviewingBody', 'amendedBy'] as const) {
      if (input[f] != null) input[f] = input[f]!.trim().toLowerCase();
      if (input[f] != null && !VOCABULARY_KEY.test(input[f]!)) throw badInput(f, msg('input.roleKey', { example: 'full_council' }));
    }
    const clauses = input.clauses ?? [];
    const numbers = new Set((await this.protocols.clauses(ctx, version.id)).map((c) => c.key));
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
    if (input.lastUpdated != null && !isStatedDate(input.lastUpdated)) throw badInput('lastUpdated', msg('input.statedDate'));
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
        ...(input.lastUpdated !== undefined ? { lastUpdated: input.lastUpdated } : {}),
      });
      await audit(ctx, em, { councilId: version.councilId, action: 'protocol.set_review', entity: 'protocol_version', entityId: version.id, before: version, after: fresh });
      ctx.loaders.versionsOfProtocol.clear(version.protocolId);
      return fresh;
    });
  }

  /** Removes a rule from a draft. */
  async removeRule(ctx: RequestContext, ruleId: string, expectedVersion: number): Promise<string> {
    const item = await findInScope(ctx, ProtocolItem, 'Rule', ruleId);
    const version = await this.protocols.editableDraft(ctx, item.versionId);
    if (item.version !== expectedVersion) throw staleVersion('Rule', item.id, expectedVersion, item.version);
    const session = await ctx.db();
    return session.atomic(async (em) => {
      await this.claim(em, version.id);
      await deleteAtVersion(em, ProtocolItem, 'Rule', item.id, expectedVersion);
      await audit(ctx, em, { councilId: item.councilId, action: 'rule.remove', entity: 'rule', entityId: item.id, before: item });
      ctx.loaders.itemsOfVersion.clear(version.id);
      return item.id;
    });
  }

  /**
   * Adds a clause to a draft, after a given clause (by id), or at the end, so that a text typed
   * in order stays in order; later clauses move down. Without a key, it gets one from its
   * section and number (else p<n>).
   */
  async addClause(ctx: RequestContext, versionId: string, input: AddClauseInput): Promise<ProtocolClause> {
    const version = await this.protocols.editableDraft(ctx, versionId);
    const number = clauseNumber(input.number);
    const section = this.sectionOf(version, input.section);
    const text = requiredText('text', input.text);
    const clauses = await this.protocols.clauses(ctx, version.id);
    if (number !== null && clauses.some((c) => c.number === number && (c.section ?? null) === section)) {
      throw conflict(clauseExists(number, section), { field: 'number' });
    }
    const taken = new Set(clauses.map((c) => c.key));
    let key: string;
    if (input.key != null) {
      key = input.key.trim();
      if (!CLAUSE_ID.test(key)) throw badInput('key', msg('protocol.clauseKeyForm'));
      if (taken.has(key)) throw conflict(msg('protocol.clauseKeyExists', { key }), { field: 'key' });
    } else {
      key = deriveClauseId({ number, section: section ?? undefined }, clauses.length, taken);
    }
    let position = clauses.length && !input.atStart ? Math.max(...clauses.map((c) => c.position)) + 1 : 0;
    if (input.after != null) {
      const after = clauses.find((c) => c.key === input.after);
      if (!after) throw badInput('after', msg('protocol.noClauseAfter', { after: input.after }));
      position = after.position + 1;
    }
    const session = await ctx.db();
    return session.atomic(async (em) => {
      await this.claim(em, version.id);
      await em.query('UPDATE protocol_clauses SET position = position + 1 WHERE version_id = $1 AND position >= $2', [version.id, position]);
      const id = randomUUID();
      try {
        await em.getRepository(ProtocolClause).insert({
          id,
          councilId: version.councilId,
          versionId: version.id,
          key,
          number,
          section,
          heading: optionalText('heading', input.heading, 300),
          headingCy: optionalText('headingCy', input.headingCy, 300),
          text,
          textCy: optionalText('textCy', input.textCy, 20000, false),
          position,
          version: 1,
        });
      } catch (e) {
        // Two clauses added with the same number at the same moment: without a key of its own, the
        // clause's id follows from its number, so the clash is the number's.
        const failure = (e as { driverError?: { code?: string; constraint?: string } }).driverError;
        if (failure?.code === '23505' && input.key == null && failure.constraint === 'protocol_clauses_key_idx') {
          throw conflict(clauseExists(number ?? '', section), { field: 'number' });
        }
        throw e;
      }
      ctx.loaders.clausesOfVersion.clear(version.id);
      const added = await em.getRepository(ProtocolClause).findOneByOrFail({ id });
      await audit(ctx, em, { councilId: version.councilId, action: 'clause.add', entity: 'clause', entityId: id, after: added });
      return added;
    });
  }

  /** Moves a clause of a draft to just after another (by id), or to the start; its number and id are unchanged. */
  async moveClause(ctx: RequestContext, clauseId: string, expectedVersion: number, after: string | null): Promise<ProtocolClause> {
    const clause = await findInScope(ctx, ProtocolClause, 'Clause', clauseId);
    const version = await this.protocols.editableDraft(ctx, clause.versionId);
    if (clause.version !== expectedVersion) throw staleVersion('Clause', clause.id, expectedVersion, clause.version);
    const order = (await this.protocols.clauses(ctx, version.id)).filter((c) => c.id !== clause.id);
    let at = 0;
    if (after != null) {
      const i = order.findIndex((c) => c.key === after);
      if (i < 0) throw badInput('after', msg('protocol.noOtherClauseAfter', { after }));
      at = i + 1;
    }
    order.splice(at, 0, clause);
    const session = await ctx.db();
    return session.atomic(async (em) => {
      await this.claim(em, version.id);
      await em.query(
        `UPDATE protocol_clauses c SET position = o.position FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, position)
         WHERE c.id = o.id AND c.version_id = $2`,
        [order.map((c) => c.id), version.id],
      );
      const moved = await updateAtVersion(em, ProtocolClause, 'Clause', clause.id, expectedVersion, {});
      await audit(ctx, em, { councilId: clause.councilId, action: 'clause.move', entity: 'clause', entityId: clause.id, before: clause, after: moved });
      ctx.loaders.clausesOfVersion.clear(version.id);
      return moved;
    });
  }

  /** Removes a clause from a draft; refused while a rule cites it. */
  async removeClause(ctx: RequestContext, clauseId: string, expectedVersion: number): Promise<string> {
    const clause = await findInScope(ctx, ProtocolClause, 'Clause', clauseId);
    const version = await this.protocols.editableDraft(ctx, clause.versionId);
    if (clause.version !== expectedVersion) throw staleVersion('Clause', clause.id, expectedVersion, clause.version);
    const citing = (await ctx.loaders.itemsOfVersion.load(version.id)).filter((i) => i.clauses.includes(clause.key));
    if (citing.length || version.reviewClauses.includes(clause.key) || version.amendments.some((a) => a.clauses.includes(clause.key))) {
      const names = citing.slice(0, 5).map((i) => `${i.section} ${i.key}`);
      const citedBy = names.length ? (citing.length > 5 ? msg('protocol.citedMore', { names, count: citing.length - 5 }) : names) : msg('protocol.reviewSchedule');
      throw conflict(msg('protocol.clauseCited', { number: clause.number ?? clause.key, citing: citedBy }));
    }
    const session = await ctx.db();
    return session.atomic(async (em) => {
      await this.claim(em, version.id);
      await deleteAtVersion(em, ProtocolClause, 'Clause', clause.id, expectedVersion);
      await em.query('UPDATE protocol_clauses SET position = position - 1 WHERE version_id = $1 AND position > $2', [version.id, clause.position]);
      await audit(ctx, em, { councilId: clause.councilId, action: 'clause.remove', entity: 'clause', entityId: clause.id, before: clause });
      ctx.loaders.clausesOfVersion.clear(version.id);
      return clause.id;
    });
  }

  /** NOT_FOUND when a draft read a moment ago has been discarded since. */
  private async stillThere(ctx: RequestContext, versionId: string): Promise<void> {
    const [row] = (await (await ctx.db()).manager.query('SELECT 1 FROM protocol_versions WHERE id = $1', [versionId])) as unknown[];
    if (!row) throw notFound('Protocol version', versionId);
  }

  /**
   * The first statement of every change to a draft's content: moves the draft's own version on
   * (so adopting a draft someone is changing conflicts) and holds its row, so the draft row is
   * always locked before its clauses and rules (one lock order). A draft discarded or adopted by
   * a request that committed first is NOT_FOUND or CONFLICT here, before anything is written.
   */
  private async claim(em: { query: (sql: string, p: unknown[]) => Promise<unknown> }, versionId: string): Promise<void> {
    const claimed = (await em.query(
      `UPDATE protocol_versions SET version = version + 1, updated_at = now() WHERE id = $1 AND status = $2 RETURNING id`,
      [versionId, ProtocolStatus.DRAFT],
    )) as [unknown[], number] | unknown[];
    const rows = Array.isArray(claimed[0]) ? (claimed[0] as unknown[]) : (claimed as unknown[]);
    if (rows.length) return;
    const [left] = (await em.query('SELECT number, status FROM protocol_versions WHERE id = $1', [versionId])) as { number: number; status: string }[];
    if (!left) throw notFound('Protocol version', versionId);
    throw conflict(msg('protocol.versionFrozen', { number: left.number, status: statusTerm(left.status as ProtocolStatus) }));
  }
}

/** A clause number as written (any text up to 40 characters), or null for an unnumbered paragraph. */
function clauseNumber(n: string | null | undefined): string | null {
  if (n == null) return null;
  const number = n.trim();
  if (!number) return null;
  if (number.length > 40) throw badInput('number', msg('input.lengthMax', { max: 40 }));
  return number;
}

function requiredText(field: string, value: string): string {
  if (!value.trim()) throw badInput(field, msg('input.notEmpty'));
  if (value.length > 20000) throw badInput(field, msg('input.lengthMax', { max: 20000 }));
  return value;
}

function optionalText(field: string, value: string | null | undefined, max: number, trim = true): string | null {
  if (value == null || !value.trim()) return null;
  if (value.length > max) throw badInput(field, msg('input.lengthMax', { max }));
  return trim ? value.trim() : value;
}

/** Every problem of a document at once: BAD_USER_INPUT, the first path as the field, all of them in extensions.problems. */
export function documentProblems(problems: Problem[], syntax = false): AppError {
  const shown = problems.slice(0, 3).map((p) => (p.path ? `${p.path} ${p.message}` : p.message));
  const listed = `${shown.join('; ')}${problems.length > 3 ? ` (+${problems.length - 3})` : ''}`;
  return new AppError(
    'BAD_USER_INPUT',
    syntax ? msg('protocol.documentSyntax', { problems: listed }) : msg('protocol.documentProblems', { count: problems.length, problems: listed }),
    { field: problems[0]?.path ?? '', problems },
  );
}

/** A clause number already used where it would go: the version, or its section. */
function clauseExists(number: string, section: string | null | undefined) {
  return section ? msg('protocol.clauseExistsInSection', { number, section }) : msg('protocol.clauseExists', { number });
}

const SECTION_NAMES: Record<Section, Term> = {
  role: { en: 'Role', cy: 'Rôl' },
  expectation: { en: 'Expectation', cy: 'Disgwyliad' },
  chain: { en: 'Escalation chain for', cy: 'Cadwyn uwchgyfeirio' },
  response_standard: { en: 'Response standard for', cy: 'Safon ymateb' },
  access_rule: { en: 'Access rule for', cy: 'Rheol mynediad' },
  disclosure_exception: { en: 'Disclosure exception', cy: 'Eithriad datgelu' },
  correspondence_rule: { en: 'Correspondence rule', cy: 'Rheol gohebiaeth' },
  obligation: { en: 'Obligation', cy: 'Rhwymedigaeth' },
  advice_route: { en: 'Advice route', cy: 'Llwybr cyngor' },
};

/** "Escalation chain for enquiry_late", "Role clerk" (Welsh: "Cadwyn uwchgyfeirio (enquiry_late)"): a rule named by what it is, no ids. */
function ruleName(section: Section, key: string): Term {
  return { en: `${SECTION_NAMES[section].en} ${key}`, cy: `${SECTION_NAMES[section].cy} (${key})` };
}

