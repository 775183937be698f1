/**
 * The queue board's own session: a short-lived value signed with a key derived
 * from the JWT secret for this purpose alone, naming the user and when it
 * expires. It is not a bearer token (the API refuses it) and the bearer token is
 * never put in a cookie. Rotating JWT_SECRET ends every board session too.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const BOARD_SESSION_SECONDS = 15 * 60;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const boardKey = (jwtSecret: string) => createHmac('sha256', jwtSecret).update('accord:queue-board-session:v1').digest();
const sign = (jwtSecret: string, body: string) => createHmac('sha256', boardKey(jwtSecret)).update(body).digest('base64url');

/** Whom a board session is for: the user and the token version it was issued under (a password change ends it). */
export interface BoardSessionClaims {
  userId: string;
  tokenVersion: number;
}

/** `b2.<user id>.<token version>.<expiry, unix seconds>.<signature>` */
export function issueBoardSession(
  jwtSecret: string,
  who: BoardSessionClaims,
  nowMs = Date.now(),
  ttlSeconds = BOARD_SESSION_SECONDS,
): string {
  if (!UUID.test(who.userId) || !Number.isSafeInteger(who.tokenVersion) || who.tokenVersion < 0) throw new Error('a board session is for a user id and token version');
  const body = `b2.${who.userId.toLowerCase()}.${who.tokenVersion}.${Math.floor(nowMs / 1000) + ttlSeconds}`;
  return `${body}.${sign(jwtSecret, body)}`;
}

/** Whom a board session names, or null when it is malformed, forged or expired. */
export function readBoardSession(jwtSecret: string, value: string | undefined, nowMs = Date.now()): BoardSessionClaims | null {
  const m = /^(b2\.([0-9a-f-]{36})\.(\d{1,9})\.(\d{1,12}))\.([A-Za-z0-9_-]{43})$/.exec(value ?? '');
  if (!m || !UUID.test(m[2]!)) return null;
  const expected = Buffer.from(sign(jwtSecret, m[1]!));
  const given = Buffer.from(m[5]!);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return Number(m[4]) * 1000 > nowMs ? { userId: m[2]!, tokenVersion: Number(m[3]) } : null;
}
