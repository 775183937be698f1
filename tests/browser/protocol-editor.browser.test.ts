import type { Browser, Page } from 'playwright-core';
import { join } from 'node:path';
import { ARTIFACTS, launchBrowser, PASSWORD, screenshot, signInPage, useStack } from '../support/browser';
import { gql, signIn as apiSignIn } from '../support/graphql';
import type { Stack } from '../support/stack';

/** The protocol editor (admin/src/protocols) in Chromium against a real API over the demo data. */

jest.setTimeout(180_000);

const CLERK = 'clerk.kingsford@accord.example';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function signIn(stack: Stack, email: string, protocolsMenu = 'Protocols'): Promise<Page> {
  const page = await signInPage(browser, stack, email, { viewport: { width: 1280, height: 900 } });
  await page.getByRole('button', { name: 'Sign in' }).waitFor({ state: 'detached' });
  await page.getByRole('menuitem', { name: protocolsMenu }).waitFor();
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
    // Before: a complaint about the Town Clerk is raised with the Town Clerk first (clause 26), then goes to the Council.
    const before = await gql(stack.baseUrl, ROUTE, { c: kingsford }, token);
    expect(before.errors).toBeUndefined();
    // Format 2: the second step is the council's Disciplinary Procedure (a procedure, not a role).
    expect(before.data.escalationRoute.steps.map((s: any) => s.handler)).toEqual(['clerk', null]);

    const page = await signIn(stack, CLERK);
    try {
      const route0 = await askRoute(stack, page);
      expect(route0).toHaveLength(2);
      expect(route0[1]).toMatch(/Disciplinary Procedure/);
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
      await steps.nth(2).getByText('the council’s Disciplinary Procedure', { exact: true }).waitFor();
      await chain.getByText('tells Chairman').waitFor();
      // The screenshot: the draft's chains, the one just changed in full, without the "Saved" toast over it.
      await page.getByText('Saved', { exact: true }).waitFor({ state: 'hidden' });
      await page.setViewportSize({ width: 1280, height: 1180 });
      await page.screenshot({ path: join(ARTIFACTS, 'admin-protocol-editor.png') });
      await page.setViewportSize({ width: 1280, height: 900 });

      // The adopted version still answers: the draft is not in force.
      const during = await gql(stack.baseUrl, ROUTE, { c: kingsford }, token);
      expect(during.data.escalationRoute.steps).toHaveLength(2);

      // Compare against the adopted version: the chain's change field by field, not two bodies of JSON.
      await page.getByRole('button', { name: 'Compare', exact: true }).click();
      // Step 2 was the Disciplinary Procedure (handledBy) and is now the Personnel Committee (handler); the procedure moved to step 3.
      const changed = page.getByTestId('compare').locator('[data-testid^="rule-change-"]').filter({ has: page.locator('li[data-path="steps.2.handler"]') });
      await changed.locator('li[data-path="steps.2.handler"]').waitFor();
      expect(await changed.locator('li[data-path="steps.2.handler"]').innerText()).toMatch(/^steps › 2 › handler: .*\S/);
      expect(await page.getByTestId('compare').innerText()).not.toContain('{"');
      await screenshot(page, 'compare-fields');

      await page.getByRole('button', { name: 'Adopt', exact: true }).click();
      const adopt = page.getByTestId('adopt-dialog');
      await adopt.getByLabel('Adopted on').fill('2026-12-01');
      await pick(page, adopt, 'Adopting body', 'Council');
      await adopt.getByRole('button', { name: 'Continue' }).click();
      await adopt.getByText(/Adopt version 2 of .* as adopted by Council on 1 December 2026\? It replaces version 1/).waitFor();
      await adopt.getByRole('button', { name: 'Adopt version 2' }).click();
      await adopt.waitFor({ state: 'detached' });
      await page.getByText('Adopted · version 2').waitFor();
      await page.getByText(/Version 2 adopted on 1 December 2026 by Council/).waitFor();

      // The route integrations ask for changed with the adoption...
      const after = await gql(stack.baseUrl, ROUTE, { c: kingsford }, token);
      expect(after.errors).toBeUndefined();
      expect(after.data.escalationRoute.protocolVersion.number).toBe(2);
      expect(after.data.escalationRoute.steps.map((s: any) => s.handler)).toEqual(['clerk', 'personnel_committee', null]);
      expect(after.data.escalationRoute.steps[1]).toMatchObject({ notify: [{ key: 'chairman' }], workingDays: 20 });

      // ...and so does what Ask the protocol shows.
      const route1 = await askRoute(stack, page);
      expect(route1).toHaveLength(3);
      expect(route1[1]).toMatch(/^Personnel Committee/);
      expect(route1[2]).toMatch(/Disciplinary Procedure/);
      await page.getByTestId('route-answer').getByText('Protocol version 2').waitFor();
    } finally {
      await page.context().close();
    }
  });

  test('adopting asks which next review date to keep when the council\'s and the schedule\'s differ: both shown, keep by default (issue 12, point 12)', async () => {
    const { stack } = ctx;
    const glanmor = stack.db.councils.glanmor;
    const clerk = 'clerk.glanmor@accord.example';
    const token = await apiSignIn(stack.baseUrl, clerk);
    const admin = await apiSignIn(stack.baseUrl, 'admin@accord.example');
    // A date typed on the council, and a draft reviewed every 24 months: adopted on 1 December 2026 it would say 1 December 2028.
    const council = (await gql(stack.baseUrl, 'query($c: ID!) { council(id: $c) { version } }', { c: glanmor }, admin)).data.council;
    expect((await gql(stack.baseUrl, 'mutation($id: ID!, $v: Int!) { updateCouncil(id: $id, expectedVersion: $v, input: { nextReviewDue: "2027-03-31" }) { id } }', { id: glanmor, v: council.version }, admin)).errors).toBeUndefined();
    const p = (await gql(stack.baseUrl, 'query($c: ID!) { protocol(councilId: $c) { id } }', { c: glanmor }, token)).data.protocol;
    const draft = (await gql(stack.baseUrl, 'mutation($p: ID!) { startProtocolDraft(protocolId: $p) { id version } }', { p: p.id }, token)).data.startProtocolDraft;
    const review = await gql(stack.baseUrl, 'mutation($id: ID!, $v: Int!) { setProtocolReview(id: $id, expectedVersion: $v, input: { reviewEveryMonths: 24 }) { id } }', { id: draft.id, v: draft.version }, token);
    expect(review.errors).toBeUndefined();

    const page = await signIn(stack, clerk);
    try {
      await openProtocol(stack, page, 'Glanmor County Council');
      await page.getByRole('button', { name: 'Adopt', exact: true }).click();
      const adopt = page.getByTestId('adopt-dialog');
      await adopt.getByLabel('Adopted on').fill('2026-12-01');
      const question = adopt.getByTestId('adopt-review-question');
      await question.getByText("The council's next review date is 31 March 2027; this version's review schedule gives 1 December 2028. Which should the council keep?").waitFor();
      const keep = question.getByRole('radio', { name: "Keep the council's date (31 March 2027)" });
      const schedule = question.getByRole('radio', { name: "Use the schedule's date (1 December 2028)" });
      expect([await keep.isChecked(), await schedule.isChecked()]).toEqual([true, false]);
      await screenshot(page, 'adopt-review-question');
      // By default the council's date is kept...
      await adopt.getByRole('button', { name: 'Continue' }).click();
      await adopt.getByTestId('adopt-review-outcome').getByText('Next review due: 31 March 2027').waitFor();
      // ...or, asked for, the schedule's.
      await adopt.getByRole('button', { name: 'Back' }).click();
      await adopt.getByTestId('adopt-review-question').getByRole('radio', { name: "Use the schedule's date (1 December 2028)" }).check();
      await adopt.getByRole('button', { name: 'Continue' }).click();
      await adopt.getByTestId('adopt-review-outcome').getByText('Next review due: 1 December 2028').waitFor();
      await adopt.getByRole('button', { name: /^Adopt version \d+$/ }).click();
      await adopt.waitFor({ state: 'detached' });
      const after = (await gql(stack.baseUrl, 'query($c: ID!) { council(id: $c) { nextReviewDue } protocol(councilId: $c) { adopted { id nextReviewDue } } }', { c: glanmor }, token)).data;
      expect([after.council.nextReviewDue, after.protocol.adopted.id, after.protocol.adopted.nextReviewDue]).toEqual(['2028-12-01', draft.id, '2028-12-01']);
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
      await json.getByText(/advisers\.0: "mayor" is not one of this protocol's roles/).waitFor();
      expect(await json.getByRole('textbox', { name: 'Rule (JSON)' }).getAttribute('aria-invalid')).toBe('true');
      await json.getByRole('button', { name: 'Cancel' }).click();

      // Removing a rule from the draft asks first, then the API removes it (and only it).
      const DRAFT_CHAINS = 'query($c: ID!) { protocol(councilId: $c) { draft { rules(section: CHAIN) { key } } } }';
      const clerk = await apiSignIn(stack.baseUrl, CLERK, PASSWORD);
      const chainsBefore = (await gql(stack.baseUrl, DRAFT_CHAINS, { c: stack.db.councils.kingsford }, clerk)).data.protocol.draft.rules.map((r: { key: string }) => r.key);
      const gone = chainsBefore[chainsBefore.length - 1];
      await page.getByRole('tab', { name: 'Escalation chains' }).click();
      await page.getByTestId(`chain-${gone}`).getByRole('button', { name: 'Remove' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
      await page.getByText('Rule removed', { exact: true }).waitFor();
      await page.getByTestId(`chain-${gone}`).waitFor({ state: 'detached' });
      const chainsAfter = (await gql(stack.baseUrl, DRAFT_CHAINS, { c: stack.db.councils.kingsford }, clerk)).data.protocol.draft.rules.map((r: { key: string }) => r.key);
      expect(chainsAfter).toEqual(chainsBefore.slice(0, -1));
    } finally {
      await page.context().close();
    }
  });
});

const MODEL_TITLE = 'Torfaen model protocol for community councils';
const OWN = `query($c: ID!) { protocol(councilId: $c) { id version modelId model { id title adopted { id number } }
  adopted { id clauses { number text } } draft { id clauses { number text } } } }`;
const COMPARE = `query($b: ID!, $o: ID!) { compareProtocolVersions(baseId: $b, otherId: $o) {
  clauses { number change textBefore textAfter } rules { key } } }`;

describe("compare a council's draft against the model it follows", () => {
  const ctx = useStack();

  test('the monitoring officer builds, adopts and publishes a model from Cwmbran; Cwmbran follows it, edits a clause, and Compare against the model shows exactly that clause', async () => {
    const { stack } = ctx;
    const { torfaen, cwmbran } = stack.db.councils;
    const clerkToken = await apiSignIn(stack.baseUrl, 'clerk.cwmbran@accord.example');
    const before = (await gql(stack.baseUrl, OWN, { c: cwmbran }, clerkToken)).data.protocol;
    expect(before).toMatchObject({ modelId: null, model: null, draft: null });

    // 1. The monitoring officer builds the model from Cwmbran's adopted version, through the UI.
    const mo = await signIn(stack, 'mo.torfaen@accord.example');
    try {
      await openProtocol(stack, mo, 'Cwmbran Community Council');
      await mo.getByTestId('model-follow').getByText('Follows no model protocol').waitFor();
      await mo.getByRole('button', { name: 'Build a model from version 1' }).click();
      const build = mo.getByTestId('build-model-dialog');
      await build.getByRole('combobox', { name: 'Model for the councils below' }).getByText('Torfaen County Borough Council').waitFor();
      await build.getByRole('textbox', { name: 'Title of the model' }).fill(MODEL_TITLE);
      await build.getByRole('button', { name: 'Build the model' }).click();
      // It is built at Torfaen, as a draft: the officer lands on Torfaen's models, adopts it and publishes it.
      await mo.waitForURL(`**/admin/protocols/${torfaen}/show`);
      const models = mo.getByTestId('model-protocols');
      const row = models.locator('[data-testid^="model-"]').filter({ hasText: MODEL_TITLE });
      await row.getByText('Draft · version 1').waitFor();
      await row.getByText('Not published').waitFor();
      expect(await row.getByRole('button', { name: 'Publish' }).isDisabled()).toBe(true);
      await row.getByRole('button', { name: 'Adopt version 1' }).click();
      const adopt = mo.getByTestId('adopt-dialog');
      await adopt.getByLabel('Adopted on').fill('2026-11-01');
      await pick(mo, adopt, 'Adopting body', 'Council');
      await adopt.getByRole('button', { name: 'Continue' }).click();
      await adopt.getByText(`Adopt version 1 of "${MODEL_TITLE}" as adopted by Council on 1 November 2026?`, { exact: false }).waitFor();
      await adopt.getByRole('button', { name: 'Adopt version 1' }).click();
      await adopt.waitFor({ state: 'detached' });
      await row.getByText('Adopted · version 1').waitFor();
      await row.getByRole('button', { name: 'Publish' }).click();
      await row.getByText('Published to the councils below').waitFor();
    } finally {
      await mo.context().close();
    }

    // What the API now says: one published model at Torfaen, adopted, a copy of Cwmbran's adopted version.
    const published = (await gql(stack.baseUrl, 'query($c: ID!) { modelProtocols(councilId: $c) { id title councilId published adopted { id number adoptedOn } draft { id } } }', { c: cwmbran }, clerkToken)).data.modelProtocols;
    expect(published).toEqual([{ id: expect.any(String), title: MODEL_TITLE, councilId: torfaen, published: true, adopted: { id: expect.any(String), number: 1, adoptedOn: '2026-11-01' }, draft: null }]);
    const model = published[0];
    const same = await gql(stack.baseUrl, COMPARE, { b: model.adopted.id, o: before.adopted.id }, clerkToken);
    expect(same.data.compareProtocolVersions).toEqual({ clauses: [], rules: [] });

    // 2. Cwmbran's clerk (whose app opens in Welsh) follows the model, starts a draft and edits one clause.
    const clerk = await signIn(stack, 'clerk.cwmbran@accord.example', 'Protocolau');
    try {
      await clerk.getByRole('button', { name: 'Iaith' }).click();
      await clerk.getByRole('menuitem', { name: 'English' }).click();
      await clerk.getByRole('menuitem', { name: 'Protocols' }).waitFor();
      await openProtocol(stack, clerk, 'Cwmbran Community Council');
      const follow = clerk.getByTestId('model-follow');
      await follow.getByText('Follows no model protocol').waitFor();
      // A clerk cannot build models.
      expect(await clerk.getByRole('button', { name: /^Build a model/ }).count()).toBe(0);
      await follow.getByRole('button', { name: 'Follow a model…' }).click();
      const dialog = clerk.getByTestId('follow-model-dialog');
      await dialog.getByRole('combobox', { name: 'Model protocol' }).click();
      await clerk.getByRole('option', { name: `${MODEL_TITLE} · adopted version 1` }).click();
      await dialog.getByRole('button', { name: 'Save' }).click();
      await dialog.waitFor({ state: 'detached' });
      await follow.getByText(`Follows the model: ${MODEL_TITLE}`).waitFor();
      const following = (await gql(stack.baseUrl, OWN, { c: cwmbran }, clerkToken)).data.protocol;
      expect(following).toMatchObject({ modelId: model.id, model: { id: model.id, adopted: { id: model.adopted.id } }, draft: null });

      await clerk.getByRole('button', { name: 'Start new draft' }).click();
      await clerk.getByText('Draft · version 2').waitFor();
      // A clause with text long enough to read the change in; the clause after it stays as it is.
      const clauses = before.adopted.clauses as { number: string; text: string }[];
      const index = clauses.findIndex((c, i) => i >= 3 && c.text.length > 80 && c.text.length < 400);
      const target = clauses[index];
      const untouched = clauses[index + 1];
      expect(target).toBeDefined();
      const added = ' The Clerk acknowledges every enquiry within two working days.';
      await clerk.getByRole('button', { name: `Edit clause ${target.number}`, exact: true }).click();
      const edit = clerk.getByTestId('clause-dialog');
      const text = edit.getByRole('textbox', { name: 'Text' });
      expect(await text.inputValue()).toBe(target.text);
      await text.fill(target.text + added);
      await edit.getByRole('button', { name: 'Save' }).click();
      await edit.waitFor({ state: 'detached' });
      await clerk.getByTestId(`clause-${target.number}`).getByText(added.trim(), { exact: false }).waitFor();

      // 3. Compare → against the model.
      await clerk.getByRole('button', { name: 'Compare', exact: true }).click();
      const compare = clerk.getByTestId('compare');
      await compare.waitFor();
      const againstModel = compare.getByRole('button', { name: `Against the model: ${MODEL_TITLE}` });
      expect(await againstModel.isDisabled()).toBe(false);
      await againstModel.click();
      await compare.getByRole('columnheader', { name: 'Model' }).waitFor();
      const draft = (await gql(stack.baseUrl, OWN, { c: cwmbran }, clerkToken)).data.protocol.draft;
      const api = (await gql(stack.baseUrl, COMPARE, { b: model.adopted.id, o: draft.id }, clerkToken)).data.compareProtocolVersions;
      expect(api).toEqual({ clauses: [{ number: target.number, change: 'CHANGED', textBefore: target.text, textAfter: target.text + added }], rules: [] });
      await compare.getByText(`Version 1 → version 2: 1 clause and 0 rules differ.`).waitFor();

      // The UI's changed clauses are the API's, and the unchanged ones are not listed.
      const shown = await compare.locator('[data-testid^="clause-change-"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-testid')!.slice('clause-change-'.length)));
      expect(shown).toEqual(api.clauses.map((c: any) => c.number));
      expect(await compare.getByTestId(`clause-change-${untouched.number}`).count()).toBe(0);
      const changed = compare.getByTestId(`clause-change-${target.number}`);
      const cells = await changed.locator('td').allInnerTexts();
      expect(cells.map((c) => c.trim())).toEqual([target.number, 'Changed', target.text.trim(), (target.text + added).trim()]);
      expect(cells[2]).not.toContain(added.trim());
      // The words that differ are marked: here only the sentence added, and nothing removed.
      expect((await changed.getByTestId('text-added').innerText()).trim()).toBe(added.trim());
      expect(await changed.getByTestId('text-removed').count()).toBe(0);
      await compare.getByText('No rule differs.').waitFor();
      await clerk.screenshot({ path: join(ARTIFACTS, 'admin-protocol-compare-model.png'), fullPage: true });

      // Against the adopted version the same one clause differs (the draft is a copy of Cwmbran's own adopted version).
      await compare.getByRole('button', { name: 'Against the adopted version' }).click();
      await compare.getByRole('columnheader', { name: 'Adopted version' }).waitFor();
      const vsAdopted = (await gql(stack.baseUrl, COMPARE, { b: before.adopted.id, o: draft.id }, clerkToken)).data.compareProtocolVersions;
      expect(vsAdopted.clauses.map((c: any) => c.number)).toEqual([target.number]);
    } finally {
      await clerk.context().close();
    }
  });
});
