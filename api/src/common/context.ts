import type { DataSource } from 'typeorm';
import type { AccordConfig } from '@accord/config';
import { DbSession } from '../db/session';
import type { MembershipRole, Scope } from '../domain/access';
import { unauthenticated } from './errors';
import { hashApiKey, verifyToken } from '../auth/tokens';
import { createLoaders, type Loaders } from './loaders';

export type Principal =
  | { kind: 'anonymous' }
  | { kind: 'user'; userId: string }
  | { kind: 'apiKey'; apiKeyId: string };

const NO_SCOPE: Scope = { platformAdmin: false, readOnly: true, roles: new Map() };

/**
 * Everything a service needs to act for one caller: who they are, which councils
 * they reach (and with what role), and the request's database transaction.
 */
export class RequestContext {
  private session?: Promise<DbSession>;
  private _loaders?: Loaders;

  constructor(
    readonly config: AccordConfig,
    private readonly ds: DataSource,
    readonly principal: Principal = { kind: 'anonymous' },
    readonly scope: Scope = NO_SCOPE,
    session?: DbSession,
  ) {
    if (session) this.session = Promise.resolve(session);
  }

  /** The request's transaction, begun on first use. */
  db(): Promise<DbSession> {
    this.session ??= DbSession.begin(this.ds);
    return this.session;
  }

  get loaders(): Loaders {
    this._loaders ??= createLoaders(this);
    return this._loaders;
  }

  get userId(): string | null {
    return this.principal.kind === 'user' ? this.principal.userId : null;
  }

  /** The council ids in scope (empty for a platform admin, who is not limited to a list). */
  get councilIds(): string[] {
    return [...this.scope.roles.keys()];
  }

  /** Commits the request's transaction (failed mutations were already rolled back to their savepoint). */
  async finish(commit = true): Promise<void> {
    const pending = this.session;
    this.session = undefined;
    if (pending) await (await pending).end(commit);
  }
}

const INVALID_SESSION = 'Your sign-in is not valid or has expired; sign in again';
const INVALID_KEY = 'The API key is not valid or has been revoked';

interface BeginUserResult {
  id: string;
  platformAdmin: boolean;
  roles: Record<string, MembershipRole>;
}
interface BeginKeyResult {
  id: string;
  councilIds: string[];
}

/** Reads the caller's credentials from an Authorization (or X-Api-Key) header and opens their scoped transaction. */
export async function createRequestContext(
  config: AccordConfig,
  ds: DataSource,
  headers: { authorization?: string; apiKey?: string },
): Promise<RequestContext> {
  const auth = headers.authorization?.trim() ?? '';
  const [scheme, credential] = auth.split(/\s+/, 2);
  const apiKey = headers.apiKey?.trim() || (/^apikey$/i.test(scheme ?? '') ? credential : undefined);

  if (/^bearer$/i.test(scheme ?? '')) {
    const userId = credential ? await verifyToken(config.auth.jwtSecret, credential) : null;
    if (!userId) throw unauthenticated(INVALID_SESSION);
    return begin(ds, async (s) => {
      const [row] = await s.query<{ r: BeginUserResult | null }>('SELECT accord_begin_user($1::uuid) AS r', [userId]);
      if (!row?.r) throw unauthenticated(INVALID_SESSION);
      const scope: Scope = {
        platformAdmin: row.r.platformAdmin,
        readOnly: false,
        roles: new Map(Object.entries(row.r.roles)),
      };
      return new RequestContext(config, ds, { kind: 'user', userId }, scope, s);
    });
  }
  if (apiKey) {
    return begin(ds, async (s) => {
      const [row] = await s.query<{ r: BeginKeyResult | null }>('SELECT accord_begin_api_key($1) AS r', [hashApiKey(apiKey)]);
      if (!row?.r) throw unauthenticated(INVALID_KEY);
      const scope: Scope = {
        platformAdmin: false,
        readOnly: true,
        roles: new Map(row.r.councilIds.map((id) => [id, 'viewer' as const])),
      };
      return new RequestContext(config, ds, { kind: 'apiKey', apiKeyId: row.r.id }, scope, s);
    });
  }
  if (auth) throw unauthenticated('Unsupported Authorization header: use "Bearer <token>" or "ApiKey <key>"');
  return new RequestContext(config, ds);
}

async function begin(
  ds: DataSource,
  fn: (s: DbSession) => Promise<RequestContext>,
): Promise<RequestContext> {
  const session = await DbSession.begin(ds);
  try {
    return await fn(session);
  } catch (e) {
    await session.end(false);
    throw e;
  }
}
