import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot, signInToDashboard } from '../support/browser';
import { gql, signIn as apiSignIn } from '../support/graphql';
import { startSmtpSink, type SmtpSink } from '../support/smtp';
import { startStack, type Stack } from '../support/stack';
import { createLogger } from '@accord/api';
import { startWorker, type RunningWorker } from '@accord/worker';

/**
 * Onboarding a council in one flow, in Chromium against a real API and SMTP sink: the Torfaen
 * monitoring officer creates a council (slug from the name, Wales and community council from their
 * own), its draft protocol from the model, and invites its clerk; the invitation e-mail is read from
 * the sink, its link opened signed out, a password set, and the new clerk lands on their dashboard,
 * holding the Clerk role; the Users list shows council and role.
 */

jest.setTimeout(240_000);

let browser: Browser;
let sink: SmtpSink;
let stack: Stack;
let worker: RunningWorker;
beforeAll(async () => {
  browser = await launchBrowser();
  sink = await startSmtpSink();
  // The invitation e-mails go from the mail outbox, sent by the worker (a Redis prefix of this file's own).
  stack = await startStack({ SMTP_PORT: String(sink.port), REDIS_PREFIX: `accord-test-${process.env.ACCORD_TEST_RUN}-onboarding-browser` });
  worker = await startWorker(stack.db.config, createLogger('worker', 'silent'));
});
afterAll(async () => {
  await worker?.close();
  await browser?.close();
  await stack?.stop();
  await sink?.stop();
});

async function until(check: () => boolean, ms = 30_000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting for the e-mail');
    await new Promise((ok) => setTimeout(ok, 50));
  }
}

