import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../common/context';

/** Fields never written to the audit log. */
const SECRET = new Set(['passwordHash', 'password_hash', 'secretHash', 'secret_hash', 'tokenHash', 'token_hash']);

const plain = (v: unknown): unknown =>
  v == null ? null : JSON.parse(JSON.stringify(v, (k, x) => (SECRET.has(k) ? undefined : x)));

export interface AuditEntry {
  councilId: string;
  /** What was done: "council.update", "protocol.adopt", "clause.update"… */
  action: string;
  entity: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
}

/**
 * Appends an entry to the audit log in the caller's transaction (pass the
 * manager of the change itself), so that a change and its record stand or fall together.
 */
export async function audit(ctx: RequestContext, em: EntityManager, entry: AuditEntry): Promise<void> {
  const p = ctx.principal;
  await em.query(
    `INSERT INTO audit_log (council_id, actor_user_id, actor_api_key_id, action, entity, entity_id, before, after)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      entry.councilId,
      p.kind === 'user' ? p.userId : null,
      p.kind === 'apiKey' ? p.apiKeyId : null,
      entry.action,
      entry.entity,
      entry.entityId,
      JSON.stringify(plain(entry.before)),
      JSON.stringify(plain(entry.after)),
    ],
  );
}
