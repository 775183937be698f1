import { randomUUID } from 'node:crypto';
import type { AccordConfig } from '@accord/config';
import type { Logger } from '../common/log';
import { ChangeListener } from '../db/listen';

/** The channel the ChangeFeed migration's triggers notify, on commit. */
export const CHANGES_CHANNEL = 'accord_changes';

export interface CachedKey {
  id: string;
  councilIds: string[];
  /** When the database last confirmed the key (and moved its last_used_at). */
  checkedAt: number;
}

/** How long a cached API key is trusted before the database is asked again (it also records the key's use). */
const KEY_RECHECK_MS = 60_000;
/** A safety net only: entries are dropped as soon as a change is committed. */
const COUNCIL_TTL_MS = 10 * 60_000;

interface CouncilEntry {
  at: number;
  values: Map<string, unknown>;
}

/**
 * What integrations ask about most, kept in memory between requests: an API key's
 * scope and, per council, the facts behind its questions (the council, its adopted
 * version, office holders and closure days). Postgres stays the source of truth:
 * every committed change notifies `accord_changes` (triggers, see the ChangeFeed
 * migration) and the entries it touches are dropped at once, in every API process.
 *
 * The cache is used only while its LISTEN connection is up; while it is down every
 * read goes to the database, and on reconnecting everything is forgotten. A value
 * read while a change was being announced is not kept (a generation count), and
 * only reads by a transaction that has written nothing are kept.
 */
export class LiveCache {
  private readonly listener: ChangeListener;
  private listening = false;
  private generation = 0;
  private readonly councils = new Map<string, CouncilEntry>();
  private readonly keys = new Map<string, CachedKey>();
  private readonly waiting = new Map<string, () => void>();

  constructor(
    config: AccordConfig,
    log: Logger,
    private readonly maxCouncils = 20_000,
  ) {
    this.listener = new ChangeListener(config, CHANGES_CHANNEL, (payload) => this.receive(payload), log, (up) => this.listenerState(up), 'accord-cache');
  }

  get enabled(): boolean {
    return this.listening;
  }

  async start(): Promise<void> {
    await this.listener.start();
  }

  async stop(): Promise<void> {
    await this.listener.stop();
    this.disable();
  }

  /** The change feed: up, everything is forgotten and the cache used again; down, nothing is served from memory. */
  private listenerState(up: boolean): void {
    if (!up) return this.disable();
    this.clear();
    this.listening = true;
  }

  private disable(): void {
    this.listening = false;
    this.clear();
    for (const done of this.waiting.values()) done();
    this.waiting.clear();
  }

  /** Forgets everything. */
  clear(): void {
    this.generation++;
    this.councils.clear();
    this.keys.clear();
  }

  private receive(payload: string): void {
    if (payload.startsWith('council:')) {
      this.generation++;
      this.councils.delete(payload.slice(8));
    } else if (payload === 'keys') {
      this.generation++;
      this.keys.clear();
    } else if (payload.startsWith('sync:')) {
      this.waiting.get(payload.slice(5))?.();
    } else {
      this.clear();
    }
  }

  /**
   * Before committing a transaction that wrote: a token for it to notify last, and
   * a promise that settles once that token has come back on the feed, by when
   * every change the transaction made has been applied here. Null while not listening.
   */
  expectSync(timeoutMs = 2000): { token: string; arrived: Promise<void> } | null {
    if (!this.listening) return null;
    const token = randomUUID();
    const arrived = new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        this.waiting.delete(token);
        this.clear();
        resolve();
      }, timeoutMs);
      this.waiting.set(token, () => {
        clearTimeout(timer);
        this.waiting.delete(token);
        resolve();
      });
    });
    return { token, arrived };
  }

  /** Stops waiting for a token that will not be sent (the transaction rolled back). */
  cancelSync(token: string): void {
    this.waiting.get(token)?.();
  }

  key(hash: string): CachedKey | null {
    if (!this.listening) return null;
    const k = this.keys.get(hash);
    if (!k || Date.now() - k.checkedAt > KEY_RECHECK_MS) return null;
    return k;
  }

  /** Use with the generation taken before the key was read from the database. */
  rememberKey(hash: string, key: Omit<CachedKey, 'checkedAt'>, generation: number): void {
    if (!this.listening || generation !== this.generation) return;
    if (this.keys.size >= 10_000) this.keys.clear();
    this.keys.set(hash, { ...key, checkedAt: Date.now() });
  }

  get currentGeneration(): number {
    return this.generation;
  }

  /**
   * A fact about a council, from memory or from load(). Callers check the
   * caller's scope first: an entry is shared by everyone who may see the council.
   */
  async get<T>(councilId: string, name: string, load: () => Promise<T>): Promise<T> {
    if (!this.listening) return load();
    const entry = this.councils.get(councilId);
    if (entry && Date.now() - entry.at < COUNCIL_TTL_MS && entry.values.has(name)) return entry.values.get(name) as T;
    const generation = this.generation;
    const value = await load();
    if (this.listening && generation === this.generation) {
      let fresh = this.councils.get(councilId);
      if (!fresh || Date.now() - fresh.at >= COUNCIL_TTL_MS) {
        if (!fresh && this.councils.size >= this.maxCouncils) this.councils.delete(this.councils.keys().next().value as string);
        fresh = { at: Date.now(), values: new Map() };
        this.councils.set(councilId, fresh);
      }
      fresh.values.set(name, value);
    }
    return value;
  }
}
