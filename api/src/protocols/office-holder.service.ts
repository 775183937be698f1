import { randomUUID } from 'node:crypto';
import { findInScope } from '../common/records';
import { deleteAtVersion, updateAtVersion } from '../common/versioned';
import { audit } from '../audit/audit';
import type { RequestContext } from '../common/context';
import { badInput, forbidden, staleVersion } from '../common/errors';
import { isLocalDate } from '../common/scalars';
import { requireId } from '../common/inputs';
import { localDate } from '../reviews/review-sweep';
import { can } from '../domain/access';
import { VOCABULARY_KEY } from '../domain/protocol';
import { isBuiltInRole } from '../domain/roles';
import { CouncilService } from '../councils/council.service';
import { OfficeHolder } from './protocol.entities';
import type { OfficeHolderInput } from './office-holder.inputs';
import { msg } from '../common/messages';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Who holds which role at a council: kept by its clerk or monitoring officer, read by routes and the worker. */
export class OfficeHolderService {
  private readonly councils = new CouncilService();

  /** A council's office holders; `current`: only those in office today (UK time). */
  async list(ctx: RequestContext, councilId: string, current: boolean): Promise<OfficeHolder[]> {
    const id = requireId('councilId', councilId);
    const all = await ctx.cached(id, 'officeHolders', async () => {
      const council = await this.councils.get(ctx, id, 'councilId');
      const { manager } = await ctx.db();
      return manager
        .getRepository(OfficeHolder)
        .createQueryBuilder('h')
        .where('h.council_id = :c', { c: council.id })
        .orderBy('h.role_key')
        .addOrderBy('h.deputy')
        .addOrderBy('h.name')
        .getMany();
    });
    if (!current) return all;
    const today = localDate(ctx.config.worker.sweepTimezone);
    return all.filter((h) => (h.fromDate === null || h.fromDate <= today) && (h.toDate === null || h.toDate >= today));
  }

  async add(ctx: RequestContext, councilId: string, input: OfficeHolderInput): Promise<OfficeHolder> {
    const council = await this.councils.get(ctx, councilId, 'councilId');
    this.requireEdit(ctx, council.id);
    const values = check(input);
    await this.requireRole(ctx, council.id, values.roleKey);
    const session = await ctx.db();
    return session.atomic(async (em) => {
      const id = randomUUID();
      await em.getRepository(OfficeHolder).insert({ id, councilId: council.id, ...values, version: 1 });
      const created = await em.getRepository(OfficeHolder).findOneByOrFail({ id });
      await audit(ctx, em, { councilId: council.id, action: 'office_holder.add', entity: 'office_holder', entityId: id, after: created });
      return created;
    });
  }

  async update(ctx: RequestContext, id: string, expectedVersion: number, input: OfficeHolderInput): Promise<OfficeHolder> {
    const holder = await this.get(ctx, id);
    this.requireEdit(ctx, holder.councilId);
    const values = check(input);
    await this.requireRole(ctx, holder.councilId, values.roleKey);
    if (holder.version !== expectedVersion) throw staleVersion('Office holder', holder.id, expectedVersion, holder.version);
    const session = await ctx.db();
    return session.atomic(async (em) => {
      const fresh = await updateAtVersion(em, OfficeHolder, 'Office holder', holder.id, expectedVersion, values);
      await audit(ctx, em, { councilId: holder.councilId, action: 'office_holder.update', entity: 'office_holder', entityId: holder.id, before: holder, after: fresh });
      return fresh;
    });
  }

  async remove(ctx: RequestContext, id: string, expectedVersion: number): Promise<string> {
    const holder = await this.get(ctx, id);
    this.requireEdit(ctx, holder.councilId);
    if (holder.version !== expectedVersion) throw staleVersion('Office holder', holder.id, expectedVersion, holder.version);
    await (await ctx.db()).atomic(async (em) => {
      await deleteAtVersion(em, OfficeHolder, 'Office holder', holder.id, expectedVersion);
      await audit(ctx, em, { councilId: holder.councilId, action: 'office_holder.remove', entity: 'office_holder', entityId: holder.id, before: holder });
    });
    return holder.id;
  }

  private async get(ctx: RequestContext, id: string): Promise<OfficeHolder> {
    const holder = await findInScope(ctx, OfficeHolder, 'Office holder', id);
    return holder;
  }

  /**
   * A role key of the council's protocol (any of its versions: a role a draft adds can be filled
   * before adoption), or a built-in one: the council's own roles are not a closed list (format v2).
   */
  private async requireRole(ctx: RequestContext, councilId: string, roleKey: string) {
    if (isBuiltInRole(roleKey)) return;
    const { manager } = await ctx.db();
    const [found] = await manager.query(
      `SELECT 1 FROM protocol_items i JOIN protocols p ON p.id = (SELECT protocol_id FROM protocol_versions v WHERE v.id = i.version_id)
        WHERE p.council_id = $1 AND NOT p.is_model AND i.section = 'role' AND i.key = $2 LIMIT 1`,
      [councilId, roleKey],
    );
    if (!found) throw badInput('roleKey', msg('input.notProtocolRole', { value: roleKey }));
  }

  private requireEdit(ctx: RequestContext, councilId: string) {
    if (!can(ctx.scope, 'update', councilId)) throw forbidden(ctx.scope.readOnly ? msg('forbidden.readOnly') : msg('forbidden.officeHolders'));
  }
}

function check(input: OfficeHolderInput) {
  const roleKey = input.roleKey.trim().toLowerCase();
  if (!VOCABULARY_KEY.test(roleKey)) throw badInput('roleKey', msg('input.roleKey', { example: 'clerk' }));
  const name = input.name.trim();
  if (name.length < 1 || name.length > 200) throw badInput('name', msg('input.lengthRange', { min: 1, max: 200 }));
  const email = input.email?.trim().toLowerCase() || null;
  if (email && (!EMAIL.test(email) || email.length > 254)) throw badInput('email', msg('input.email'));
  for (const f of ['fromDate', 'toDate'] as const) {
    if (input[f] != null && !isLocalDate(input[f]!)) throw badInput(f, msg('input.date'));
  }
  if (input.fromDate && input.toDate && input.toDate < input.fromDate) throw badInput('toDate', msg('input.notBefore', { other: 'fromDate' }));
  return {
    roleKey,
    name,
    email,
    phone: input.phone?.trim() || null,
    deputy: input.deputy ?? false,
    fromDate: input.fromDate ?? null,
    toDate: input.toDate ?? null,
  };
}
