import DataLoader from 'dataloader';
import { Council } from '../councils/council.entity';
import { User } from '../users/user.entity';
import { Membership } from '../users/membership.entity';
import type { RequestContext } from './context';
import { visibleUsersWhere } from '../users/user.visibility';
import { ProtocolClause, ProtocolItem, ProtocolVersion } from '../protocols/protocol.entities';
import { CaseEvent, Reminder } from '../cases/case.entity';

/** Per-request batch loaders: one query per field per request, never one per row. */
export function createLoaders(ctx: RequestContext) {
  const manager = async () => (await ctx.db()).manager;

  return {
    /** A case's timeline, oldest first. */
    eventsOfCase: new DataLoader<string, CaseEvent[]>(async (caseIds) => {
      const rows = await (await manager()).getRepository(CaseEvent).createQueryBuilder('e')
        .where('e.case_id = ANY(:ids)', { ids: [...caseIds] })
        .orderBy('e.at')
        .addOrderBy('e.id')
        .getMany();
      return caseIds.map((id) => rows.filter((r) => r.caseId === id));
    }),

    /** A case's reminders, in the order they are (or were) due. */
    remindersOfCase: new DataLoader<string, Reminder[]>(async (caseIds) => {
      const rows = await (await manager()).getRepository(Reminder).createQueryBuilder('r')
        .where('r.case_id = ANY(:ids)', { ids: [...caseIds] })
        .orderBy('r.send_at')
        .addOrderBy('r.id')
        .getMany();
      return caseIds.map((id) => rows.filter((r) => r.caseId === id));
    }),

    /** Councils by id; null when the council is not in the caller's scope (row-level security hides it). */
    council: new DataLoader<string, Council | null>(async (ids) => {
      const rows = await (await manager()).getRepository(Council).createQueryBuilder('c')
        .where('c.id = ANY(:ids)', { ids: [...ids] })
        .getMany();
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),

    /** Child councils by parent id, ordered by name. */
    children: new DataLoader<string, Council[]>(async (parentIds) => {
      const rows = await (await manager()).getRepository(Council).createQueryBuilder('c')
        .where('c.parent_id = ANY(:ids)', { ids: [...parentIds] })
        .orderBy('lower(c.name)')
        .addOrderBy('c.id')
        .getMany();
      return parentIds.map((id) => rows.filter((r) => r.parentId === id));
    }),

    childCount: new DataLoader<string, number>(async (parentIds) => {
      const rows: { parent_id: string; n: string }[] = await (await manager()).query(
        'SELECT parent_id, count(*) AS n FROM councils WHERE parent_id = ANY($1) GROUP BY parent_id',
        [[...parentIds]],
      );
      const byId = new Map(rows.map((r) => [r.parent_id, Number(r.n)]));
      return parentIds.map((id) => byId.get(id) ?? 0);
    }),

    /** Whether a council has an adopted protocol in force (its own, not a model): one statement for every council asked about. */
    hasAdoptedProtocol: new DataLoader<string, boolean>(async (councilIds) => {
      const rows: { council_id: string }[] = await (await manager()).query(
        `SELECT DISTINCT p.council_id FROM protocols p JOIN protocol_versions v ON v.protocol_id = p.id
         WHERE p.council_id = ANY($1) AND NOT p.is_model AND v.status = 'adopted'`,
        [[...councilIds]],
      );
      const adopted = new Set(rows.map((r) => r.council_id));
      return councilIds.map((id) => adopted.has(id));
    }),

    /** Users by id; null when the caller may not see that person. */
    user: new DataLoader<string, User | null>(async (ids) => {
      const qb = (await manager()).getRepository(User).createQueryBuilder('u').where('u.id = ANY(:ids)', { ids: [...ids] });
      visibleUsersWhere(ctx, qb, 'u');
      const rows = await qb.getMany();
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),

    /** A user's memberships at councils in the caller's scope. */
    membershipsOfUser: new DataLoader<string, Membership[]>(async (userIds) => {
      const rows = await (await manager()).getRepository(Membership).createQueryBuilder('m')
        .where('m.user_id = ANY(:ids)', { ids: [...userIds] })
        .orderBy('m.created_at')
        .getMany();
      return userIds.map((id) => rows.filter((r) => r.userId === id));
    }),

    /** A protocol's versions, newest first. */
    versionsOfProtocol: new DataLoader<string, ProtocolVersion[]>(async (ids) => {
      const rows = await (await manager()).getRepository(ProtocolVersion).createQueryBuilder('v')
        .where('v.protocol_id = ANY(:ids)', { ids: [...ids] })
        .orderBy('v.number', 'DESC')
        .getMany();
      return ids.map((id) => rows.filter((r) => r.protocolId === id));
    }),

    /** A version's clauses in order. */
    clausesOfVersion: new DataLoader<string, ProtocolClause[]>(async (ids) => {
      const rows = await (await manager()).getRepository(ProtocolClause).createQueryBuilder('c')
        .where('c.version_id = ANY(:ids)', { ids: [...ids] })
        .orderBy('c.position')
        .getMany();
      return ids.map((id) => rows.filter((r) => r.versionId === id));
    }),

    /** A version's rules (every section), in order within each section. */
    itemsOfVersion: new DataLoader<string, ProtocolItem[]>(async (ids) => {
      const rows = await (await manager()).getRepository(ProtocolItem).createQueryBuilder('i')
        .where('i.version_id = ANY(:ids)', { ids: [...ids] })
        .orderBy('i.section')
        .addOrderBy('i.position')
        .getMany();
      return ids.map((id) => rows.filter((r) => r.versionId === id));
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
