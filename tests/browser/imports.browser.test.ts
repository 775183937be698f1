import type { Browser } from 'playwright-core';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { ARTIFACTS, launchBrowser, signInPage } from '../support/browser';
import { createTestDb, type TestDb } from '../support/db';
import { runId } from '../support/env';
import { gql, signIn } from '../support/graphql';
import { makeDocx } from '../support/import-files';
import { startApiProcess, startWorkerProcess, type Proc } from '../support/processes';
import type { Stack } from '../support/stack';

/**
 * Importing a protocol document in the admin app (admin/src/imports), with the built API and worker
 * (parsing runs in the worker): a clerk uploads a .docx, reviews the suggestions beside the document,
 * creates the draft; once adopted, responseDeadlines gives the days the text states.
 */
jest.setTimeout(180_000);

const CLERK = 'clerk.kingsford@accord.example';
const LINES = [
  'Kingsford Member / Officer Protocol',
  '1. Enquiries from Members should be sent to the Town Clerk, who will acknowledge them within 3 working days and respond within 15 working days.',
  '2. If a Councillor is dissatisfied with the conduct of an employee, the matter should be raised with the Town Clerk in the first instance.',
  '3. E-mails should not be blind copied.',
];

let browser: Browser;
let db: TestDb;
let api: Proc & { port: number };
let worker: Proc;
let stack: Stack;

beforeAll(async () => {
  db = await createTestDb({ REDIS_PREFIX: `accord-test-${runId()}-import-ui` });
  [api, worker, browser] = await Promise.all([startApiProcess(db.config), startWorkerProcess(db.config), launchBrowser()]);
  stack = { baseUrl: `http://127.0.0.1:${api.port}`, db, stop: async () => undefined };
}, 120_000);

afterAll(async () => {
  await browser?.close();
  for (const p of [api, worker]) {
    p?.child.kill('SIGTERM');
    await p?.exited;
  }
  await db?.drop();
});

it('a clerk uploads a .docx, accepts suggestions, creates the draft; adopted, it answers as the text says', async () => {
  const dir = join(tmpdir(), `accord-import-${runId()}`);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'kingsford-protocol.docx');
  writeFileSync(file, await makeDocx(LINES));

  const page = await signInPage(browser, stack, CLERK, { viewport: { width: 1400, height: 900 } });
  await page.getByRole('button', { name: 'Sign in' }).waitFor({ state: 'detached' });
  await page.getByRole('menuitem', { name: 'Import a protocol document' }).click();
  await page.getByTestId('import-page').waitFor();
  await page.getByTestId('import-file').setInputFiles(file);
  await page.getByRole('button', { name: 'Upload', exact: true }).click();

  const suggestions = page.getByTestId('import-suggestions');
  await suggestions.waitFor();
  // The document on one side, with its clauses as written and the matched text highlighted.
  const doc = page.getByTestId('import-document');
  await expect(doc.getByText('Kingsford Member / Officer Protocol', { exact: true }).count()).resolves.toBe(1);
  await expect(doc.locator('[data-clause="1"] mark').allTextContents()).resolves.toEqual(expect.arrayContaining(['within 3 working days', 'within 15 working days']));
  // The suggestions on the other: two time limits and a correspondence rule among them.
  await expect(suggestions.locator('[data-kind="TIME_LIMIT"]').count()).resolves.toBe(2);
  await expect(suggestions.locator('[data-kind="CORRESPONDENCE"]').count()).resolves.toBe(1);
  // Reject the correspondence rule, keep the rest.
  await suggestions.locator('[data-kind="CORRESPONDENCE"]').getByRole('button', { name: 'Reject' }).click();
  await page.screenshot({ path: join(ARTIFACTS, 'admin-import-review.png'), fullPage: true });
  await page.getByTestId('import-create-draft').click();
  await page.getByTestId('import-created').waitFor();
  await expect(page.getByTestId('import-created').textContent()).resolves.toMatch(/Draft version 2 created/);

  const token = await signIn(stack.baseUrl, CLERK);
  const { rows } = await db.admin.query(`SELECT id, version FROM protocol_versions WHERE council_id = $1 AND status = 'draft'`, [db.councils.kingsford]);
  expect(rows).toHaveLength(1);
  const rules = await db.admin.query(`SELECT section FROM protocol_items WHERE version_id = $1 ORDER BY section`, [rows[0].id]);
  expect(rules.rows.map((r) => r.section)).not.toContain('correspondence_rule');
  const adopt = await gql(stack.baseUrl, 'mutation($id: ID!, $v: Int!) { adoptProtocolVersion(id: $id, expectedVersion: $v, input: {}) { status } }', { id: rows[0].id, v: rows[0].version }, token);
  expect(adopt.errors).toBeUndefined();
  const due = await gql(
    stack.baseUrl,
    'query($c: ID!) { responseDeadlines(councilId: $c, category: GENERAL_CORRESPONDENCE, receivedAt: "2026-03-02T10:00:00Z") { acknowledgeBy respondBy } }',
    { c: db.councils.kingsford },
    token,
  );
  // Monday 2 March 2026: 3 working days → Thursday 5th; 15 working days → Monday 23rd.
  expect(due.data.responseDeadlines).toEqual({ acknowledgeBy: '2026-03-05', respondBy: '2026-03-23' });
});

