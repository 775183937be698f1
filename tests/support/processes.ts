import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { AccordConfig } from '@accord/config';

const root = join(__dirname, '..', '..');

/** The environment that makes a built API or worker process use a test's database and Redis prefix. */
export function envFor(config: AccordConfig): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'info',
    PGHOST: config.db.host,
    PGPORT: String(config.db.port),
    PGDATABASE: config.db.database,
    REDIS_URL: config.redis.url,
    REDIS_PREFIX: config.redis.prefix,
    JWT_SECRET: config.auth.jwtSecret,
    SMTP_HOST: config.smtp.host,
    SMTP_PORT: String(config.smtp.port),
    WORKER_CONCURRENCY: String(config.worker.concurrency),
    RECONCILE_EVERY_MS: String(config.worker.reconcileEveryMs),
    WORKER_LOCK_MS: String(config.worker.lockMs),
    REMINDER_ATTEMPTS: String(config.worker.reminderAttempts),
    REMINDER_BACKOFF_MS: String(config.worker.reminderBackoffMs),
  };
}

export interface Proc {
  child: ChildProcess;
  output(): string;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
}

/** Starts the built worker (worker/dist/main.js) and waits until it says it is ready. */
export function startWorkerProcess(config: AccordConfig, extraEnv: NodeJS.ProcessEnv = {}): Promise<Proc> {
  return startProcess('worker', config, extraEnv);
}

/** Starts the built API (api/dist/main.js) on a free port and waits until it listens; `port` is where. */
export async function startApiProcess(config: AccordConfig, extraEnv: NodeJS.ProcessEnv = {}): Promise<Proc & { port: number }> {
  let port = 0;
  const proc = await startProcess('api', config, { API_PORT: '0', ...extraEnv }, (m) => (port = m.port));
  return { ...proc, port };
}

async function startProcess(which: 'api' | 'worker', config: AccordConfig, extraEnv: NodeJS.ProcessEnv, onReady?: (m: any) => void): Promise<Proc> {
  const child = spawn(process.execPath, [join(root, which, 'dist', 'main.js')], {
    env: { ...envFor(config), ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((ok) => child.on('exit', (code) => ok(code)));
  await new Promise<void>((ok, fail) => {
    child.on('message', (m: any) => {
      if (!m?.ready) return;
      onReady?.(m);
      ok();
    });
    exited.then((code) => fail(new Error(`${which} exited with ${code} before it was ready:\n${out}`)));
  });
  return { child, output: () => out, exited };
}
