// Shared by the start and test scripts. Node built-ins only: this runs before `npm ci` may have.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));

export function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...opts });
  if (r.status !== 0) {
    console.error(`\n✗ ${cmd} ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
    process.exit(r.status ?? 1);
  }
}

/** Installs dependencies when node_modules is missing or older than the lock file. */
export function ensureInstalled() {
  const marker = join(root, 'node_modules', '.package-lock.json');
  if (!existsSync(marker) || statSync(marker).mtimeMs < statSync(join(root, 'package-lock.json')).mtimeMs) {
    console.log('• installing dependencies (npm ci)…');
    run('npm', ['ci', '--no-audit', '--no-fund']);
  }
}

const newest = (dir) => {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
};

/** Compiles the API and worker, and builds the admin app when its sources changed since the last build. */
export function build({ admin = true } = {}) {
  console.log('• compiling api and worker…');
  run('npx', ['tsc', '-b', 'api', 'worker']);
  if (!admin) return;
  const index = join(root, 'admin', 'dist', 'index.html');
  const sources = Math.max(newest(join(root, 'admin', 'src')), statSync(join(root, 'admin', 'index.html')).mtimeMs);
  // GraphiQL is built with it (admin/vite.graphiql.config.ts); a build from before it had none.
  if (!existsSync(index) || !existsSync(join(root, 'admin', 'dist', 'graphiql', 'index.html')) || statSync(index).mtimeMs < sources) {
    console.log('• building the admin app…');
    run('npm', ['run', 'build', '--silent', '-w', 'admin']);
  }
}
