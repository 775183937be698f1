#!/usr/bin/env node
// `npm test`: installs and builds what the tests run (API, worker, admin app), then runs every test with jest.
// Extra arguments go to jest, e.g. `npm test -- tests/integration/auth.test.ts`.
//
// The whole suite runs in two passes: every file but the "solo" ones (two at a time, as jest.config.js says),
// then the solo files alone, one at a time. A solo test measures the API under load of its own making (the
// outage test's 200 clients against a Postgres restart), which a neighbouring test file saturating the two
// cores would change. With --json --outputFile=F the two passes' reports are merged into F.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build, ensureInstalled, root } from './lib.mjs';
import { SOLO_TESTS } from '../jest.solo.cjs';

ensureInstalled();
build({ admin: !process.env.SKIP_ADMIN_BUILD });

const args = process.argv.slice(2);
const jest = (extra, env = {}) => spawnSync('npx', ['jest', ...extra], { stdio: 'inherit', cwd: root, env: { ...process.env, ...env } }).status ?? 1;

// Named files or patterns (a positional argument): one pass, as asked.
const positional = args.filter((a, i) => !a.startsWith('-') && !(i > 0 && /^(--outputFile|--testNamePattern|-t|--config|-c|--maxWorkers|-w|--shard|--seed)$/.test(args[i - 1])));
if (positional.length) process.exit(jest(args));

const outArg = args.find((a) => a.startsWith('--outputFile='));
const out = outArg?.slice('--outputFile='.length);
const withOut = (suffix) => (out ? args.map((a) => (a === outArg ? `--outputFile=${out}.${suffix}` : a)) : args);

const first = jest(withOut('rest'), { ACCORD_SKIP_SOLO: '1' });
const second = jest([...withOut('solo'), '--runInBand', ...SOLO_TESTS]);

if (out) {
  const read = (f) => (existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')) : null);
  const [a, b] = [read(`${out}.rest`), read(`${out}.solo`)];
  if (a && b) {
    const merged = { ...a, testResults: [...a.testResults, ...b.testResults], success: a.success && b.success };
    for (const [k, v] of Object.entries(b)) if (k.startsWith('num') && typeof v === 'number') merged[k] = (a[k] ?? 0) + v;
    writeFileSync(out, JSON.stringify(merged));
  } else if (a || b) writeFileSync(out, JSON.stringify(a ?? b));
  rmSync(`${out}.rest`, { force: true });
  rmSync(`${out}.solo`, { force: true });
}
process.exit(first || second);
