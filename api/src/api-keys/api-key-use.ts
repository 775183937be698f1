import type { DataSource } from 'typeorm';

/** How often a key's last_used_at moves at most. */
const EVERY_MS = 60_000;

/**
 * Records when each API key was last used, outside every request's transaction: a
 * statement of its own (accord_touch_api_keys, which skips a row another transaction
 * has locked), at most once a minute per key and process, after the request's
 * transaction has ended. A request never holds an api_keys row lock, so a leaked or
 * slow request cannot make every other request with the same key queue behind it.
 */
export class ApiKeyUse {
  private readonly recorded = new Map<string, number>();

  constructor(
    private readonly ds: DataSource,
    private readonly everyMs = EVERY_MS,
  ) {}

  /**
   * Records a use of the key unless one was recorded in the last minute; never throws.
   * Waits at most waitMs for it (so a caller usually sees its own use), then lets it
   * finish in the background: a busy pool never slows an answer by more than that.
   */
  async record(apiKeyId: string, now = Date.now(), waitMs = 250): Promise<void> {
    const last = this.recorded.get(apiKeyId);
    if (last !== undefined && now - last < this.everyMs) return;
    this.recorded.set(apiKeyId, now);
    if (this.recorded.size > 10_000) this.forgetOld(now);
    const touch = this.ds.query('SELECT accord_touch_api_keys($1::uuid[])', [[apiKeyId]]).then(
      () => undefined,
      () => void this.recorded.delete(apiKeyId), // the database is away: try again with the next request
    );
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([touch, new Promise<void>((ok) => (timer = setTimeout(ok, waitMs)))]);
    clearTimeout(timer);
  }

  private forgetOld(now: number): void {
    for (const [id, at] of this.recorded) if (now - at >= this.everyMs) this.recorded.delete(id);
  }
}
