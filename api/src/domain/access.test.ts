import { can, grantableRoles, isScopeRoot, strongerRole, type Action, type MembershipRole, type Scope } from './access';

const scope = (roles: [string, MembershipRole][], extra: Partial<Scope> = {}): Scope => ({
  platformAdmin: false,
  readOnly: false,
  roles: new Map(roles),
  ...extra,
});

const mo = scope([['torfaen', 'monitoring_officer'], ['cwmbran', 'monitoring_officer']]);
const clerk = scope([['cwmbran', 'clerk']]);
const viewer = scope([['cwmbran', 'viewer']]);
const apiKey = scope([['cwmbran', 'viewer']], { readOnly: true });
const admin = scope([], { platformAdmin: true });

describe('can', () => {
  const table: [string, Scope, Action, string, boolean][] = [
    ['clerk reads own council', clerk, 'read', 'cwmbran', true],
    ['clerk edits own council', clerk, 'update', 'cwmbran', true],
    ['clerk cannot move own council', clerk, 'move', 'cwmbran', false],
    ['clerk cannot create below', clerk, 'createChild', 'cwmbran', false],
    ['clerk manages members', clerk, 'manageMembers', 'cwmbran', true],
    ['clerk cannot touch another council', clerk, 'read', 'glanmor', false],
    ['viewer reads', viewer, 'read', 'cwmbran', true],
    ['viewer cannot edit', viewer, 'update', 'cwmbran', false],
    ['viewer cannot manage keys', viewer, 'manageApiKeys', 'cwmbran', false],
    ['API key reads', apiKey, 'read', 'cwmbran', true],
    ['API key never writes', apiKey, 'update', 'cwmbran', false],
    ['MO creates below a council in their tree', mo, 'createChild', 'cwmbran', true],
    ['MO deletes in their tree', mo, 'delete', 'cwmbran', true],
    ['MO has nothing outside their tree', mo, 'read', 'glanmor', false],
    ['platform admin anywhere', admin, 'delete', 'anything', true],
    ['read-only platform scope still cannot write', { ...admin, readOnly: true }, 'update', 'x', false],
  ];
  test.each(table)('%s', (_name, s, action, council, expected) => {
    expect(can(s, action, council)).toBe(expected);
  });
});

describe('grantableRoles', () => {
  test.each([
    ['clerk grants clerk and viewer at own council', clerk, 'cwmbran', ['clerk', 'viewer']],
    ['clerk grants nothing elsewhere', clerk, 'glanmor', []],
    ['viewer grants nothing', viewer, 'cwmbran', []],
    ['MO grants every role in the tree', mo, 'cwmbran', ['monitoring_officer', 'clerk', 'viewer']],
    ['API key grants nothing', apiKey, 'cwmbran', []],
  ] as const)('%s', (_name, s, council, expected) => {
    expect(grantableRoles(s, council)).toEqual(expected);
  });
});

describe('isScopeRoot', () => {
  test.each([
    ['the MO\'s own council (no parent)', mo, 'torfaen', null, true],
    ['a council below it', mo, 'cwmbran', 'torfaen', false],
    ['a clerk\'s council, parent out of scope', clerk, 'cwmbran', 'torfaen', true],
    ['platform admin has no root', admin, 'torfaen', null, false],
  ] as const)('%s', (_name, s, id, parent, expected) => {
    expect(isScopeRoot(s, id, parent)).toBe(expected);
  });
});

test('strongerRole', () => {
  expect(strongerRole('viewer', 'clerk')).toBe('clerk');
  expect(strongerRole('monitoring_officer', 'clerk')).toBe('monitoring_officer');
  expect(strongerRole('viewer', 'viewer')).toBe('viewer');
});
