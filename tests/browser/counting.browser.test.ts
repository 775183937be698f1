import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot, signInToDashboard, useStack } from '../support/browser';
import { gql, signIn as apiSignIn } from '../support/graphql';

/**
 * Issue 12 points 10 and 11 in the admin (admin/dist in Chromium, real API over the demo data):
 * Ask the protocol shows a handler who reports to the subject and whom the route left out;
 * the response standard editor sets how a standard counts.
 */

jest.setTimeout(180_000);

const en = {
  ask: 'Ask the protocol',
  concern: 'Kind of concern',
  about: 'Who it is about (optional)',
  memberAboutOfficer: 'A member’s concern about an officer',
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function choose(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('the subject of a route, in Ask the protocol', () => {
  const ctx = useStack();

  test('a handler under the Chief Executive is flagged and the Chief Executive is not told', async () => {
    const { stack } = ctx;
    const clerk = await apiSignIn(stack.baseUrl, 'clerk.eastvale@accord.example');
    const c = stack.db.councils.eastvale;
    const p = (await gql(stack.baseUrl, 'query($c: ID!) { protocol(councilId: $c) { id } }', { c }, clerk)).data.protocol;
    const draft = (await gql(stack.baseUrl, 'mutation($p: ID!) { startProtocolDraft(protocolId: $p) { id } }', { p: p.id }, clerk)).data.startProtocolDraft;
    const RULES = 'query($id: ID!, $s: RuleSection!) { protocolVersion(id: $id) { version rules(section: $s) { version body } } }';
    const SAVE = 'mutation($v: ID!, $s: RuleSection!, $r: JSON!, $e: Int) { saveProtocolRule(versionId: $v, section: $s, rule: $r, expectedVersion: $e) { version } }';
    const roles = (await gql(stack.baseUrl, RULES, { id: draft.id, s: 'ROLE' }, clerk)).data.protocolVersion.rules;
    const hos = roles.find((r: any) => r.body.key === 'head_of_service');
    expect((await gql(stack.baseUrl, SAVE, { v: draft.id, s: 'ROLE', r: { ...hos.body, reportsTo: 'chief_executive' }, e: hos.version }, clerk)).errors).toBeUndefined();
    const chain = (await gql(stack.baseUrl, RULES, { id: draft.id, s: 'CHAIN' }, clerk)).data.protocolVersion.rules.find((r: any) => r.body.concern === 'member_about_officer');
    const steps = chain.body.steps.map((s: any, i: number) => (i === 1 ? { ...s, notify: ['chief_executive'] } : s));
    expect((await gql(stack.baseUrl, SAVE, { v: draft.id, s: 'CHAIN', r: { ...chain.body, steps }, e: chain.version }, clerk)).errors).toBeUndefined();
    const v = (await gql(stack.baseUrl, RULES, { id: draft.id, s: 'ROLE' }, clerk)).data.protocolVersion.version;
    const adopted = await gql(stack.baseUrl, 'mutation($id: ID!, $v: Int!) { adoptProtocolVersion(id: $id, expectedVersion: $v, input: { adoptedOn: "2026-11-23", adoptedBy: FULL_COUNCIL }) { id } }', { id: draft.id, v }, clerk);
    expect(adopted.errors).toBeUndefined();

    const page = await signInToDashboard(browser, stack, 'clerk.eastvale@accord.example', undefined, { viewport: { width: 1440, height: 900 }, timezoneId: 'Europe/London', locale: 'en-GB' });
    try {
      await page.getByRole('menuitem', { name: en.ask }).click();
      await page.waitForURL('**/admin/ask');
      const card = page.getByTestId('ask-route');
      await choose(page, en.concern, en.memberAboutOfficer);
      await card.getByTestId('route-answer').waitFor();
      expect(await card.getByTestId('route-warning').count()).toBe(0);
      await choose(page, en.about, 'Chief Executive');
      const warning = card.getByTestId('route-warning');
      await warning.waitFor();
      expect(await warning.innerText()).toBe('Step 2: Executive Head reports to Chief Executive, whom the concern is about.');
      const withheld = card.getByTestId('route-step').nth(1).getByTestId('route-withheld');
      expect(await withheld.innerText()).toBe('Not told or consulted: Chief Executive, whom the concern is about');
      await screenshot(page, 'route-subject');
    } finally {
      await page.context().close();
    }
  });

  test('the response standard editor sets the unit, the reading of a receipt on a non-working day and a cut-off', async () => {
    const { stack } = ctx;
    const clerk = await apiSignIn(stack.baseUrl, 'clerk.eastvale@accord.example');
    const c = stack.db.councils.eastvale;
    const p = (await gql(stack.baseUrl, 'query($c: ID!) { protocol(councilId: $c) { id } }', { c }, clerk)).data.protocol;
    const draft = (await gql(stack.baseUrl, 'mutation($p: ID!) { startProtocolDraft(protocolId: $p) { id } }', { p: p.id }, clerk)).data.startProtocolDraft;
    const page = await signInToDashboard(browser, stack, 'clerk.eastvale@accord.example', undefined, { viewport: { width: 1440, height: 900 }, timezoneId: 'Europe/London', locale: 'en-GB' });
    try {
      await page.goto(`${stack.baseUrl}/admin/protocols/${c}/show`);
      await page.getByTestId('protocol-editor').waitFor();
      await page.getByRole('tab', { name: 'Response standards' }).click();
      const row = page.getByTestId('standard-information_request');
      await row.waitFor();
      expect(await row.getByTestId('standard-counting').innerText()).toContain('Day 1 is the first working day after receipt (ICO)');
      await row.getByRole('button', { name: 'Edit response standard' }).click();
      const dialog = page.getByTestId('standard-dialog');
      await dialog.waitFor();
      await choose(page, 'Received on a non-working day', 'Moved to the next working day, counted from the day after');
      await choose(page, 'Counted in', 'Calendar days');
      await dialog.getByLabel('Cut-off (HH:MM)').fill('4pm');
      await dialog.getByRole('button', { name: 'Save' }).click();
      await dialog.getByText('must be a local time HH:MM, 00:00 to 23:59').waitFor();
      await dialog.getByLabel('Cut-off (HH:MM)').fill('16:00');
      await dialog.getByRole('button', { name: 'Save' }).click();
      await dialog.waitFor({ state: 'detached' });
      await row.getByTestId('standard-counting').getByText('Moved to the next working day, counted from the day after · cut-off 16:00').waitFor();
      const saved = (await gql(stack.baseUrl, 'query($id: ID!) { protocolVersion(id: $id) { rules(section: RESPONSE_STANDARD) { body } } }', { id: draft.id }, clerk)).data.protocolVersion.rules.find(
        (r: any) => r.body.category === 'information_request',
      );
      expect(saved.body).toMatchObject({ receiptOnNonWorkingDay: 'next_working_day', unit: 'calendar_days', cutOff: '16:00' });
    } finally {
      await page.context().close();
    }
  });
});