async function serious(page: Page) {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('a monitoring officer onboards a council and its clerk; the clerk sets a password from the e-mailed link and signs in', async () => {
  const page = await signInToDashboard(browser, stack, 'mo.torfaen@accord.example', 'Your councils', { viewport: { width: 1280, height: 1000 }, locale: 'en-GB', timezoneId: 'Europe/London' });
  try {
    await page.getByRole('menuitem', { name: 'Onboard a council' }).click();
    await page.getByTestId('onboarding').waitFor();
    expect(await page.title()).toBe('Onboard a council · Accord');
    await page.getByText('Nation, kind and parent start from your council (Torfaen County Borough Council).').waitFor();
    await page.getByRole('textbox', { name: 'Name' }).fill('Pontnewydd Community Council');
    // The slug follows the name; nation, kind and parent come from Torfaen.
    expect(await page.getByRole('textbox', { name: 'Slug' }).inputValue()).toBe('pontnewydd-community-council');
    expect(await page.getByRole('combobox', { name: 'Nation' }).innerText()).toBe('Wales');
    expect(await page.getByRole('combobox', { name: 'Kind' }).innerText()).toBe('Community council');
    expect(await page.getByRole('textbox', { name: 'Parent council' }).inputValue()).toBe('Torfaen County Borough Council');
    expect(await serious(page)).toEqual([]);
    await screenshot(page, 'onboarding-council');
    await page.getByRole('button', { name: 'Create the council' }).click();

    await page.getByRole('button', { name: 'Create the draft protocol' }).click();
    await page.getByRole('textbox', { name: "Clerk's name" }).fill('Rhian Morgan');
    await page.getByRole('textbox', { name: "Clerk's e-mail address" }).fill('clerk@pontnewydd.example');
    await page.getByRole('button', { name: 'Send the invitation' }).click();
    await page.getByTestId('onboarding-done').getByText(/Invitation sent to clerk@pontnewydd\.example/).waitFor();
    await screenshot(page, 'onboarding-done');

    // What the API holds: the council below Torfaen, a draft protocol, the clerk as Clerk office holder.
    const mo = await apiSignIn(stack.baseUrl, 'mo.torfaen@accord.example');
    const found = (await gql(stack.baseUrl, '{ councils(filter: { search: "pontnewydd" }) { items { id slug nation kind parentId } } }', undefined, mo)).data.councils.items;
    expect(found).toEqual([{ id: expect.any(String), slug: 'pontnewydd-community-council', nation: 'WALES', kind: 'COMMUNITY', parentId: stack.db.councils.torfaen }]);
    const councilId = found[0].id;
    const protocol = (await gql(stack.baseUrl, 'query($c: ID!) { protocol(councilId: $c) { draft { id } } officeHolders(councilId: $c) { roleKey name } }', { c: councilId }, mo)).data;
    expect(protocol.protocol.draft).not.toBeNull();
    expect(protocol.officeHolders).toEqual([{ roleKey: 'clerk', name: 'Rhian Morgan' }]);

    // The Users list shows the new clerk's council and role, invited but without a password yet.
    await page.goto(`${stack.baseUrl}/admin/users`);
    const row = page.locator('tr', { hasText: 'clerk@pontnewydd.example' });
    await row.getByTestId('user-councils').getByText('Pontnewydd Community Council').waitFor();
    await row.getByTestId('user-roles').getByText('Clerk', { exact: true }).waitFor();
    await row.getByText('Invited: password not yet set').waitFor();
    // CSV export: one line per person and council, with the council's name and the role.
    const [exported] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export' }).click()]);
    expect(exported.suggestedFilename()).toBe('users.csv');
    const lines = readFileSync((await exported.path())!, 'utf8').split('\r\n');
    expect(lines[0]).toBe('\ufeffemail,display_name,council,council_id,role,platform_admin,invited,created_at');
    expect(lines.find((l) => l.startsWith('clerk@pontnewydd.example,'))).toMatch(new RegExp(`^clerk@pontnewydd\\.example,Rhian Morgan,Pontnewydd Community Council,${councilId},clerk,no,yes,\\d{4}-\\d{2}-\\d{2}$`));
    // Filtered by role: the monitoring officer alone, not the clerk.
    await page.goto(`${stack.baseUrl}/admin/users?filter=${encodeURIComponent(JSON.stringify({ role: 'MONITORING_OFFICER' }))}`);
    await page.locator('tr', { hasText: 'mo.torfaen@accord.example' }).waitFor();
    expect(await page.locator('tr', { hasText: 'clerk@pontnewydd.example' }).count()).toBe(0);
    await screenshot(page, 'users-roles');
  } finally {
    await page.context().close();
  }

  // The e-mail, from the sink: Welsh then English, with the one-time link.
  await until(() => sink.messages.some((m) => m.to.includes('clerk@pontnewydd.example')));
  const mail = sink.messages.find((m) => m.to.includes('clerk@pontnewydd.example'))!;
  const token = mail.text.match(/#token=([A-Za-z0-9_-]+)/)![1];

  // Signed out, in a fresh browser: the link's page sets the password and signs in.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  try {
    const clerk = await context.newPage();
    await clerk.goto(`${stack.baseUrl}/admin/invitation#token=${token}`);
    await clerk.getByRole('heading', { name: 'Set your password', level: 1 }).waitFor();
    expect(await serious(clerk)).toEqual([]);
    await clerk.locator('input[type=password]').nth(0).fill('short');
    await clerk.locator('input[type=password]').nth(1).fill('short');
    await clerk.getByRole('button', { name: 'Set password and sign in' }).click();
    await clerk.locator('.Mui-error', { hasText: /12/ }).first().waitFor();
    await clerk.locator('input[type=password]').nth(0).fill('llanfair-pwll-quarry-2026');
    await clerk.locator('input[type=password]').nth(1).fill('llanfair-pwll-quarry-2026');
    await screenshot(clerk, 'invitation');
    await clerk.getByRole('button', { name: 'Set password and sign in' }).click();
    // Their profile language is Welsh (a council in Wales): the dashboard opens in Welsh.
    await clerk.getByRole('heading', { name: 'Eich cynghorau' }).waitFor({ timeout: 15_000 }).catch(async (e) => {
      await screenshot(clerk, 'invitation-failed');
      throw e;
    });
    // The link works once.
    const again = await gql(stack.baseUrl, 'mutation($t: String!) { acceptInvitation(token: $t, password: "another-long-passphrase-99") { token } }', { t: token });
    expect(again.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  } finally {
    await context.close();
  }
});

test('bulk onboarding from a CSV: a bad row shows in the preview; corrected, three councils are onboarded at once, three invitations arrive, and one sets a password', async () => {
  const page = await signInToDashboard(browser, stack, 'mo.torfaen@accord.example', 'Your councils', { viewport: { width: 1280, height: 1000 }, locale: 'en-GB', timezoneId: 'Europe/London' });
  const emails = ['clerk@llantarnam.example', 'clerk@henllys.example', 'clerk@ponthir.example'];
  try {
    await page.getByRole('menuitem', { name: 'Onboard a council' }).click();
    await page.getByRole('tab', { name: 'Several from a CSV' }).click();
    await page.getByTestId('bulk-onboarding').waitFor();
    // The template: the columns the API reads, and an example row.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download a template' }).click()]);
    expect(download.suggestedFilename()).toBe('onboarding-template.csv');
    const template = readFileSync((await download.path())!, 'utf8');
    expect(template.split('\r\n')[0]).toBe('\ufeffname,kind,parent,clerk name,clerk email');
    expect(template).toContain('Cyngor Cymuned Llanfihangel Llantarnâm,community,,Siân Prys,clerk@llantarnam.example');
    // Uploaded as a file: UTF-8 with a byte-order mark, Welsh names; the second row has a kind Accord does not know.
    const bad = [
      "name,kind,parent,clerk's name,clerk's e-mail",
      'Cyngor Cymuned Llanfihangel Llantarnâm,community,,Siân Prys,clerk@llantarnam.example',
      'Henllys Community Council,hamlet,,Dafydd ap Gwilym,clerk@henllys.example',
      'Ponthir Community Council,,Torfaen County Borough Council,Gwenllïan Rhys,clerk@ponthir.example',
    ].join('\r\n');
    await page.getByTestId('bulk-file').setInputFiles({ name: 'councils.csv', mimeType: 'text/csv', buffer: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(bad, 'utf8')]) });
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.getByTestId('bulk-preview').waitFor();
    await page.getByTestId('bulk-row-2').getByText('Row 2, kind: is not a kind of council Accord knows').waitFor();
    await page.getByText('1 row of 3 has problems').waitFor();
    await page.getByTestId('bulk-row-1').getByText('cyngor-cymuned-llanfihangel-llantarnam').waitFor();
    expect(await page.getByRole('button', { name: 'Onboard 3 councils' }).isDisabled()).toBe(true);
    expect(await serious(page)).toEqual([]);
    await screenshot(page, 'onboarding-bulk-preview');

    // Corrected in the text box: preview again, then onboard all three.
    const box = page.getByRole('textbox', { name: 'CSV text' });
    await box.fill((await box.inputValue()).replace('hamlet', 'community'));
    await page.getByText('The CSV has changed since the preview').waitFor();
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.getByText('Ready: 3 councils, no problems').waitFor();
    await page.getByRole('button', { name: 'Onboard 3 councils' }).click();
    await page.getByTestId('bulk-done').getByText('3 councils onboarded; 3 invitations are on their way.').waitFor();
    await page.getByTestId('bulk-done').getByRole('link', { name: 'Cyngor Cymuned Llanfihangel Llantarnâm' }).waitFor();
  } finally {
    await page.context().close();
  }

  // What the API holds: three councils below Torfaen, each with a draft protocol and its clerk as Clerk office holder.
  const mo = await apiSignIn(stack.baseUrl, 'mo.torfaen@accord.example');
  const councils = (await gql(stack.baseUrl, '{ councils(filter: { parentId: "' + stack.db.councils.torfaen + '" }, limit: 100) { items { id name kind } } }', undefined, mo)).data.councils.items;
  for (const name of ['Cyngor Cymuned Llanfihangel Llantarnâm', 'Henllys Community Council', 'Ponthir Community Council']) {
    const c = councils.find((x: any) => x.name === name);
    expect(c?.kind).toBe('COMMUNITY');
    const p = (await gql(stack.baseUrl, 'query($c: ID!) { protocol(councilId: $c) { draft { id } } officeHolders(councilId: $c) { roleKey } }', { c: c.id }, mo)).data;
    expect(p.protocol.draft).not.toBeNull();
    expect(p.officeHolders).toEqual([{ roleKey: 'clerk' }]);
  }

  // Three invitations from the outbox, once each.
  await until(() => emails.every((e) => sink.messages.some((m) => m.to.includes(e))));
  expect(sink.messages.filter((m) => emails.some((e) => m.to.includes(e)))).toHaveLength(3);
  const mail = sink.messages.find((m) => m.to.includes('clerk@henllys.example'))!;
  expect(mail.text).toContain('Annwyl Dafydd ap Gwilym');
  const token = mail.text.match(/#token=([A-Za-z0-9_-]+)/)![1];
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  try {
    const clerk = await context.newPage();
    await clerk.goto(`${stack.baseUrl}/admin/invitation#token=${token}`);
    await clerk.getByRole('heading', { name: 'Set your password', level: 1 }).waitFor();
    await clerk.locator('input[type=password]').nth(0).fill('henllys-quarry-lane-2026');
    await clerk.locator('input[type=password]').nth(1).fill('henllys-quarry-lane-2026');
    await clerk.getByRole('button', { name: 'Set password and sign in' }).click();
    await clerk.getByRole('heading', { name: 'Eich cynghorau' }).waitFor({ timeout: 15_000 });
  } finally {
    await context.close();
  }
  await apiSignIn(stack.baseUrl, 'clerk@henllys.example', 'henllys-quarry-lane-2026');
});
