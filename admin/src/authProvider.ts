import type { AuthProvider } from 'react-admin';
import { can, effectiveRoles, type Access } from './access';
import { graphql, isApiError, session } from './graphql';
import type { Permissions, Role } from './types';

const SIGN_IN = `mutation SignIn($email: String!, $password: String!) {
  signIn(email: $email, password: $password) { token expiresAt }
}`;

const ME = `query Me {
  me { platformAdmin user { id displayName locale } memberships { councilId role } }
}`;

/** Every council in the caller's scope with its parent: what effective roles are worked out from. */
const SCOPE = `query Scope($offset: Int!, $limit: Int!) {
  councils(offset: $offset, limit: $limit) { items { id parentId } totalCount }
}`;
const SCOPE_PAGE = 200;

interface Me {
  platformAdmin: boolean;
  user: { id: string; displayName: string; locale: string } | null;
  memberships: { councilId: string; role: Role }[];
}

async function loadAccess(me: Me): Promise<Access> {
  const userId = me.user?.id ?? null;
  if (me.platformAdmin) return { platformAdmin: true, userId, roles: new Map() };
  const parentOf = new Map<string, string | null>();
  for (let offset = 0, total = 1; offset < total; offset += SCOPE_PAGE) {
    const { councils } = await graphql<{ councils: { items: { id: string; parentId: string | null }[]; totalCount: number } }>(
      SCOPE,
      { offset, limit: SCOPE_PAGE },
    );
    for (const c of councils.items) parentOf.set(c.id, c.parentId);
    total = councils.totalCount;
  }
  return { platformAdmin: false, userId, roles: effectiveRoles(me.memberships, parentOf) };
}

/** The signed-in person and their access, fetched once per token. */
let cached: { token: string; me: Promise<Me>; access?: Promise<Access> } | null = null;

function current() {
  const token = session.token() ?? '';
  if (cached?.token !== token) {
    const me = graphql<{ me: Me }>(ME).then((d) => d.me);
    cached = { token, me };
    me.catch(() => {
      if (cached?.me === me) cached = null;
    });
  }
  return cached;
}

const me = () => current().me;

/** Councils were created, moved or deleted: work the effective roles out again when next asked. */
export function forgetAccess() {
  if (cached) cached.access = undefined;
}

function access(): Promise<Access> {
  const entry = current();
  entry.access ??= entry.me.then(loadAccess);
  entry.access.catch(() => {
    if (cached === entry) cached = null;
  });
  return entry.access;
}

export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    const { signIn } = await graphql<{ signIn: { token: string; expiresAt: string } }>(SIGN_IN, {
      email: username.trim(),
      password,
    });
    session.save(signIn.token, signIn.expiresAt);
    cached = null;
  },

  async logout() {
    session.clear();
    cached = null;
  },

  async checkAuth() {
    if (session.isValid()) return;
    const hadToken = session.token() !== null;
    session.clear();
    // Somebody arriving for the first time needs no error, just the sign-in page.
    throw { message: hadToken ? 'accord.auth.expired' : false };
  },

  async checkError(error: unknown) {
    if (isApiError(error) && error.code === 'UNAUTHENTICATED') {
      session.clear();
      throw { message: 'accord.auth.expired' };
    }
  },

  async getIdentity() {
    const { user } = await me();
    if (!user) throw new Error('Signed in without a user');
    // `locale` is the person's language (en or cy): <LocaleSync> shows the app in it after sign-in.
    return { id: user.id, fullName: user.displayName, locale: user.locale };
  },

  async getPermissions(): Promise<Permissions> {
    // react-admin asks once on start, before anyone has signed in; it asks again after login.
    if (!session.isValid()) return { platformAdmin: false, memberships: [] };
    const { platformAdmin, memberships } = await me();
    return { platformAdmin, memberships };
  },

  async canAccess({ resource, action, record }) {
    return can(await access(), resource, action, record);
  },
};
