import { randomUUID } from 'node:crypto';
import { updateAtVersion } from '../common/versioned';
import { audit } from '../audit/audit';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../common/context';
import { badInput, conflict, forbidden, notFound, staleVersion } from '../common/errors';
import { likePattern, mapDbError, requireId, requireIds, requirePage } from '../common/inputs';
import { can, inScope, isScopeRoot, type Action } from '../domain/access';
import { NAME_MAX, nameProblem, slugProblem, wouldCycle } from '../domain/councils';
import { isLocalDate } from '../common/scalars';
import { SortDirection } from '../common/enums';
import { Council } from './council.entity';
import { CouncilSortField, type CouncilFilter, type CouncilSort, type CreateCouncilInput, type UpdateCouncilInput } from './council.inputs';
import { msg } from '../common/messages';

/**
 * Whether council `c` has an adopted protocol in force (as the hasAdoptedProtocol loader answers), for
 * the filter. The field itself is the loader's (one statement for the page, and none when not asked for:
 * the list's own statement, which the bench measures, stays as it was).
 */
const ADOPTED_SQL = `EXISTS (SELECT 1 FROM protocols p JOIN protocol_versions v ON v.protocol_id = p.id
  WHERE p.council_id = c.id AND NOT p.is_model AND v.status = 'adopted')`;

const DB_FIELDS = { councils_slug_key: 'slug', councils_no_cycle: 'parentId' };

/** The council columns a list reads, and the names the rows carry them under. */
const COUNCIL_COLUMNS = [
  ['id', 'id'],
  ['name', 'name'],
  ['slug', 'slug'],
  ['kind', 'kind'],
  ['nation', 'nation'],
  ['parent_id', 'parentId'],
  ['next_review_due', 'nextReviewDue'],
  ['response_cut_off', 'responseCutOff'],
  ['publish_protocol', 'publishProtocol'],
  ['version', 'version'],
  ['created_at', 'createdAt'],
  ['updated_at', 'updatedAt'],
] as const;

/** A council from a raw row whose columns carry `prefix` (as the entity would hold it: cut-off as HH:MM). */
function councilFromRow(r: Record<string, unknown>, prefix: string): Council {
  const c = new Council();
  for (const [, as] of COUNCIL_COLUMNS) (c as unknown as Record<string, unknown>)[as] = r[prefix + as];
  c.responseCutOff = (c.responseCutOff as string | null)?.slice(0, 5) ?? null;
  return c;
}

export class CouncilService {
  async list(ctx: RequestContext, filter: CouncilFilter = {}, sort?: CouncilSort, offset = 0, limit = 25) {
    requirePage(offset, limit);
    const { manager } = await ctx.db();
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const where: string[] = [];
    // The caller's councils, sent once however many conditions name them.
    const scope = ctx.scope.platformAdmin ? null : param(ctx.councilIds);
    if (scope) where.push(`c.id = ANY(${scope})`);
    if (filter.search?.trim()) {
      const q = param(likePattern(filter.search));
      where.push(`(lower(c.name) LIKE ${q} ESCAPE '\\' OR c.slug LIKE ${q} ESCAPE '\\')`);
    }
    if (filter.kind) where.push(`c.kind = ${param(filter.kind)}`);
    if (filter.nation) where.push(`c.nation = ${param(filter.nation)}`);
    if (filter.parentId) where.push(`c.parent_id = ${param(requireId('filter.parentId', filter.parentId))}`);
    if (filter.ids) where.push(`c.id = ANY(${param(requireIds('filter.ids', filter.ids))})`);
    if (filter.topLevel) {
      if (ctx.scope.platformAdmin) where.push('c.parent_id IS NULL');
      else where.push(`(c.parent_id IS NULL OR NOT c.parent_id = ANY(${scope}))`);
    }
    if (filter.hasAdoptedProtocol != null) where.push(`${filter.hasAdoptedProtocol ? '' : 'NOT '}${ADOPTED_SQL}`);
    const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';

    const field = sort?.field ?? CouncilSortField.NAME;
    const dir = sort?.direction === SortDirection.DESC ? 'DESC' : 'ASC';
    const order = `${field === CouncilSortField.NAME ? 'lower(c.name)' : `c.${field}`} ${dir} NULLS LAST, c.id ASC`;
    // The page, the total (a window count), each council's number of children and its parent in one
    // statement, written out rather than built and hydrated by TypeORM (which cost more than the query).
    // The parent is joined under the same row-level security as the loader reads it (null when outside
    // the caller's scope) and primed into it, as the child counts are.
    const raw: (Record<string, unknown> & { total_count: string; child_count: string })[] = await manager.query(
      `SELECT ${COUNCIL_COLUMNS.map(([column, as]) => `c.${column} AS "${as}"`).join(', ')},
              ${COUNCIL_COLUMNS.map(([column, as]) => `p.${column} AS "p_${as}"`).join(', ')},
              count(*) OVER () AS total_count, (SELECT count(*) FROM councils k WHERE k.parent_id = c.id) AS child_count
       FROM councils c LEFT JOIN councils p ON p.id = c.parent_id
       ${whereSql} ORDER BY ${order} LIMIT ${param(limit)} OFFSET ${param(offset)}`,
      params,
    );
    const items = raw.map((r) => councilFromRow(r, ''));
    for (const [i, r] of raw.entries()) {
      const c = items[i];
      ctx.loaders.childCount.prime(c.id, Number(r.child_count));
      if (c.parentId) ctx.loaders.council.prime(c.parentId, r.p_id ? councilFromRow(r, 'p_') : null);
    }
    // Past the last page there is no row to carry the total: count it then.
    const totalCount = raw.length
      ? Number(raw[0].total_count)
      : offset > 0
        ? Number((await manager.query(`SELECT count(*) AS n FROM councils c ${whereSql}`, params.slice(0, -2)))[0].n)
        : 0;
    return { items, totalCount };
  }

