import type { AuthProvider } from 'react-admin';
import { can, type Access } from './access';
import { graphql, isApiError, session } from './graphql';
import type { Permissions, Role } from './types';

const SIGN_IN = `mutation SignIn($email: String!, $password: String!) {
  signIn(email: $email, password: $password) { token expiresAt }
}`;

const ME = `query Me {
  me { platformAdmin user { id displayName locale } memberships { councilId role } }
}`;

/** The caller's effective role at the councils asked about (those outside their scope are left out). */
const MY_ROLES = `query MyRoles($ids: [ID!]!) {
  myRoles(councilIds: $ids) { councilId role }
}`;
const ROLES_AT_ONCE = 500;

interface Me {
  platformAdmin: boolean;
  user: { id: string; displayName: string; locale: string } | null;
  memberships: { councilId: string; role: Role }[];
}

/**
 * Roles are asked for as records come on screen, never for the whole scope (a monitoring
 * officer may have thousands of councils below): every council asked about in the same tick
 * goes in one request, and each answer, including "not in scope", is kept until access changes.
 */
class RoleCache {
  readonly known = new Map<string, Role | null>();
  /** Ids asked for (or about to be), and the request that answers them. */
  private asked = new Map<string, Promise<void>>();
  private waiting: string[] | null = null;
  private next: Promise<void> | null = null;

  /** Resolves once every id is known. */
  ensure(ids: readonly string[]): Promise<void> {
    const waits = new Set<Promise<void>>();
    for (const id of ids) {
      if (this.known.has(id)) continue;
      let answer = this.asked.get(id);
      if (!answer) {
        answer = this.queue(id);
        this.asked.set(id, answer);
      }
      waits.add(answer);
    }
    return Promise.all(waits).then(() => undefined);
  }

  private queue(id: string): Promise<void> {
    if (!this.waiting) {
      const waiting: string[] = (this.waiting = []);
      this.next = Promise.resolve().then(async () => {
        this.waiting = null;
        try {
          for (let i = 0; i < waiting.length; i += ROLES_AT_ONCE) {
            const chunk = waiting.slice(i, i + ROLES_AT_ONCE);
            const { myRoles } = await graphql<{ myRoles: { councilId: string; role: Role }[] }>(MY_ROLES, { ids: chunk });
            for (const c of chunk) this.known.set(c, null);
            for (const r of myRoles) this.known.set(r.councilId, r.role);
          }
        } finally {
          // A failed request is asked again next time.
          for (const c of waiting) this.asked.delete(c);
        }
      });
    }
    this.waiting.push(id);
    return this.next!;
  }

  roles(): Map<string, Role> {
    return new Map([...this.known].filter((e): e is [string, Role] => e[1] !== null));
  }
}

const isId = (v: unknown): v is string => typeof v === 'string' && /^[0-9a-f-]{36}$/i.test(v);

/** The councils a check on this record looks at (see can()). */
function councilsOf(resource: string, record?: Record<string, unknown>): string[] {
  if (!record) return [];
  return (resource === 'councils' ? [record.id, record.parentId] : [record.councilId]).filter(isId);
}

interface LoadedAccess {
  platformAdmin: boolean;
  userId: string | null;
  cache: RoleCache;
}

async function loadAccess(me: Me): Promise<LoadedAccess> {
  const cache = new RoleCache();
  // One's own councils first: "may this person do X anywhere?" is answered from them.
  if (!me.platformAdmin) await cache.ensure(me.memberships.map((m) => m.councilId));
  return { platformAdmin: me.platformAdmin, userId: me.user?.id ?? null, cache };
}

/** The signed-in person and their access, fetched once per token. */
let cached: { token: string; me: Promise<Me>; access?: Promise<LoadedAccess> } | null = null;

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

function access(): Promise<LoadedAccess> {
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
    const loaded = await access();
    if (!loaded.platformAdmin) await loaded.cache.ensure(councilsOf(resource, record));
    const view: Access = { platformAdmin: loaded.platformAdmin, userId: loaded.userId, roles: loaded.cache.roles() };
    return can(view, resource, action, record);
  },
};
