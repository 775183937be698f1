import type { DataSource } from 'typeorm';
import type { AccordConfig } from '@accord/config';
import { DbSession, SessionEndedError, isDatabaseUnavailable } from '../db/session';
import type { MembershipRole, Scope } from '../domain/access';
import { unauthenticated } from './errors';
import { hashApiKey, verifyToken } from '../auth/tokens';
import { createLoaders, type Loaders } from './loaders';
import { inScope } from '../domain/access';
import type { LiveCache } from '../cache/live-cache';
import { msg, asLanguage, type Language } from './messages';
import { RequestLanguage } from './language';

export type Principal =
  | { kind: 'anonymous' }
  | { kind: 'user'; userId: string }
  | { kind: 'apiKey'; apiKeyId: string }
  /** The worker's jobs (see system-context.ts): every council, no person behind it. */
  | { kind: 'system' };

const NO_SCOPE: Scope = { platformAdmin: false, readOnly: true, roles: new Map() };

/**
 * Everything a service needs to act for one caller: who they are, which councils
 * they reach (and with what role), and the request's database transaction.
 */
export class RequestContext {
  /**
   * The request's state, in one object: Apollo runs each operation with a shallow copy of
   * the context (Object.create + assign), so whatever the copy and the GraphQL handler's
   * original must both see (the session, whether it ended) lives here, shared by reference.
   */
  private readonly state: RequestState = { closed: false, unavailable: false };
  private _loaders?: Loaders;

  constructor(
    readonly config: AccordConfig,
    private readonly ds: DataSource,
    readonly principal: Principal = { kind: 'anonymous' },
    readonly scope: Scope = NO_SCOPE,
    session?: DbSession,
    private readonly live: LiveCache | null = null,
    /** Sets the caller's scope in a transaction begun later (a request first answered from memory). */
    private readonly enter?: (s: DbSession) => Promise<void>,
    /** What the request asked for and who the caller is decide the language of its answers. */
    readonly languages: RequestLanguage = new RequestLanguage(null),
  ) {
    if (session) {
      this.state.opened = session;
      this.state.session = Promise.resolve(session);
    }
  }

  /** The language the caller reads: Accept-Language, else their profile's, else English (see language.ts). */
  get language(): Language {
    return this.languages.language;
  }

  /** Whether opening or using the database failed because it could not be reached in time (answered 503). */
  get unavailable(): boolean {
    return this.state.unavailable;
  }

  /** The operation's kind and first root field (e.g. "query:cases"), for metrics; set once it is known. */
  get operation(): string | undefined {
    return this.state.operation;
  }
  set operation(name: string | undefined) {
    this.state.operation = name;
  }

  /**
   * The request's transaction, begun on first use. Once finish() has been called it
   * throws instead (a resolver still running after the response must not open a new,
   * unscoped session that nothing would end).
   */
  db(): Promise<DbSession> {
    if (this.state.closed) return Promise.reject(new SessionEndedError());
    this.state.session ??= this.open();
    return this.state.session;
  }

  /**
   * A new context for the same caller and scope over the same database, with a transaction of its own
   * (begun on first use, scoped as this one was): for a job that commits as it goes (an import's
   * "parsing" status before the long part). The caller ends it with finish().
   */
  sibling(): RequestContext {
    if (!this.enter) throw new Error('only a context that begins its own transaction can have a sibling');
    return new RequestContext(this.config, this.ds, this.principal, this.scope, undefined, this.live, this.enter);
  }

  /** Whether the request has ended (finish() called). */
  get ended(): boolean {
    return this.state.closed;
  }

  private async open(): Promise<DbSession> {
    let session: DbSession;
    try {
      session = await DbSession.begin(this.ds);
    } catch (e) {
      if (isDatabaseUnavailable(e)) this.state.unavailable = true;
      throw e;
    }
    try {
      await this.enter?.(session);
    } catch (e) {
      if (isDatabaseUnavailable(e)) this.state.unavailable = true;
      await session.end(false);
      throw e;
    }
    this.state.opened = session;
    return session;
  }

