import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { gql, signIn as apiSignIn } from '../support/graphql';
import { startStack, type Stack } from '../support/stack';

/** The protocol editor (admin/src/protocols) in Chromium against a real API over the demo data. */

jest.setTimeout(180_000);

const ARTIFACTS = join(__dirname, '..', 'artifacts');
const PASSWORD = 'accord-demo-2026';
const CLERK = 'clerk.kingsford@accord.example';

let browser: Browser;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
});

/** Each describe gets its own API over a fresh copy of the demo database. */
function useStack() {
  const ctx = {} as { stack: Stack };
  beforeAll(async () => {
    ctx.stack = await startStack();
  });
  afterAll(async () => {
    await ctx.stack?.stop();
  });
  return ctx;
}

async function signIn(stack: Stack, email: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(30_000);
  const page = await context.newPage();
  await page.goto(`${stack.baseUrl}/admin/`);
  await page.getByLabel('E-mail address').fill(email);
  await page.getByRole('textbox', { name: 'Password' }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign in' }).waitFor({ state: 'detached' });
  await page.getByRole('menuitem', { name: 'Protocols' }).waitFor();
  return page;
}

/** Opens a council's protocol from the protocols list, as a clerk would. */
async function openProtocol(stack: Stack, page: Page, council: string) {
  await page.goto(`${stack.baseUrl}/admin/protocols`);
  await page.getByTestId('protocol-list').getByText(council).click();
  await page.waitForURL(/\/admin\/protocols\/[0-9a-f-]{36}\/show$/);
  await page.getByTestId('protocol-editor').waitFor();
}

/** Picks an option of a react-admin SelectInput within a scope; MUI names a select by its label and its value. */
async function choose(page: Page, scope: ReturnType<Page['locator']>, label: RegExp, option: string) {
  await scope.getByRole('combobox', { name: label }).first().click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Picks an option of a react-admin SelectInput (MUI Select) by the input's label. */
async function pick(page: Page, scope: ReturnType<Page['getByTestId']>, label: string, option: string, nth = 0) {
  await scope.getByRole('combobox', { name: new RegExp(`^${label.replace(/[()]/g, '\\$&')}`) }).nth(nth).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

const ROUTE = `query($c: ID!) { escalationRoute(councilId: $c, concern: ABOUT_CLERK, about: CLERK) {
  protocolVersion { number } steps { index handler skipped handlerRole { title } notify { key } workingDays } } }`;

/** The Ask the protocol page (admin/src/ask): the route of a concern about the Clerk, as its steps' handler titles. */
async function askRoute(stack: Stack, page: Page): Promise<string[]> {
  await page.goto(`${stack.baseUrl}/admin/ask`);
  const ask = page.getByTestId('ask-route');
  await ask.waitFor();
  await pick(page, ask, 'Kind of concern', 'A concern about the Clerk');
  await pick(page, ask, 'Who it is about (optional)', 'Town Clerk');
  const answer = ask.getByTestId('route-answer');
  await answer.waitFor();
  const steps = answer.getByTestId('route-step');
  const titles: string[] = [];
  for (let i = 0; i < (await steps.count()); i++) titles.push((await steps.nth(i).locator('span').first().innerText()).trim());
  return titles;
}

describe('a clerk edits and adopts their protocol', () => {
  const ctx = useStack();

  test('opens a draft, adds a step to an escalation chain, adopts the draft, and sees the route change on Ask the protocol', async () => {
    const { stack } = ctx;
    const kingsford = stack.db.councils.kingsford;
    const token = await apiSignIn(stack.baseUrl, CLERK);
    // Before: a complaint about the Town Clerk skips the Town Clerk and goes to the Council.
    const before = await gql(stack.baseUrl, ROUTE, { c: kingsford }, token);
    expect(before.errors).toBeUndefined();
    expect(before.data.escalationRoute.steps.map((s: any) => s.handler)).toEqual([null, 'FULL_COUNCIL']);

    const page = await signIn(stack, CLERK);
    try {
      const route0 = await askRoute(stack, page);
      expect(route0).toHaveLength(2);
      expect(route0[1]).toMatch(/^Council/);
      expect(route0.join(' ')).not.toMatch(/Personnel Committee/);

      await openProtocol(stack, page, 'Kingsford Town Council');
      // The adopted version is read-only: no editing controls until a draft is started.
      await page.getByText('Read-only: start a draft to change it').waitFor();
      expect(await page.getByRole('button', { name: /Edit clause/ }).count()).toBe(0);
      await page.getByRole('button', { name: 'Start new draft' }).click();
      await page.getByText('Draft · version 2').waitFor();
      await page.getByRole('button', { name: 'Edit clause 26' }).waitFor();

      await page.getByRole('tab', { name: 'Escalation chains' }).click();
      const chain = page.getByTestId('chain-about_clerk/any/clerk');
      expect(await chain.getByTestId('chain-step').count()).toBe(2);
      await chain.getByRole('button', { name: /^Edit chain/ }).click();

      const dialog = page.getByTestId('chain-dialog');
      await dialog.getByRole('heading', { name: /Edit chain: About the clerk/ }).waitFor();
      await dialog.getByRole('button', { name: 'Add' }).click();
      // The new step is the third: its pickers offer the protocol's own roles.
      const step3 = dialog.locator('li.RaSimpleFormIterator-line').nth(2);
      await step3.getByText('Step 3').waitFor();
      await choose(page, step3, /^Handler/, 'Personnel Committee');
      await choose(page, step3, /^What happens/, 'Investigate and report');
      await choose(page, step3, /^Tell/, 'Chairman');
      await page.keyboard.press('Escape');
      await step3.getByRole('spinbutton', { name: 'Working days' }).fill('20');
      await step3
        .getByRole('textbox', { name: 'Description' })
        .fill('If it is not resolved informally, the Personnel Committee investigates before the Council considers disciplinary action.');
      // Reordered: the committee investigates before the Council's disciplinary procedure.
      await step3.getByRole('button', { name: 'Move up' }).click();
      await dialog.locator('li.RaSimpleFormIterator-line').nth(1).getByRole('combobox', { name: 'Handler Personnel Committee' }).waitFor();
      await dialog.getByRole('button', { name: 'Save' }).click();
      await dialog.waitFor({ state: 'detached' });

      const steps = chain.getByTestId('chain-step');
      await steps.nth(1).getByText('Personnel Committee', { exact: true }).waitFor();
      expect(await steps.count()).toBe(3);
      await steps.nth(2).getByText('Council', { exact: true }).waitFor();
      await chain.getByText('tells Chairman').waitFor();
      // The screenshot: the draft's chains, the one just changed in full, without the "Saved" toast over it.
      await page.getByText('Saved', { exact: true }).waitFor({ state: 'hidden' });
      await page.setViewportSize({ width: 1280, height: 1180 });
      await page.screenshot({ path: join(ARTIFACTS, 'admin-protocol-editor.png') });
      await page.setViewportSize({ width: 1280, height: 900 });

      // The adopted version still answers: the draft is not in force.
      const during = await gql(stack.baseUrl, ROUTE, { c: kingsford }, token);
      expect(during.data.escalationRoute.steps).toHaveLength(2);

      await page.getByRole('button', { name: 'Adopt', exact: true }).click();
      const adopt = page.getByTestId('adopt-dialog');
      await adopt.getByLabel('Adopted on').fill('2026-12-01');
      await pick(page, adopt, 'Adopting body', 'Council');
      await adopt.getByRole('button', { name: 'Continue' }).click();
      await adopt.getByText(/Adopt version 2 of .* as adopted by Council on 2026-12-01\? It replaces version 1/).waitFor();
      await adopt.getByRole('button', { name: 'Adopt version 2' }).click();
      await adopt.waitFor({ state: 'detached' });
      await page.getByText('Adopted · version 2').waitFor();
      await page.getByText(/Version 2 adopted on 2026-12-01 by Council/).waitFor();

      // The route integrations ask for changed with the adoption...
      const after = await gql(stack.baseUrl, ROUTE, { c: kingsford }, token);
      expect(after.errors).toBeUndefined();
      expect(after.data.escalationRoute.protocolVersion.number).toBe(2);
      expect(after.data.escalationRoute.steps.map((s: any) => s.handler)).toEqual([null, 'PERSONNEL_COMMITTEE', 'FULL_COUNCIL']);
      expect(after.data.escalationRoute.steps[1]).toMatchObject({ notify: [{ key: 'CHAIRMAN' }], workingDays: 20 });

      // ...and so does what Ask the protocol shows.
      const route1 = await askRoute(stack, page);
      expect(route1).toHaveLength(3);
      expect(route1[1]).toMatch(/^Personnel Committee/);
      expect(route1[2]).toMatch(/^Council/);
      await page.getByTestId('route-answer').getByText('Protocol version 2').waitFor();
    } finally {
      await page.context().close();
    }
  });
});

const CLAUSE = `query($c: ID!) { protocol(councilId: $c) { draft { clauses { id number text version } } } }`;

describe('two people edit the same clause', () => {
  const ctx = useStack();

  test('the second save shows the conflict, the first edit is kept, and the second person loses nothing they typed', async () => {
    const { stack } = ctx;
    const kingsford = stack.db.councils.kingsford;
    const token = await apiSignIn(stack.baseUrl, CLERK);
    const { data } = await gql(stack.baseUrl, 'query($c: ID!) { protocol(councilId: $c) { id } }', { c: kingsford }, token);
    const draft = await gql(stack.baseUrl, 'mutation($p: ID!) { startProtocolDraft(protocolId: $p) { id } }', { p: data.protocol.id }, token);
    expect(draft.errors).toBeUndefined();

    const first = await signIn(stack, CLERK);
    const second = await signIn(stack, 'mo.westmere@accord.example');
    try {
      for (const page of [first, second]) {
        await page.goto(`${stack.baseUrl}/admin/protocols/${kingsford}/show`);
        await page.getByTestId('protocol-editor').waitFor();
        await page.getByRole('button', { name: 'Edit clause 26' }).click();
        await page.getByTestId('clause-dialog').getByRole('textbox', { name: 'Text' }).waitFor();
      }
      const firstText = 'A Councillor dissatisfied with the Town Clerk raises it with the Chairman first (first edit).';
      const secondText = 'A Councillor dissatisfied with the Town Clerk raises it with the Vice-Chairman (second edit).';

      const a = first.getByTestId('clause-dialog');
      await a.getByRole('textbox', { name: 'Text' }).fill(firstText);
      await a.getByRole('button', { name: 'Save' }).click();
      await a.waitFor({ state: 'detached' });
      await first.getByTestId('clause-26').getByText(firstText).waitFor();

      const b = second.getByTestId('clause-dialog');
      await b.getByRole('textbox', { name: 'Text' }).fill(secondText);
      await b.getByRole('button', { name: 'Save' }).click();
      const conflict = b.getByTestId('conflict-alert');
      await conflict.getByText('Someone else changed this since you opened it').waitFor();
      // Nothing the second person typed is lost: it is still in the form, and the dialog stays open.
      expect(await b.getByRole('textbox', { name: 'Text' }).inputValue()).toBe(secondText);
      await second.screenshot({ path: join(ARTIFACTS, 'admin-protocol-conflict.png') });

      // The first edit is what is stored.
      const stored = async () =>
        (await gql(stack.baseUrl, CLAUSE, { c: kingsford }, token)).data.protocol.draft.clauses.find((c: any) => c.number === '26');
      expect((await stored()).text).toBe(firstText);

      // Reload, keeping one's own text: their text is shown beside it, and saving puts one's own over it knowingly.
      await conflict.getByRole('button', { name: 'Reload and keep my text' }).click();
      await b.getByTestId('their-text').getByText(firstText, { exact: false }).waitFor();
      expect(await b.getByRole('textbox', { name: 'Text' }).inputValue()).toBe(secondText);
      await b.getByRole('button', { name: 'Save' }).click();
      await b.waitFor({ state: 'detached' });
      expect((await stored()).text).toBe(secondText);
    } finally {
      await first.context().close();
      await second.context().close();
    }
  });

  test("the API's field errors appear beside the field they name", async () => {
    const { stack } = ctx;
    const page = await signIn(stack, CLERK);
    try {
      await page.goto(`${stack.baseUrl}/admin/protocols/${stack.db.councils.kingsford}/show`);
      await page.getByTestId('protocol-editor').waitFor();

      // A clause number already taken: the API's CONFLICT names field "number".
      await page.getByRole('button', { name: 'Edit clause 26' }).click();
      const dialog = page.getByTestId('clause-dialog');
      await dialog.getByRole('textbox', { name: 'Number' }).fill('25');
      await dialog.getByRole('button', { name: 'Save' }).click();
      await dialog.getByText('clause 25 already exists in this version').waitFor();
      const numberInput = dialog.getByRole('textbox', { name: 'Number' });
      expect(await numberInput.getAttribute('aria-invalid')).toBe('true');
      await dialog.getByRole('button', { name: 'Cancel' }).click();

      // A rule naming a role the protocol does not define: refused by the server, beside the JSON.
      await page.getByRole('tab', { name: 'Other rules' }).click();
      const advice = page.getByRole('heading', { name: 'Advice routes' }).locator('..');
      await advice.getByRole('button', { name: 'Add' }).click();
      const json = page.getByTestId('json-rule-dialog');
      await json.getByRole('textbox', { name: 'Rule (JSON)' }).fill(
        JSON.stringify({ topic: 'planning', description: 'Ask the Mayor before commenting on planning', advisers: ['mayor'], clauses: ['26'] }),
      );
      await json.getByRole('button', { name: 'Save' }).click();
      await json.getByText(/advisers\.0: role "mayor" is not defined in this protocol's roles/).waitFor();
      expect(await json.getByRole('textbox', { name: 'Rule (JSON)' }).getAttribute('aria-invalid')).toBe('true');
    } finally {
      await page.context().close();
    }
  });
});
