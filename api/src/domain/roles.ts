/**
 * Roles that are kinds of other roles. A protocol that gives something to "Members" gives it to the
 * Chairman, the Leader, a Cabinet member and a ward member too: each is a Member. One that binds
 * "officers" binds the Clerk and the Deputy Clerk. Pure: built-in parents, plus the protocol's own
 * statement of each role's kind (a role the protocol lists as a member is a Member).
 */
import { ROLE_KEYS, type BuiltInRoleKey, type Role, type RoleKey, type RoleKind } from './protocol';

/** The role each built-in role is a kind of (one step; follow it for the whole line). */
export const ROLE_PARENT: Partial<Record<BuiltInRoleKey, BuiltInRoleKey>> = {
  ward_member: 'member',
  chairman: 'member',
  vice_chairman: 'member',
  mayor: 'member',
  deputy_mayor: 'member',
  leader: 'cabinet_member',
  deputy_leader: 'cabinet_member',
  cabinet_member: 'member',
  committee_chair: 'member',
  group_leader: 'member',
  clerk: 'officer',
  deputy_clerk: 'officer',
  chief_executive: 'officer',
  deputy_chief_executive: 'officer',
  monitoring_officer: 'officer',
  section_151_officer: 'officer',
  director: 'officer',
  head_of_service: 'officer',
  service_manager: 'officer',
  team_leader: 'officer',
  line_manager: 'officer',
  case_officer: 'officer',
  democratic_services: 'officer',
  democratic_services_manager: 'officer',
  planning_manager: 'officer',
  communications_officer: 'officer',
  hr_officer: 'officer',
};

/** The general role that stands for every role of a kind. */
const GENERAL: Partial<Record<RoleKind, RoleKey>> = { member: 'member', officer: 'officer' };

export const isBuiltInRole = (key: string): key is BuiltInRoleKey => (ROLE_KEYS as readonly string[]).includes(key);

/** The built-in role a protocol role is tagged with: its `builtIn`, or its key when that is a built-in key. */
export function builtInOf(key: RoleKey, protocolRoles: readonly Pick<Role, 'key' | 'builtIn'>[] = []): BuiltInRoleKey | null {
  const own = protocolRoles.find((p) => p.key === key)?.builtIn;
  return own ?? (isBuiltInRole(key) ? key : null);
}

/**
 * The roles this one is, nearest first, itself included: ['leader', 'cabinet_member', 'member'].
 * A council's own role tagged with a built-in one is that one too (`executive_head` tagged `director`
 * is a director, so an officer). A protocol role of kind member or officer is also a Member or an
 * officer, whatever its key.
 */
export function rolesItIs(role: RoleKey, protocolRoles: readonly Pick<Role, 'key' | 'kind' | 'builtIn'>[] = []): RoleKey[] {
  const line: RoleKey[] = [role];
  for (let r: BuiltInRoleKey | null | undefined = builtInOf(role, protocolRoles); r; r = ROLE_PARENT[r]) if (!line.includes(r)) line.push(r);
  const kind = protocolRoles.find((p) => p.key === role)?.kind;
  const general = kind ? GENERAL[kind] : undefined;
  if (general && !line.includes(general)) line.push(general);
  return line;
}

/** Whether `role` is `wanted` or a kind of it. */
export function isA(role: RoleKey, wanted: RoleKey, protocolRoles: readonly Pick<Role, 'key' | 'kind' | 'builtIn'>[] = []): boolean {
  return rolesItIs(role, protocolRoles).includes(wanted);
}
