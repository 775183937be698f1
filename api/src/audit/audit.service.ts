import type { RequestContext } from '../common/context';
import { requireId, requirePage } from '../common/inputs';
import { confidentialReach } from '../domain/casework';
import { CouncilService } from '../councils/council.service';
import { AuditEntry } from './audit.entity';

/**
 * Entries about a case (its opening, changes, moves and notes: entity 'case') that a
 * caller without confidential reach at the council may see: the case is public now and
 * neither snapshot was taken while it was not. Others are withheld, not redacted, so a
 * viewer or API key learns nothing of a confidential case from the log, not even that
 * it changed. The row-level policy audit_log_confidential says the same.
 */
export const PUBLIC_CASE_AUDIT_SQL = (a: string) =>
  `(${a}.entity <> 'case' OR (coalesce(${a}.before ->> 'classification', 'public') = 'public'
     AND coalesce(${a}.after ->> 'classification', 'public') = 'public'
     AND EXISTS (SELECT 1 FROM cases k WHERE k.id = ${a}.entity_id AND k.classification = 'public')))`;

export class AuditService {
  private readonly councils = new CouncilService();

  /** A council's audit log, newest first (optionally for one record). */
  async list(ctx: RequestContext, councilId: string, entityId?: string | null, offset = 0, limit = 25): Promise<{ items: AuditEntry[]; totalCount: number }> {
    requirePage(offset, limit);
    const council = await this.councils.get(ctx, councilId, 'councilId');
    const { manager } = await ctx.db();
    const qb = manager.getRepository(AuditEntry).createQueryBuilder('a').where('a.council_id = :c', { c: council.id });
    if (entityId) qb.andWhere('a.entity_id = :e', { e: requireId('entityId', entityId) });
    const reach = confidentialReach(ctx.scope);
    if (reach && !reach.includes(council.id)) qb.andWhere(PUBLIC_CASE_AUDIT_SQL('a'));
    const [items, totalCount] = await qb.orderBy('a.at', 'DESC').addOrderBy('a.id').offset(offset).limit(limit).getManyAndCount();
    return { items, totalCount };
  }
}