  /** A council in the caller's scope, or NOT_FOUND (whether it is missing or outside their scope). */
  async get(ctx: RequestContext, id: string, field = 'id'): Promise<Council> {
    const council = await ctx.loaders.council.load(requireId(field, id));
    if (!council) throw notFound('Council', id);
    return council;
  }

  async create(ctx: RequestContext, input: CreateCouncilInput): Promise<Council> {
    const name = checkName(input.name);
    const slug = checkSlug(input.slug);
    checkReviewDate(input.nextReviewDue);
    const parentId = input.parentId ? requireId('parentId', input.parentId) : null;
    if (parentId) {
      await this.requireAllowed(ctx, 'createChild', await this.get(ctx, parentId, 'parentId'), 'forbidden.councilCreateBelow');
    } else if (!ctx.scope.platformAdmin) {
      throw badInput('parentId', msg('council.parentRequired'));
    }
    const session = await ctx.db();
    return session.atomic(async (em) => {
      const id = randomUUID();
      await session.extendScope([id]);
      try {
        await em.getRepository(Council).insert({
          id,
          name,
          slug,
          kind: input.kind,
          nation: input.nation,
          parentId,
          nextReviewDue: input.nextReviewDue ?? null,
          version: 1,
        });
      } catch (e) {
        throw mapDbError(e, DB_FIELDS);
      }
      const created = await this.reload(em, id);
      await audit(ctx, em, { councilId: id, action: 'council.create', entity: 'council', entityId: id, after: created });
      return created;
    });
  }

  async update(ctx: RequestContext, id: string, expectedVersion: number, input: UpdateCouncilInput): Promise<Council> {
    const council = await this.get(ctx, id);
    await this.requireAllowed(ctx, 'update', council, 'forbidden.councilEdit');
    const changes: Partial<Council> = {};
    if (input.name !== undefined) changes.name = checkName(input.name ?? '');
    if (input.slug !== undefined) changes.slug = checkSlug(input.slug ?? '');
    if (input.kind != null) changes.kind = input.kind;
    if (input.nation != null) changes.nation = input.nation;
    if (input.nextReviewDue !== undefined) {
      checkReviewDate(input.nextReviewDue);
      changes.nextReviewDue = input.nextReviewDue;
    }
    if (input.responseCutOff !== undefined) {
      if (input.responseCutOff !== null && !/^(0[6-9]|1\d|2[0-3]):[0-5]\d$/.test(input.responseCutOff)) {
        throw badInput('responseCutOff', msg('input.timeOfDay'));
      }
      changes.responseCutOff = input.responseCutOff;
    }
    if (input.publishProtocol != null) changes.publishProtocol = input.publishProtocol;
    if (input.parentId !== undefined && (input.parentId ?? null) !== council.parentId) {
      changes.parentId = await this.checkMove(ctx, council, input.parentId ?? null);
    }
    if (council.version !== expectedVersion) throw staleVersion('Council', council.id, expectedVersion, council.version);

    const session = await ctx.db();
    return session.atomic(async (em) => {
      let fresh: Council;
      try {
        fresh = await updateAtVersion(em, Council, 'Council', council.id, expectedVersion, changes);
      } catch (e) {
        throw mapDbError(e, DB_FIELDS);
      }
      await audit(ctx, em, { councilId: council.id, action: 'council.update', entity: 'council', entityId: council.id, before: council, after: fresh });
      ctx.loaders.council.clear(council.id);
      return fresh;
    });
  }

