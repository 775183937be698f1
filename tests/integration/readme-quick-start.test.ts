import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startStack, type Stack } from '../support/stack';
import { DEMO_PASSWORD } from '@accord/api';

/**
 * The README's quick start for integrators, run as written: its `sh` blocks are taken from README.md
 * and run by bash (with curl) against a test server, each with what the steps before it answered.
 * Change the README's commands and this runs the new ones; break the API they use and this fails.
 */

const run = promisify(execFile);

function quickStartBlocks(): string[] {
  const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
  const start = readme.indexOf('### Quick start for integrators');
  expect(start).toBeGreaterThan(0);
  const end = readme.indexOf('\n#', start + 10);
  const section = readme.slice(start, end);
  return [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

async function sh(script: string, env: Record<string, string>): Promise<any> {
  const { stdout } = await run('bash', ['-euc', script], { env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env }, timeout: 30_000 });
  return JSON.parse(stdout);
}

describe("the README's quick start for integrators", () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack?.stop());

  test('sign in, find the council, create a key, and ask responseDeadlines with it: each curl as written', async () => {
    const [settings, signIn, find, create, deadlines, ...rest] = quickStartBlocks();
    expect(rest).toEqual([]);
    // The settings block names the demo's clerk and password; the test's server stands in for localhost:4000.
    const set = Object.fromEntries([...settings!.matchAll(/(ACCORD_[A-Z]+)=(\S+)/g)].map((m) => [m[1]!, m[2]!]));
    expect(set).toEqual({ ACCORD_URL: 'http://localhost:4000', ACCORD_EMAIL: 'clerk.ashbury@accord.example', ACCORD_PASSWORD: DEMO_PASSWORD });
    const env = { ...set, ACCORD_URL: stack.baseUrl };
    for (const block of [signIn, find, create, deadlines]) expect(block).toMatch(/^curl -s "\$ACCORD_URL\/graphql"/);

    const signedIn = await sh(signIn!, env);
    expect(signedIn.errors).toBeUndefined();
    const TOKEN = signedIn.data.signIn.token as string;
    expect(TOKEN).toBeTruthy();

    const found = await sh(find!, { ...env, TOKEN });
    expect(found.errors).toBeUndefined();
    const ashbury = stack.db.councils.ashbury!;
    expect(found.data.me.memberships.map((m: { council: { id: string } }) => m.council.id)).toContain(ashbury);
    expect(found.data.councils.items).toEqual([expect.objectContaining({ id: ashbury, name: 'Ashbury Borough Council' })]);
    const COUNCIL_ID = found.data.councils.items[0].id as string;

    const created = await sh(create!, { ...env, TOKEN, COUNCIL_ID });
    expect(created.errors).toBeUndefined();
    const ACCORD_KEY = created.data.createApiKey.secret as string;
    expect(ACCORD_KEY.startsWith(created.data.createApiKey.apiKey.prefix)).toBe(true);

    const due = await sh(deadlines!, { ...env, ACCORD_KEY, COUNCIL_ID });
    expect(due.errors).toBeUndefined();
    const answer = due.data.responseDeadlines;
    expect(answer.respondBy).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // Received on a Friday: the answer is due on a later working day, counted from that receipt.
    expect(answer.respondBy > '2026-03-06').toBe(true);
    expect(new Date(`${answer.respondBy}T12:00:00Z`).getUTCDay()).not.toBe(0);
    expect(new Date(`${answer.respondBy}T12:00:00Z`).getUTCDay()).not.toBe(6);
    expect(answer.countedFrom).toMatch(/March 2026/);
    expect(answer.clauses.length).toBeGreaterThan(0);
    expect(answer.clauses[0].text).toBeTruthy();

    // The key is the key of that council only: another council's id is NOT_FOUND.
    const elsewhere = await sh(deadlines!, { ...env, ACCORD_KEY, COUNCIL_ID: stack.db.councils.eastvale! });
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