it('many at once: a monitoring officer uploads two files, each matched to a council below them, with their status', async () => {
  const dir = join(tmpdir(), `accord-import-bulk-${runId()}`);
  mkdirSync(dir, { recursive: true });
  const files = ['Kingsford Town Council.docx', 'Nowhere Parish.docx'].map((name) => join(dir, name));
  for (const f of files) writeFileSync(f, await makeDocx(LINES));
  const page = await signInPage(browser, stack, 'mo.westmere@accord.example', { viewport: { width: 1400, height: 900 } });
  await page.getByRole('button', { name: 'Sign in' }).waitFor({ state: 'detached' });
  await page.getByRole('menuitem', { name: 'Import a protocol document' }).click();
  await page.getByTestId('import-bulk-files').setInputFiles(files);
  await page.getByRole('button', { name: 'Upload all' }).click();
  const rows = page.getByTestId('import-bulk-row');
  await rows.first().waitFor();
  await page.getByTestId('import-bulk').getByText('Ready for review').waitFor();
  const text = await rows.allTextContents();
  expect(text.find((r) => r.startsWith('Kingsford Town Council.docx'))).toMatch(/Kingsford Town Council.*Ready for review/);
  expect(text.find((r) => r.startsWith('Nowhere Parish.docx'))).toMatch(/No council you look after matches this file name/);
  // Each row's progress is a percentage bar; a file read is at 100.
  const kingsfordRow = rows.filter({ hasText: 'Kingsford Town Council.docx' });
  await expect(kingsfordRow.getByRole('progressbar').getAttribute('aria-valuenow')).resolves.toBe('100');
  await expect(kingsfordRow.textContent()).resolves.toContain('100%');
  await page.getByTestId('import-bulk').getByRole('button', { name: 'Review' }).click();
  await page.getByTestId('import-suggestions').waitFor();
});

