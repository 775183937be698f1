/**
 * Pure access decisions: who may do what to which council. No I/O; the API's
 * services call these with the caller's scope, which Postgres computed from
 * memberships and the council tree (see accord_user_scope in the migrations).
 */

export const MEMBERSHIP_ROLES = ['monitoring_officer', 'clerk', 'viewer'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

const rank: Record<MembershipRole, number> = { monitoring_officer: 3, clerk: 2, viewer: 1 };

/** The stronger of two roles. */
export const strongerRole = (a: MembershipRole, b: MembershipRole): MembershipRole => (rank[a] >= rank[b] ? a : b);

export interface Scope {
  /** Platform admins see and change everything. */
  platformAdmin: boolean;
  /** API keys read only. */
  readOnly: boolean;
  /** Effective role per council in scope (a monitoring officer's role reaches every council below theirs). */
  roles: ReadonlyMap<string, MembershipRole>;
}

export type Action =
  | 'read'
  | 'update' // edit a council's own details
  | 'move' // change a council's parent
  | 'createChild' // create a council below this one
  | 'delete'
  | 'manageMembers'
  | 'manageApiKeys';

/** The roles (at the council in question) that allow an action. */
const allowed: Record<Action, readonly MembershipRole[]> = {
  read: ['monitoring_officer', 'clerk', 'viewer'],
  update: ['monitoring_officer', 'clerk'],
  move: ['monitoring_officer'],
  createChild: ['monitoring_officer'],
  delete: ['monitoring_officer'],
  manageMembers: ['monitoring_officer', 'clerk'],
  manageApiKeys: ['monitoring_officer', 'clerk'],
};

export function roleAt(scope: Scope, councilId: string): MembershipRole | null {
  return scope.roles.get(councilId) ?? null;
}

export function inScope(scope: Scope, councilId: string): boolean {
  return scope.platformAdmin || scope.roles.has(councilId);
}

/** May the caller do `action` at `councilId`? */
export function can(scope: Scope, action: Action, councilId: string): boolean {
  if (scope.readOnly && action !== 'read') return false;
  if (scope.platformAdmin) return true;
  const role = roleAt(scope, councilId);
  return role !== null && allowed[action].includes(role);
}

/**
 * Which membership roles may the caller grant at a council? A clerk may add
 * clerks and viewers to their own council; a monitoring officer any role in
 * their tree; a platform admin anything.
 */
export function grantableRoles(scope: Scope, councilId: string): MembershipRole[] {
  if (scope.readOnly) return [];
  if (scope.platformAdmin) return [...MEMBERSHIP_ROLES];
  const role = roleAt(scope, councilId);
  if (role === 'monitoring_officer') return [...MEMBERSHIP_ROLES];
  if (role === 'clerk') return ['clerk', 'viewer'];
  return [];
}

/**
 * May the caller delete or move council `councilId`? Not the council their own
 * monitoring-officer membership hangs from (that would move it out of their own
 * reach), unless they are a platform admin.
 */
export function isScopeRoot(scope: Scope, councilId: string, parentId: string | null): boolean {
  if (scope.platformAdmin) return false;
  return parentId === null || !scope.roles.has(parentId);
}
