import { createHash, randomBytes } from 'node:crypto';
import { SignJWT, jwtVerify } from 'jose';

const ISSUER = 'accord';
const AUDIENCE = 'accord-api';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Seconds of clock difference allowed between the API processes that issue and check tokens. */
const CLOCK_TOLERANCE = 5;

/**
 * A signed-in person's token: HS256, issuer and audience ours, `sub` their id, `iat`
 * and `exp` set, and `tv` their token version (users.token_version): a password
 * change, being disabled or losing a role bumps the version, so older tokens stop
 * working at once.
 */
export async function issueToken(secret: string, userId: string, ttlSeconds: number, now = new Date(), tokenVersion = 1) {
  const iat = Math.floor(now.getTime() / 1000);
  const exp = iat + ttlSeconds;
  const token = await new SignJWT({ tv: tokenVersion })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(userId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(iat)
    .setExpirationTime(exp)
    .sign(new TextEncoder().encode(secret));
  return { token, expiresAt: new Date(exp * 1000) };
}

export interface TokenClaims {
  userId: string;
  tokenVersion: number;
}

/**
 * The claims of a valid token signed with our secret; null for anything else: a bad
 * signature or algorithm, no `exp` or `iat`, expired, issued more than `maxAgeSeconds`
 * ago or valid for longer than that, a `sub` that is not a UUID, or no token version.
 * Never throws, so a malformed token is a 401, not a 500.
 */
export async function verifyToken(secret: string, token: string, maxAgeSeconds: number): Promise<TokenClaims | null> {
  try {
    const { payload } = await jwtVerify(token, new TextEncoder().encode(secret), {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: ['HS256'],
      requiredClaims: ['exp', 'iat', 'sub'],
      maxTokenAge: maxAgeSeconds,
      clockTolerance: CLOCK_TOLERANCE,
    });
    const { sub, tv, iat, exp } = payload;
    if (typeof sub !== 'string' || !UUID.test(sub)) return null;
    if (typeof tv !== 'number' || !Number.isSafeInteger(tv) || tv < 1) return null;
    if (typeof iat !== 'number' || typeof exp !== 'number' || exp - iat > maxAgeSeconds) return null;
    return { userId: sub.toLowerCase(), tokenVersion: tv };
  } catch {
    return null;
  }
}

/** A new API key: shown to its creator once; only its SHA-256 is stored. */
export function newApiKeySecret(): { secret: string; prefix: string; hash: Buffer } {
  const prefix = `acc_${randomBytes(4).toString('hex')}`;
  const secret = `${prefix}_${randomBytes(32).toString('base64url')}`;
  return { secret, prefix, hash: hashApiKey(secret) };
}

export const hashApiKey = (secret: string): Buffer => createHash('sha256').update(secret, 'utf8').digest();
