import { randomUUID } from 'node:crypto';
import { findInScope } from '../common/records';
import { audit } from '../audit/audit';
import type { RequestContext } from '../common/context';
import { badInput, conflict, forbidden } from '../common/errors';
import { isLocalDate } from '../common/scalars';
import { requireInCalendar } from '../common/inputs';
import { can } from '../domain/access';
import { CouncilService } from './council.service';
import { CouncilClosure } from './closure.entity';
import { msg } from '../common/messages';

/** A council's own closure days (e.g. between Christmas and New Year), which its deadlines skip. */
export class ClosureService {
  private readonly councils = new CouncilService();

  async list(ctx: RequestContext, councilId: string, from?: string | null, to?: string | null): Promise<CouncilClosure[]> {
    const council = await this.councils.get(ctx, councilId, 'councilId');
    for (const [field, v] of [['from', from], ['to', to]] as const) if (v != null && !isLocalDate(v)) throw badInput(field, msg('input.date'));
    const { manager } = await ctx.db();
    const qb = manager.getRepository(CouncilClosure).createQueryBuilder('d').where('d.council_id = :c', { c: council.id });
    if (from) qb.andWhere('d.date >= :from', { from });
    if (to) qb.andWhere('d.date <= :to', { to });
    return qb.orderBy('d.date').getMany();
  }

  async add(ctx: RequestContext, councilId: string, date: string, reason: string): Promise<CouncilClosure> {
    const council = await this.councils.get(ctx, councilId, 'councilId');
    if (!can(ctx.scope, 'update', council.id)) throw forbidden(msg('forbidden.closures', { council: council.name }));
    if (!isLocalDate(date)) throw badInput('date', msg('input.date'));
    requireInCalendar('date', new Date(`${date}T12:00:00Z`)); // a closure in a year the working-day calendar does not count is meaningless
    if (reason.length > 200) throw badInput('reason', msg('input.lengthMax', { max: 200 }));
    const session = await ctx.db();
    return session.atomic(async (em) => {
      const id = randomUUID();
      try {
        await em.getRepository(CouncilClosure).insert({ id, councilId: council.id, date, reason: reason.trim() });
      } catch (e) {
        if ((e as { driverError?: { code?: string } }).driverError?.code === '23505') throw conflict(msg('closure.taken', { date }), { field: 'date' });
        throw e;
      }
      const created = await em.getRepository(CouncilClosure).findOneByOrFail({ id });
      await audit(ctx, em, { councilId: council.id, action: 'closure.add', entity: 'closure', entityId: id, after: created });
      return created;
    });
  }

  async remove(ctx: RequestContext, id: string): Promise<string> {
    const closure = await findInScope(ctx, CouncilClosure, 'Closure day', id);
    if (!can(ctx.scope, 'update', closure.councilId)) throw forbidden(msg('forbidden.closuresHere'));
    await (await ctx.db()).atomic(async (em) => {
      await em.getRepository(CouncilClosure).delete({ id: closure.id });
      await audit(ctx, em, { councilId: closure.councilId, action: 'closure.remove', entity: 'closure', entityId: closure.id, before: closure });
    });
    return closure.id;
  }
}