it("follows the county's model with the document's differences: the draft answers with the document's time limit", async () => {
  // Westmere publishes a model (Kingsford's first text, with a time limit of its own: 5 and 20 working days).
  const mo = await signIn(stack.baseUrl, 'mo.westmere@accord.example');
  const first = (await db.admin.query(`SELECT id FROM protocol_versions WHERE council_id = $1 AND number = 1`, [db.councils.kingsford])).rows[0].id;
  const model = await gql(stack.baseUrl, 'mutation($c: ID!, $v: ID!) { createModelProtocol(councilId: $c, title: "Westmere model protocol", fromVersionId: $v) { id version draft { id } } }', { c: db.councils.westmere, v: first }, mo);
  expect(model.errors).toBeUndefined();
  const m = model.data.createModelProtocol;
  const rule = { category: 'general_correspondence', handler: 'clerk', escalateTo: [], acknowledgeWithinDays: 5, respondWithinDays: 20, description: 'Enquiries are answered within 20 working days.', clauses: ['1'] };
  expect((await gql(stack.baseUrl, 'mutation($v: ID!, $r: JSON!) { saveProtocolRule(versionId: $v, section: RESPONSE_STANDARD, rule: $r) { key } }', { v: m.draft.id, r: rule }, mo)).errors).toBeUndefined();
  const mv = (await db.admin.query(`SELECT version FROM protocol_versions WHERE id = $1`, [m.draft.id])).rows[0].version;
  expect((await gql(stack.baseUrl, 'mutation($id: ID!, $v: Int!) { adoptProtocolVersion(id: $id, expectedVersion: $v, input: {}) { id } }', { id: m.draft.id, v: mv }, mo)).errors).toBeUndefined();
  expect((await gql(stack.baseUrl, 'mutation($id: ID!, $v: Int!) { publishModelProtocol(id: $id, expectedVersion: $v) { id } }', { id: m.id, v: m.version }, mo)).errors).toBeUndefined();

  const dir = join(tmpdir(), `accord-import-model-${runId()}`);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'kingsford-protocol.docx');
  writeFileSync(file, await makeDocx(LINES));
  const page = await signInPage(browser, stack, CLERK, { viewport: { width: 1400, height: 900 } });
  await page.getByRole('button', { name: 'Sign in' }).waitFor({ state: 'detached' });
  await page.getByRole('menuitem', { name: 'Import a protocol document' }).click();
  await page.getByTestId('import-file').setInputFiles(file);
  await page.getByRole('button', { name: 'Upload', exact: true }).click();

  // Where the document differs from the model: what each says, and which is kept (the document's where it says something).
  const cmp = page.getByTestId('import-model');
  await cmp.waitFor();
  await expect(cmp.textContent()).resolves.toContain('Against the model “Westmere model protocol”');
  const limit = cmp.locator('[data-difference="rule:response_standard:general_correspondence"]');
  await expect(limit.locator('[data-side="model"]').textContent()).resolves.toBe('acknowledge within 5 working days · respond within 20 working days · clerk');
  await expect(limit.locator('[data-side="document"]').textContent()).resolves.toBe('acknowledge within 3 working days · respond within 15 working days · clerk');
  await expect(limit.getAttribute('data-keep')).resolves.toBe('DOCUMENT');
  const clause1 = cmp.locator('[data-difference="clause:1"]');
  await expect(clause1.locator('[data-side="document"]').textContent()).resolves.toContain('within 3 working days and respond within 15 working days');
  // A clause only in the model is kept from the model unless the user says otherwise; here, clause 3 is left to the model's words.
  await expect(cmp.locator('[data-difference="clause:26"]').getAttribute('data-keep')).resolves.toBe('MODEL');
  const clause3 = cmp.locator('[data-difference="clause:3"]');
  await clause3.getByRole('button', { name: 'Model' }).click();
  await expect(clause3.getAttribute('data-keep')).resolves.toBe('MODEL');
  // The comparison follows the review: a suggestion rejected is no longer the document's to keep.
  const blind = cmp.locator('[data-difference="rule:correspondence_rule:no_blind_copies"]');
  await expect(blind.getAttribute('data-keep')).resolves.toBe('DOCUMENT');
  await page.getByTestId('import-suggestions').locator('[data-kind="CORRESPONDENCE"]').getByRole('button', { name: 'Reject' }).click();
  await blind.waitFor({ state: 'detached' });
  await page.screenshot({ path: join(ARTIFACTS, 'admin-import-follow-model.png'), fullPage: true });
  await page.getByTestId('import-follow-model').click();
  await page.getByTestId('import-created').waitFor();
  await expect(page.getByTestId('import-created').textContent()).resolves.toMatch(/Draft version \d+ created: it follows the model/);

  const token = await signIn(stack.baseUrl, CLERK);
  const { rows } = await db.admin.query(
    `SELECT v.id, v.version, p.model_id FROM protocol_versions v JOIN protocols p ON p.id = v.protocol_id WHERE v.council_id = $1 AND v.status = 'draft'`,
    [db.councils.kingsford],
  );
  expect(rows).toHaveLength(1);
  expect(rows[0].model_id).toBe(m.id);
  const sections = await db.admin.query(`SELECT DISTINCT section FROM protocol_items WHERE version_id = $1`, [rows[0].id]);
  expect(sections.rows.map((r) => r.section)).not.toContain('correspondence_rule');
  const modelClause3 = (await db.admin.query(`SELECT text FROM protocol_clauses WHERE version_id = $1 AND key = '3'`, [first])).rows[0].text;
  expect((await db.admin.query(`SELECT text FROM protocol_clauses WHERE version_id = $1 AND key = '3'`, [rows[0].id])).rows[0].text).toBe(modelClause3);
  const adopt = await gql(stack.baseUrl, 'mutation($id: ID!, $v: Int!) { adoptProtocolVersion(id: $id, expectedVersion: $v, input: {}) { status } }', { id: rows[0].id, v: rows[0].version }, token);
  expect(adopt.errors).toBeUndefined();
  const due = await gql(
    stack.baseUrl,
    'query($c: ID!) { responseDeadlines(councilId: $c, category: GENERAL_CORRESPONDENCE, receivedAt: "2026-03-02T10:00:00Z") { acknowledgeBy respondBy } }',
    { c: db.councils.kingsford },
    token,
  );
  // The document's 3 and 15 working days, not the model's 5 and 20: Thursday 5th and Monday 23rd March 2026.
  expect(due.data.responseDeadlines).toEqual({ acknowledgeBy: '2026-03-05', respondBy: '2026-03-23' });
});