  /**
   * A fact about a council in the caller's scope, from the API's memory when it
   * can be trusted (see LiveCache), else from load(). Outside the caller's scope,
   * and once this request has written anything, always load(): row-level security
   * then decides, and the request sees its own changes.
   */
  cached<T>(councilId: string, name: string, load: () => Promise<T>): Promise<T> {
    if (!this.live?.enabled || this.state.opened?.wrote || (this.state.session && !this.state.opened) || !inScope(this.scope, councilId)) return load();
    return this.live.get(councilId, name, load);
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

  /**
   * Ends the request: commits its transaction (failed mutations were already rolled back
   * to their savepoint), or rolls it back with commit = false. Safe to call more than once
   * (only the first call counts); afterwards db() throws.
   */
  async finish(commit = true): Promise<void> {
    this.state.closed = true;
    const pending = this.state.session;
    this.state.session = undefined;
    if (!pending) return;
    const session = await pending.catch(() => null); // one that failed to open has nothing to end
    if (!session) return;
    if (session.unavailable) this.state.unavailable = true;
    if (session.ended) return;
    // After a change, wait until this process's cache has heard of it, so the caller's next request sees it.
    const sync = commit && session.wrote ? (this.live?.expectSync() ?? null) : null;
    try {
      if (sync) await session.query(`SELECT pg_notify('accord_changes', 'sync:' || $1)`, [sync.token]);
      await session.end(commit);
    } catch (e) {
      if (sync) this.live!.cancelSync(sync.token);
      await session.end(false);
      if (session.unavailable || isDatabaseUnavailable(e)) this.state.unavailable = true;
      throw e;
    }
    if (sync) await sync.arrived;
  }
}

interface RequestState {
  session?: Promise<DbSession>;
  opened?: DbSession;
  closed: boolean;
  unavailable: boolean;
  operation?: string;
}

const INVALID_SESSION = msg('auth.invalidSession');
const INVALID_KEY = msg('auth.invalidKey');

interface BeginUserResult {
  id: string;
  /** The person's language (users.locale). */
  locale?: string;
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
  live: LiveCache | null = null,
  languages: RequestLanguage = new RequestLanguage(null),
): Promise<RequestContext> {
  const auth = headers.authorization?.trim() ?? '';
  const [scheme, credential] = auth.split(/\s+/, 2);
  const apiKey = headers.apiKey?.trim() || (/^apikey$/i.test(scheme ?? '') ? credential : undefined);

  if (/^bearer$/i.test(scheme ?? '')) {
    const claims = credential ? await verifyToken(config.auth.jwtSecret, credential, config.auth.jwtMaxAgeSeconds) : null;
    if (!claims) throw unauthenticated(INVALID_SESSION);
    const { userId } = claims;
    return begin(ds, async (s) => {
      // Only a token of the person's current version (see api/src/db/sql/20-token-version.sql).
      const [row] = await s.query<{ r: BeginUserResult | null }>('SELECT accord_begin_user($1::uuid, $2::int) AS r', [userId, claims.tokenVersion]);
      if (!row?.r) throw unauthenticated(INVALID_SESSION);
      languages.profile = row.r.locale ? asLanguage(row.r.locale) : null;
      const scope: Scope = {
        platformAdmin: row.r.platformAdmin,
        readOnly: false,
        roles: new Map(Object.entries(row.r.roles)),
      };
      return new RequestContext(config, ds, { kind: 'user', userId }, scope, s, live, undefined, languages);
    });
  }
  if (apiKey) {
    const hash = hashApiKey(apiKey);
    const enter = async (s: DbSession): Promise<BeginKeyResult> => {
      const [row] = await s.query<{ r: BeginKeyResult | null }>('SELECT accord_begin_api_key($1) AS r', [hash]);
      if (!row?.r) throw unauthenticated(INVALID_KEY);
      return row.r;
    };
    const keyScope = (k: BeginKeyResult): Scope => ({
      platformAdmin: false,
      readOnly: true,
      roles: new Map(k.councilIds.map((id) => [id, 'viewer' as const])),
    });
    // A key seen in the last minute (and not changed since): no transaction until a resolver needs the database.
    const known = live?.key(hash.toString('hex'));
    if (known) {
      return new RequestContext(
        config,
        ds,
        { kind: 'apiKey', apiKeyId: known.id },
        keyScope(known),
        undefined,
        live,
        async (s) => {
          await enter(s);
        },
        languages,
      );
    }
    const generation = live?.currentGeneration ?? 0;
    return begin(ds, async (s) => {
      const k = await enter(s);
      live?.rememberKey(hash.toString('hex'), k, generation);
      return new RequestContext(config, ds, { kind: 'apiKey', apiKeyId: k.id }, keyScope(k), s, live, undefined, languages);
    });
  }
  if (auth) throw unauthenticated(msg('auth.unsupportedHeader'));
  return new RequestContext(config, ds, undefined, undefined, undefined, live, undefined, languages);
}

async function begin(
  ds: DataSource,
  fn: (s: DbSession) => Promise<RequestContext>,
): Promise<RequestContext> {
  const session = await DbSession.begin(ds);
  try {
    return await fn(session);
  } catch (e) {
    await session.end(false).catch(() => undefined);
    throw e;
  }
}
