import { createCipheriv, createDecipheriv, hkdfSync, randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../common/context';
import type { Mailer } from '../common/mail';

/**
 * The mail outbox (table mail_outbox): an e-mail written in the same transaction as what it is
 * about and delivered by the worker after commit (outbox.job.ts). A rollback leaves no row, so no
 * e-mail; a refused send is tried again later with the same Message-ID; one sent is marked so in
 * the transaction that claimed it, so it goes once (a crash between the send and the commit sends
 * it again with the same Message-ID, which a receiver can recognise).
 */
export interface OutboxMail {
  councilId: string;
  kind: 'invitation';
  to: string;
  toName: string;
  subject: string;
  text: string;
  messageId: string;
  language?: string;
}

/** Writes a message to the outbox in the caller's transaction (`em`): it goes once that commits. */
export async function queueMail(ctx: RequestContext, em: EntityManager, mail: OutboxMail): Promise<string> {
  const id = randomUUID();
  await em.query(
    `INSERT INTO mail_outbox (id, council_id, kind, recipient, recipient_name, subject, body, message_id, language)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [id, mail.councilId, mail.kind, mail.to, mail.toName, mail.subject, seal(ctx.config.auth.jwtSecret, mail.text), mail.messageId, mail.language ?? null],
  );
  return id;
}

/** A body holds a one-time link: kept encrypted (AES-256-GCM, a key derived from JWT_SECRET), so a copy of the database alone does not reveal it. */
const keyOf = (secret: string) => Buffer.from(hkdfSync('sha256', secret, 'accord', 'accord:mail-outbox:v1', 32));

export function seal(secret: string, text: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(secret), iv);
  const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return `v1.${iv.toString('base64url')}.${cipher.getAuthTag().toString('base64url')}.${body.toString('base64url')}`;
}

export function unseal(secret: string, sealed: string): string {
  const [v, iv, tag, body] = sealed.split('.');
  if (v !== 'v1' || !iv || !tag || body === undefined) throw new Error('not a sealed outbox body');
  const decipher = createDecipheriv('aes-256-gcm', keyOf(secret), Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
}

export interface OutboxResult {
  claimed: number;
  sent: number;
  /** Refused sends that will be tried again (retry_at) … */
  retried: number;
  /** … and those that used their last attempt (or could not be read). */
  failed: number;
  /** More may be due. */
  full: boolean;
  /** The earliest retry scheduled by this batch (ISO 8601), if any. */
  nextRetryAt: string | null;
}

export interface OutboxOptions {
  limit: number;
  attempts: number;
  backoffMs: number;
}

interface OutboxRow {
  id: string;
  recipient: string;
  recipient_name: string;
  subject: string;
  body: string | null;
  message_id: string;
  language: string | null;
  attempts: number;
}

/**
 * One batch: claims the due messages (FOR UPDATE SKIP LOCKED, so batches running at once never take
 * the same one), sends each and records the outcome in the same transaction (the registrar commits).
 * A refused send waits backoffMs × 2^attempts (at most an hour) for its next try, up to `attempts`.
 */
export async function deliverOutbox(ctx: RequestContext, mailer: Mailer, opts: OutboxOptions): Promise<OutboxResult> {
  const session = await ctx.db();
  const rows = await session.query<OutboxRow>(
    `SELECT id, recipient, recipient_name, subject, body, message_id, language, attempts FROM mail_outbox
     WHERE status = 'pending' AND coalesce(retry_at, created_at) <= now()
     ORDER BY coalesce(retry_at, created_at), id LIMIT $1
     FOR UPDATE SKIP LOCKED`,
    [opts.limit],
  );
  const result: OutboxResult = { claimed: rows.length, sent: 0, retried: 0, failed: 0, full: rows.length >= opts.limit, nextRetryAt: null };
  for (const row of rows) {
    let text: string;
    try {
      text = unseal(ctx.config.auth.jwtSecret, row.body ?? '');
    } catch {
      await session.query(`UPDATE mail_outbox SET status = 'failed', last_error = 'the message could not be read (JWT_SECRET changed?)' WHERE id = $1`, [row.id]);
      result.failed++;
      continue;
    }
    try {
      await mailer.send({ to: row.recipient, toName: row.recipient_name, subject: row.subject, text, messageId: row.message_id, language: row.language ?? undefined });
      await session.query(`UPDATE mail_outbox SET status = 'sent', sent_at = now(), body = NULL, attempts = attempts + 1, retry_at = NULL, last_error = NULL WHERE id = $1`, [row.id]);
      result.sent++;
    } catch (e) {
      const attempts = row.attempts + 1;
      const error = String((e as Error).message ?? e).slice(0, 500);
      if (attempts >= opts.attempts) {
        await session.query(`UPDATE mail_outbox SET status = 'failed', attempts = $2, last_error = $3 WHERE id = $1`, [row.id, attempts, error]);
        result.failed++;
      } else {
        const wait = Math.min(3_600_000, opts.backoffMs * 2 ** (attempts - 1));
        const out = await session.query<unknown>(
          `UPDATE mail_outbox SET attempts = $2, last_error = $3, retry_at = now() + make_interval(secs => $4::float8 / 1000) WHERE id = $1 RETURNING retry_at AS at`,
          [row.id, attempts, error, wait],
        );
        // An UPDATE … RETURNING comes back as [rows, count] from TypeORM's driver.
        const [r] = (Array.isArray(out[0]) ? out[0] : out) as { at: Date }[];
        const at = new Date(r.at).toISOString();
        if (!result.nextRetryAt || at < result.nextRetryAt) result.nextRetryAt = at;
        result.retried++;
      }
    }
  }
  return result;
}
