import type { RequestContext } from '../common/context';
import { findInScope } from '../common/records';
import { audit } from '../audit/audit';
import { forbidden } from '../common/errors';
import { requireId, requirePage } from '../common/inputs';
import { can } from '../domain/access';
import { confidentialReach } from '../domain/casework';
import { Notification } from './notification.entity';
import type { NotificationFilter } from './notification.inputs';
import { msg } from '../common/messages';

export class NotificationService {
  async list(ctx: RequestContext, filter: Partial<NotificationFilter> = {}, offset = 0, limit = 25) {
    requirePage(offset, limit);
    const { manager } = await ctx.db();
    const qb = manager.getRepository(Notification).createQueryBuilder('n');
    if (!ctx.scope.platformAdmin) qb.andWhere('n.council_id = ANY(:scope)', { scope: ctx.councilIds });
    // A notification about a case goes with the case: where the caller reads public cases only, only those (its subject and body quote the case).
    const reach = confidentialReach(ctx.scope);
    if (reach) {
      qb.andWhere(`(n.case_id IS NULL OR n.council_id = ANY(:reach) OR EXISTS (SELECT 1 FROM cases k WHERE k.id = n.case_id AND k.classification = 'public'))`, { reach });
    }
    if (filter.councilId) qb.andWhere('n.council_id = :c', { c: requireId('filter.councilId', filter.councilId) });
    if (filter.unreadOnly) qb.andWhere('n.read_at IS NULL');
    qb.orderBy('n.created_at', 'DESC').addOrderBy('n.id', 'ASC');
    const [items, totalCount] = await qb.offset(offset).limit(limit).getManyAndCount();
    return { items, totalCount };
  }

  async markRead(ctx: RequestContext, id: string): Promise<Notification> {
    const n = await findInScope(ctx, Notification, 'Notification', id);
    if (!can(ctx.scope, 'update', n.councilId)) throw forbidden(msg('forbidden.notifications'));
    const session = await ctx.db();
    return session.atomic(async (em) => {
      await em.query('UPDATE notifications SET read_at = coalesce(read_at, now()) WHERE id = $1', [n.id]);
      const fresh = await em.getRepository(Notification).findOneByOrFail({ id: n.id });
      if (!n.readAt) await audit(ctx, em, { councilId: n.councilId, action: 'notification.read', entity: 'notification', entityId: n.id, after: { readAt: fresh.readAt } });
      return fresh;
    });
  }
}
