import 'reflect-metadata';
import { loadConfig } from '@accord/config';
import { createLogger } from '@accord/api';
import { startWorker } from './index';

/** The worker process. SIGTERM or SIGINT: finish the jobs in flight, close, exit 0. */
async function main() {
  const config = loadConfig();
  const log = createLogger('worker', config.logLevel);
  const running = await startWorker(config, log);
  if (process.send) process.send({ ready: true });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info('worker stopping: finishing jobs in flight', { signal });
    try {
      await running.close();
      log.info('worker stopped');
      process.exit(0);
    } catch (e) {
      log.error('worker did not stop cleanly', { error: e });
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((e) => {
  process.stderr.write(`worker failed to start: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
