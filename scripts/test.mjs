#!/usr/bin/env node
// `npm test`: installs and builds what the tests run (API, worker, admin app), then runs every test with jest.
// Extra arguments go to jest, e.g. `npm test -- tests/integration/auth.test.ts`.
import { spawnSync } from 'node:child_process';
import { build, ensureInstalled, root } from './lib.mjs';

ensureInstalled();
build({ admin: !process.env.SKIP_ADMIN_BUILD });
const r = spawnSync('npx', ['jest', ...process.argv.slice(2)], { stdio: 'inherit', cwd: root });
process.exit(r.status ?? 1);
