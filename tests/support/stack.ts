import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger, createServer } from '@accord/api';
import { createTestDb, type TestDb } from './db';

export interface Stack {
  /** e.g. http://127.0.0.1:45123 — /graphql and /admin/ below it. */
  baseUrl: string;
  db: TestDb;
  stop(): Promise<void>;
}

/** A real API on a free port, over a fresh copy of the demo database. */
export async function startStack(extraEnv: NodeJS.ProcessEnv = {}): Promise<Stack> {
  const db = await createTestDb(extraEnv);
  const server = await createServer(db.config, db.app, createLogger('api', db.config.logLevel));
  const http: Server = createHttpServer(server.app);
  await server.start(http);
  await new Promise<void>((ok) => http.listen(0, '127.0.0.1', ok));
  const { port } = http.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    db,
    async stop() {
      await server.stop();
      if (http.listening) await new Promise((ok) => http.close(ok));
      await db.drop();
    },
  };
}
