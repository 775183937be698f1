import 'reflect-metadata';
import { createServer as createHttpServer } from 'node:http';
import { loadConfig } from '@accord/config';
import { createDataSource } from './db/data-source';
import { createLogger } from './common/log';
import { createServer } from './server';

/** The API process: GraphQL at /graphql, the admin app at /admin. */
async function main() {
  const config = loadConfig();
  const log = createLogger('api', config.logLevel);
  const ds = createDataSource(config, 'app');
  await ds.initialize();
  const server = await createServer(config, ds, log);
  const http = createHttpServer(server.app);
  await server.start(http);
  await new Promise<void>((ok) => http.listen(config.api.port, config.api.host, ok));
  const addr = http.address();
  const port = typeof addr === 'object' && addr ? addr.port : config.api.port;
  log.info('api listening', { graphql: `http://${config.api.host}:${port}/graphql`, admin: `http://${config.api.host}:${port}/admin/` });
  if (process.send) process.send({ ready: true, port });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info('api stopping', { signal });
    await server.stop();
    await ds.destroy();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((e) => {
  process.stderr.write(`api failed to start: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