  async delete(ctx: RequestContext, id: string, expectedVersion: number): Promise<string> {
    const council = await this.get(ctx, id);
    await this.requireAllowed(ctx, 'delete', council, 'forbidden.councilDelete');
    if (isScopeRoot(ctx.scope, council.id, council.parentId)) {
      throw forbidden(msg('forbidden.deleteOwnCouncil', { council: council.name }));
    }
    if (council.version !== expectedVersion) throw staleVersion('Council', council.id, expectedVersion, council.version);
    const session = await ctx.db();
    return session.atomic(async (em) => {
      const [use] = await em.query(
        `SELECT (SELECT count(*) FROM councils WHERE parent_id = $1)::int AS children,
                (SELECT count(*) FROM memberships WHERE council_id = $1)::int AS members,
                (SELECT count(*) FROM api_keys WHERE council_id = $1)::int AS keys`,
        [council.id],
      );
      const held = [
        use.children ? msg('council.heldChildren', { count: use.children }) : null,
        use.members ? msg('council.heldMembers', { count: use.members }) : null,
        use.keys ? msg('council.heldKeys', { count: use.keys }) : null,
      ].filter((h) => h !== null);
      if (held.length) throw conflict(msg('council.notEmpty', { council: council.name, held }), { id: council.id });
      const { affected } = await em
        .createQueryBuilder()
        .delete()
        .from(Council)
        .where('id = :id AND version = :expectedVersion', { id: council.id, expectedVersion })
        .execute();
      if (!affected) throw staleVersion('Council', council.id, expectedVersion, (await this.reload(em, council.id)).version);
      await audit(ctx, em, { councilId: council.id, action: 'council.delete', entity: 'council', entityId: council.id, before: council });
      ctx.loaders.council.clear(council.id);
      return council.id;
    });
  }

  /** FORBIDDEN when the caller sees the council but their role does not allow the action. */
  private async requireAllowed(
    ctx: RequestContext,
    action: Action,
    council: Council,
    refusal: 'forbidden.councilCreateBelow' | 'forbidden.councilEdit' | 'forbidden.councilDelete' | 'forbidden.councilMove',
  ) {
    if (!can(ctx.scope, action, council.id)) {
      throw forbidden(ctx.scope.readOnly ? msg('forbidden.readOnly') : msg(refusal, { council: council.name }));
    }
  }

  /** Validates a change of parent; returns the new parent id. */
  private async checkMove(ctx: RequestContext, council: Council, newParentId: string | null): Promise<string | null> {
    await this.requireAllowed(ctx, 'move', council, 'forbidden.councilMove');
    if (isScopeRoot(ctx.scope, council.id, council.parentId)) {
      throw forbidden(msg('forbidden.moveOwnCouncil', { council: council.name }));
    }
    if (newParentId === null) {
      if (!ctx.scope.platformAdmin) throw forbidden(msg('forbidden.topLevel'));
      return null;
    }
    const parent = await this.get(ctx, newParentId, 'parentId');
    if (!inScope(ctx.scope, parent.id) || !can(ctx.scope, 'createChild', parent.id)) {
      throw forbidden(msg('forbidden.placeBelow', { council: parent.name }));
    }
    const { manager } = await ctx.db();
    const chain: { id: string; parent_id: string | null }[] = await manager.query(
      `WITH RECURSIVE up(id, parent_id, depth) AS (
         SELECT id, parent_id, 0 FROM councils WHERE id = $1
         UNION ALL
         SELECT c.id, c.parent_id, up.depth + 1 FROM councils c JOIN up ON c.id = up.parent_id WHERE up.depth < 1000
       ) SELECT id, parent_id FROM up`,
      [parent.id],
    );
    const parentOf = new Map(chain.map((r) => [r.id, r.parent_id]));
    if (wouldCycle(council.id, parent.id, (id) => parentOf.get(id))) {
      throw badInput('parentId', msg('council.cycle', { council: council.name, parent: parent.name }));
    }
    return parent.id;
  }

  private async reload(em: EntityManager, id: string): Promise<Council> {
    return em.getRepository(Council).findOneByOrFail({ id });
  }
}

function checkName(name: string): string {
  if (nameProblem(name)) {
    const n = name.trim().length;
    throw badInput('name', n === 0 ? msg('input.notEmpty') : msg('input.lengthMaxGot', { max: NAME_MAX, length: n }));
  }
  return name.trim();
}

function checkSlug(slug: string): string {
  if (slugProblem(slug)) {
    throw badInput('slug', slug.length < 2 || slug.length > 63 ? msg('input.lengthRangeLong', { min: 2, max: 63 }) : msg('input.slugCharacters'));
  }
  return slug;
}

function checkReviewDate(date: string | null | undefined) {
  if (date != null && !isLocalDate(date)) throw badInput('nextReviewDue', msg('input.date'));
}
