#!/usr/bin/env node
// `npm test`: builds what the tests run (API, worker, admin), then runs every test with jest.
// Extra arguments go to jest, e.g. `npm test -- tests/integration/auth.test.ts`.
import { spawnSync } from 'node:child_process';

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

run('npx', ['tsc', '-b', 'api', 'worker']);
if (!process.env.SKIP_ADMIN_BUILD) run('npm', ['run', 'build', '--silent', '-w', 'admin']);
run('npx', ['jest', ...process.argv.slice(2)]);
