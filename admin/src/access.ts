import type { Role } from './types';

/**
 * What the signed-in person may do, mirroring the API's rules so the UI can hide
 * what would be refused. The API stays the authority: this only decides what to show.
 */
export interface Access {
  platformAdmin: boolean;
  userId: string | null;
  /** Effective role per council in scope: a monitoring officer's role reaches every council below theirs. */
  roles: ReadonlyMap<string, Role>;
}

const MANAGE: readonly Role[] = ['MONITORING_OFFICER', 'CLERK'];
const OFFICER: readonly Role[] = ['MONITORING_OFFICER'];

type AnyRecord = Record<string, unknown>;

/**
 * authProvider.canAccess: react-admin asks with actions list, create, edit, delete,
 * with the record when there is one; without a council to judge by, the answer is
 * whether the action is possible anywhere. `move` is ours: may the council's parent change.
 */
export function can(access: Access, resource: string, action: string, record?: AnyRecord): boolean {
  if (access.platformAdmin) return true;
  if (action === 'list' || action === 'show') return true;

  const roleAt = (councilId: unknown) => access.roles.get(String(councilId));
  /** At the council, or anywhere when there is no council to judge by. */
  const at = (councilId: unknown, allowed: readonly Role[]) => {
    if (councilId == null) return [...access.roles.values()].some((r) => allowed.includes(r));
    const role = roleAt(councilId);
    return role !== undefined && allowed.includes(role);
  };

  switch (`${resource}.${action}`) {
    case 'councils.create':
      return at(record?.parentId, OFFICER);
    case 'councils.edit':
      return at(record?.id, MANAGE);
    case 'councils.move':
    case 'councils.delete':
      // Not the council one's own role hangs from: that would take it out of one's reach.
      return at(record?.id, OFFICER) && (!record || roleAt(record.parentId) !== undefined);
    case 'users.create':
    case 'apiKeys.create':
      return at(record?.councilId, MANAGE);
    case 'users.edit':
      // Everyone may edit their own account.
      return !record || record.id === access.userId || at(undefined, MANAGE);
    case 'memberships.delete':
      // One's own membership is removed by someone else.
      return record?.userId !== access.userId && at(record?.councilId, MANAGE);
    case 'memberships.create':
    case 'apiKeys.delete':
    case 'notifications.edit':
    case 'cases.create':
    case 'cases.edit':
    case 'reviewTasks.edit':
      return at(record?.councilId, MANAGE);
    default:
      return false;
  }
}
