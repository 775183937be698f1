import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../common/context';
import { badInput, conflict, notFound, staleVersion } from '../common/errors';
import { findInScope } from '../common/records';
import { isLocalDate } from '../common/scalars';
import { updateAtVersion } from '../common/versioned';
import { protocolProblems, VOCABULARY_KEY } from '../domain/protocol';
import { citedClauses, itemKey, renumberCitations, SECTION_LISTS, type Section, type Sections } from '../domain/protocol-items';
import { parseRule } from '../domain/protocol.schema';
import { audit } from '../audit/audit';
import { ProtocolLifecycleService } from './protocol-lifecycle.service';
import { ProtocolClause, ProtocolItem, ProtocolVersion } from './protocol.entities';
import { ProtocolStatus } from './protocol.enums';
import type { AddClauseInput, ReviewScheduleInput, UpdateClauseInput } from './protocol.inputs';

/** Editing a draft: its clauses, its rules and its review schedule. */
export class ProtocolEditingService {
  private readonly protocols = new ProtocolLifecycleService();

  /** Edits a clause of a draft; adopted and superseded versions are never changed. */
  async updateClause(ctx: RequestContext, clauseId: string, expectedVersion: number, input: UpdateClauseInput): Promise<ProtocolClause> {
    const clause = await findInScope(ctx, ProtocolClause, 'Clause', clauseId);
    const version = await this.protocols.version(ctx, clause.versionId);
    this.protocols.requireEdit(ctx, await this.protocols.get(ctx, version.protocolId));
    if (version.status !== ProtocolStatus.DRAFT) {
      throw conflict(`Clause ${clause.number} belongs to an ${version.status} version, which cannot change: start a draft`);
    }
    const changes: Partial<ProtocolClause> = {};
    if (input.number != null) {
      if (!input.number.trim() || input.number.length > 40) throw badInput('number', 'must be 1 to 40 characters');
      changes.number = input.number.trim();
    }
    if (input.heading !== undefined) changes.heading = input.heading?.trim() || null;
    if (input.text != null) {
      if (!input.text.trim()) throw badInput('text', 'must not be empty');
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
          throw conflict(`number: clause ${changes.number} already exists in this version`, { field: 'number' });
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

  /**
   * Adds or replaces a rule of a draft. The rule is checked for shape, then against
   * the rest of the draft (its clauses must exist, its roles be defined); a rule
   * that already exists (same section and key) needs the version that was read.
   */
  async saveRule<S extends Section>(ctx: RequestContext, versionId: string, section: S, input: unknown, expectedVersion?: number | null, key0?: string | null) {
    const version = await this.protocols.editableDraft(ctx, versionId);
    const parsed = parseRule(section, input);
    if (!parsed.ok) throw badInput(parsed.path ? `rule.${parsed.path}` : 'rule', parsed.message);
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
    if (key0 != null && group(body) === null && key0 !== key) throw badInput('key', `a ${section}'s key follows from its content ("${key}"); send no key`);
    const existing = inSection.find((i) => i.key === key);
    if (existing && expectedVersion == null) throw conflict(`${section} ${key} already exists: send its expectedVersion to change it`, { key });
    if (!existing && expectedVersion != null) throw notFound(`Rule ${section}`, key);
    if (existing && existing.version !== expectedVersion) throw staleVersion('Rule', existing.id, expectedVersion!, existing.version);

    // Consistency with the rest of the draft: only this rule's own problems block the save.
    const doc = await this.protocols.document(ctx, version);
    const list = doc[SECTION_LISTS[section]] as unknown[];
    const index = existing ? inSection.indexOf(existing) : list.length;
    list[index] = body;
    const prefix = `${SECTION_LISTS[section]}[${index}]`;
    const own = protocolProblems(doc).filter((p) => p.path === prefix || p.path.startsWith(`${prefix}.`));
    // Field paths as the shape check writes them: rule.steps.3.handler.
    if (own.length) throw badInput(`rule${own[0].path.slice(prefix.length).replace(/\[(\d+)\]/g, '.$1')}`, own[0].message);

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
    if (!key) throw badInput('key', `is required to change ${section === 'obligation' ? 'an obligation' : 'an expectation'} (e.g. "${group}/2")`);
    if (!key.startsWith(`${group}/`)) throw badInput('key', `"${key}" is not a ${group.replace(/_/g, ' ')} ${section}; it cannot move to another ${section === 'obligation' ? 'kind' : 'direction'}`);
    return key;
  }

  /** Sets a draft's review schedule: a period or a fixed date, the reviewing body, the clauses it comes from. */
  async setReview(ctx: RequestContext, versionId: string, expectedVersion: number, input: ReviewScheduleInput): Promise<ProtocolVersion> {
    const version = await this.protocols.editableDraft(ctx, versionId, 'id');
    const months = input.reviewEveryMonths ?? null;
    if (months !== null && (!Number.isInteger(months) || months < 1 || months > 120)) throw badInput('reviewEveryMonths', 'must be 1 to 120 months');
    if (input.reviewOn != null && !isLocalDate(input.reviewOn)) throw badInput('reviewOn', 'must be a date written YYYY-MM-DD');
    // Role keys of the protocol (the council's own, format v2), in either case; adoption checks they are defined.
    for (const f of ['reviewingBody', 'amendedBy'] as const) {
      if (input[f] != null) input[f] = input[f]!.trim().toLowerCase();
      if (input[f] != null && !VOCABULARY_KEY.test(input[f]!)) throw badInput(f, 'must be a role key: lower-case letters, digits and _ (e.g. full_council)');
    }
    const clauses = input.clauses ?? [];
    const numbers = new Set((await this.protocols.clauses(ctx, version.id)).map((c) => c.number));
    const missing = clauses.find((n) => !numbers.has(n));
    if (missing) throw badInput('clauses', `cites clause "${missing}", which the draft does not have`);
    const amendments = (input.amendments ?? []).map((a, i) => {
      const scope = a.scope.trim();
      if (!scope || scope.length > 500) throw badInput(`amendments.${i}.scope`, 'must be 1 to 500 characters');
      const gone = a.clauses.find((n) => !numbers.has(n));
      if (gone) throw badInput(`amendments.${i}.clauses`, `cites clause "${gone}", which the draft does not have`);
      return { on: a.on, scope, clauses: a.clauses };
    });
    if (amendments.length > 50) throw badInput('amendments', 'at most 50');
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
    const version = await this.protocols.editableDraft(ctx, item.versionId);
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
    const version = await this.protocols.editableDraft(ctx, versionId);
    const number = input.number.trim();
    if (!number || number.length > 40) throw badInput('number', 'must be 1 to 40 characters');
    if (!input.text.trim()) throw badInput('text', 'must not be empty');
    const clauses = await this.protocols.clauses(ctx, version.id);
    if (clauses.some((c) => c.number === number)) throw conflict(`number: clause ${number} already exists in this version`, { field: 'number' });
    let position = 0;
    if (input.after != null) {
      const after = clauses.find((c) => c.number === input.after);
      if (!after) throw badInput('after', `there is no clause ${input.after} in this version`);
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
    const version = await this.protocols.editableDraft(ctx, clause.versionId);
    if (clause.version !== expectedVersion) throw staleVersion('Clause', clause.id, expectedVersion, clause.version);
    const order = (await this.protocols.clauses(ctx, version.id)).filter((c) => c.id !== clause.id);
    let at = 0;
    if (after != null) {
      const i = order.findIndex((c) => c.number === after);
      if (i < 0) throw badInput('after', `there is no other clause ${after} in this version`);
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
    const version = await this.protocols.editableDraft(ctx, clause.versionId);
    if (clause.version !== expectedVersion) throw staleVersion('Clause', clause.id, expectedVersion, clause.version);
    const citing = (await ctx.loaders.itemsOfVersion.load(version.id)).filter((i) => i.clauses.includes(clause.number));
    if (citing.length || version.reviewClauses.includes(clause.number) || version.amendments.some((a) => a.clauses.includes(clause.number))) {
      const names = citing.slice(0, 5).map((i) => `${i.section} ${i.key}`);
      throw conflict(`Clause ${clause.number} is cited by ${names.join(', ') || 'the review schedule'}${citing.length > 5 ? ` and ${citing.length - 5} more` : ''}: change those first`);
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
}
