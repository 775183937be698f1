import express, { type Router } from 'express';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { AccordConfig } from '@accord/config';
import { verifyToken } from '../auth/tokens';
import { DbSession } from '../db/session';
import { addLogContext } from '../common/log';
import { QUEUES } from '../queues';
import { BOARD_SESSION_SECONDS, issueBoardSession, readBoardSession, type BoardSessionClaims } from './board-session';

export const BOARD_PATH = '/admin/queues';
const COOKIE = 'accord_board';

/**
 * The queue dashboard (bull-board) at /admin/queues, for platform admins only.
 * A browser cannot send a bearer token on navigation, so the admin app first
 * POSTs its token to /admin/queues/session, which answers with a session of the
 * board's own (board-session.ts: signed, 15 minutes, not the bearer token) in an
 * HttpOnly, SameSite=Strict cookie scoped to this path; every request is then
 * checked (signature, expiry, and that the user is still a platform admin).
 */
export function queuesBoard(config: AccordConfig, ds: DataSource, connection: Redis): { router: Router; close(): Promise<void> } {
  const queues = Object.values(QUEUES).map((name) => new Queue(name, { connection, prefix: config.redis.prefix }));
  for (const q of queues) q.on('error', () => undefined);
  const adapter = new ExpressAdapter();
  adapter.setBasePath(BOARD_PATH);
  createBullBoard({ queues: queues.map((q) => new BullMQAdapter(q)), serverAdapter: adapter, options: { uiConfig: { boardTitle: 'Accord queues' } } });

  const router = express.Router();
  const isPlatformAdmin = async (claims: BoardSessionClaims | null): Promise<'ok' | 401 | 403> => {
    if (!claims) return 401;
    const session = await DbSession.begin(ds);
    try {
      const [row] = await session.query<{ r: { platformAdmin: boolean } | null }>('SELECT accord_begin_user($1::uuid, $2::int) AS r', [claims.userId, claims.tokenVersion]);
      if (row?.r) addLogContext({ principal: `user:${claims.userId}${row.r.platformAdmin ? ' (platform admin)' : ''}` });
      return row?.r ? (row.r.platformAdmin ? 'ok' : 403) : 401;
    } finally {
      await session.end(false);
    }
  };
  const bearer = async (h: string | undefined) => {
    const token = /^bearer\s+(\S+)$/i.exec(h ?? '')?.[1];
    return token ? await verifyToken(config.auth.jwtSecret, token, config.auth.jwtMaxAgeSeconds) : null;
  };
  const cookie = (h: string | undefined) => h?.split(/;\s*/).find((c) => c.startsWith(`${COOKIE}=`))?.slice(COOKIE.length + 1);
  const refuse = (res: express.Response, status: 401 | 403) =>
    res.status(status).type('text/plain').send(status === 401 ? 'Sign in to the admin app as a platform admin first.' : 'The queue dashboard is for platform admins only.');

  router.post('/session', async (req, res, next) => {
    try {
      const claims = await bearer(req.headers.authorization);
      const ok = await isPlatformAdmin(claims);
      if (ok !== 'ok') return refuse(res, ok);
      const secure = config.api.publicUrl.startsWith('https:') ? '; Secure' : '';
      const session = issueBoardSession(config.auth.jwtSecret, claims!);
      res.setHeader('Set-Cookie', `${COOKIE}=${session}; Path=${BOARD_PATH}; HttpOnly; SameSite=Strict; Max-Age=${BOARD_SESSION_SECONDS}${secure}`);
      res.setHeader('Cache-Control', 'no-store');
      res.status(204).end();
    } catch (e) {
      next(e);
    }
  });
  router.use(async (req, res, next) => {
    try {
      const ok = await isPlatformAdmin((await bearer(req.headers.authorization)) ?? readBoardSession(config.auth.jwtSecret, cookie(req.headers.cookie)));
      if (ok !== 'ok') return refuse(res, ok);
      next();
    } catch (e) {
      next(e);
    }
  });
  // bull-board serves from an Express app of its own, which would announce itself.
  const boardApp = adapter.getRouter() as express.Express;
  boardApp.disable('x-powered-by');
  router.use(boardApp);
  return { router, close: async () => void (await Promise.all(queues.map((q) => q.close()))) };
}
