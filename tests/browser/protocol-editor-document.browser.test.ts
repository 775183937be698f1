import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { parseDocument } from 'yaml';
import { launchBrowser, screenshot, signInPage, useStack } from '../support/browser';
import { gql, signIn as apiSignIn } from '../support/graphql';
import type { Stack } from '../support/stack';
// Names that exist in the page, for the functions given to page.evaluate (the tests compile without the DOM library).
declare const document: any;
type HTMLTextAreaElement = any;
declare const HTMLTextAreaElement: any;


/**
 * The protocol editor speaks format 2 (issue 12): the Document tab (the whole draft as YAML, saved at
 * once through the API, every problem listed with its path), discarding a draft, renaming a
 * protocol, a step's handler as an expression, the council's own vocabulary, and the same in Welsh.
 */

jest.setTimeout(240_000);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const PROTOCOL = `query($c: ID!) { protocol(councilId: $c) { id title titleCy version
  adopted { id number } draft { id number version document vocabulary { enquiryCategories { key title titleCy } concernKinds { key title titleCy } } } } }`;

async function signIn(stack: Stack, email: string, menu = 'Protocols', colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await signInPage(browser, stack, email, { viewport: { width: 1280, height: 900 }, timezoneId: 'Europe/London', colorScheme });
  await page.getByRole('menuitem', { name: menu }).waitFor();
  return page;
}

async function startDraft(stack: Stack, token: { token: string }, council: string) {
  const p = (await gql(stack.baseUrl, PROTOCOL, { c: council }, token)).data.protocol;
  const started = await gql(stack.baseUrl, 'mutation($p: ID!) { startProtocolDraft(protocolId: $p) { id } }', { p: p.id }, token);
  expect(started.errors).toBeUndefined();
  return (await gql(stack.baseUrl, PROTOCOL, { c: council }, token)).data.protocol;
}

/** Opens the Document tab of a council's protocol and waits for the YAML to be read. */
async function openDocument(stack: Stack, page: Page, council: string, tab = 'Document'): Promise<string> {
  await page.goto(`${stack.baseUrl}/admin/protocols/${council}/show`);
  await page.getByTestId('protocol-editor').waitFor();
  await page.getByRole('tab', { name: tab }).click();
  const area = page.getByTestId('document-tab').locator('textarea');
  await area.waitFor();
  await page.waitForFunction(() => (document.querySelector('#protocol-document-text') as HTMLTextAreaElement | null)?.value.startsWith('format: 2'));
  return area.inputValue();
}

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.html.slice(0, 160)) }));
}

const DEADLINES = `query($c: ID!, $cat: EnquiryCategoryKey!) { responseDeadlines(councilId: $c, category: $cat, receivedAt: "2026-03-02T10:00:00Z") {
  respondBy protocolVersion { number } standard { category respondWithinDays } } }`;

describe('the Document tab', () => {
  const ctx = useStack();

  test('a clerk edits the YAML (a standard’s days, an own enquiry category with its standard), saves it at once, and the API answers with it once adopted', async () => {
    const { stack } = ctx;
    const ashbury = stack.db.councils.ashbury;
    const token = await apiSignIn(stack.baseUrl, 'clerk.ashbury@accord.example');
    const before = await gql(stack.baseUrl, DEADLINES, { c: ashbury, cat: 'ward_matter' }, token);
    expect(before.errors).toBeUndefined();
    expect(before.data.responseDeadlines.standard.respondWithinDays).toBe(10);
    // An own category has no standard of its own yet: it takes the standard for every category, if any, else none.
    const draft = (await startDraft(stack, token, ashbury)).draft;

    const page = await signIn(stack, 'clerk.ashbury@accord.example');
    try {
      const yaml = await openDocument(stack, page, ashbury);
      // The text is the API's export, exactly.
      const exported = (await gql(stack.baseUrl, 'query($id: ID!) { protocolVersion(id: $id) { exportDocument(format: YAML) } }', { id: draft.id }, token)).data.protocolVersion.exportDocument;
      expect(yaml).toBe(exported);

      // Edit as a clerk would in a text editor: ward matters answered in 15 working days, not 10; a category of the council's own with a standard.
      const doc = parseDocument(yaml);
      const standards = doc.toJS().responseStandards as { category: string }[];
      const ward = standards.findIndex((s) => s.category === 'ward_matter');
      expect(ward).toBeGreaterThanOrEqual(0);
      doc.setIn(['responseStandards', ward, 'respondWithinDays'], 15);
      doc.setIn(['vocabulary', 'enquiryCategories'], doc.createNode([{ key: 'service_request', title: 'Service request', titleCy: 'Cais am wasanaeth' }]));
      (doc.get('responseStandards') as any).add(
        doc.createNode({ category: 'service_request', handler: 'democratic_services', respondWithinDays: 20, escalateTo: [], description: 'A request for a council service is passed to the service and answered within 20 working days.', clauses: [] }),
      );
      const edited = doc.toString({ lineWidth: 0 });
      const area = page.getByRole('textbox', { name: 'The whole protocol document (YAML)' });
      await area.fill(edited);
      await page.getByText('Not saved yet').waitFor();
      await page.getByRole('button', { name: 'Save document' }).click();
      await page.getByText('Document saved').waitFor();
      await page.getByText('Not saved yet').waitFor({ state: 'detached' });

      // The draft holds it (the adopted version does not yet)...
      const saved = (await gql(stack.baseUrl, PROTOCOL, { c: ashbury }, token)).data.protocol.draft;
      expect(saved.vocabulary.enquiryCategories).toEqual([{ key: 'service_request', title: 'Service request', titleCy: 'Cais am wasanaeth' }]);
      expect(saved.document.responseStandards[ward].respondWithinDays).toBe(15);
      expect(saved.version).toBeGreaterThan(draft.version);
      expect((await gql(stack.baseUrl, DEADLINES, { c: ashbury, cat: 'ward_matter' }, token)).data.responseDeadlines.standard.respondWithinDays).toBe(10);
      // ...and the other tabs show it: the own category on the Vocabulary tab and in the standards.
      await page.getByRole('tab', { name: 'Vocabulary' }).click();
      expect(await page.getByRole('textbox', { name: 'Title (Cymraeg) of entry 1' }).inputValue()).toBe('Cais am wasanaeth');
      await page.getByRole('tab', { name: 'Response standards' }).click();
      await page.getByTestId('standard-service_request').getByText('Service request', { exact: true }).waitFor();

      const adopted = await gql(
        stack.baseUrl,
        'mutation($id: ID!, $ev: Int!) { adoptProtocolVersion(id: $id, expectedVersion: $ev, input: {}) { number } }',
        { id: saved.id, ev: saved.version },
        token,
      );
      expect(adopted.errors).toBeUndefined();
      // Received Monday 2 March 2026: day 1 is Tuesday 3 March; 15 working days → Monday 23 March, 20 → Monday 30 March.
      const ward2 = (await gql(stack.baseUrl, DEADLINES, { c: ashbury, cat: 'ward_matter' }, token)).data.responseDeadlines;
      expect(ward2).toMatchObject({ respondBy: '2026-03-23', protocolVersion: { number: adopted.data.adoptProtocolVersion.number }, standard: { respondWithinDays: 15 } });
      const own = await gql(stack.baseUrl, DEADLINES, { c: ashbury, cat: 'service_request' }, token);
      expect(own.errors).toBeUndefined();
      expect(own.data.responseDeadlines).toMatchObject({ respondBy: '2026-03-30', standard: { category: 'service_request', respondWithinDays: 20 } });
    } finally {
      await page.context().close();
    }
  });

  test('an invalid document: every problem listed at once with its path, nothing saved, the typed text kept; a problem leads to its line; leaving asks first; axe finds nothing serious', async () => {
    const { stack } = ctx;
    const kingsford = stack.db.councils.kingsford;
    const token = await apiSignIn(stack.baseUrl, 'clerk.kingsford@accord.example');
    const draft = (await startDraft(stack, token, kingsford)).draft;
    const page = await signIn(stack, 'clerk.kingsford@accord.example');
    try {
      const yaml = await openDocument(stack, page, kingsford);
      const doc = parseDocument(yaml);
      const js = doc.toJS();
      // Three different mistakes in three places: a step naming no role of the protocol, an empty title, a clause number twice in its section.
      doc.setIn(['chains', 0, 'steps', 0, 'handler'], 'head_gardener');
      doc.setIn(['title'], '');
      const twin = js.clauses.findIndex((c: { number: string | null; section?: string }, i: number) => i > 0 && c.number && js.clauses[i - 1].number && c.section === js.clauses[i - 1].section);
      expect(twin).toBeGreaterThan(0);
      doc.setIn(['clauses', twin, 'number'], js.clauses[twin - 1].number);
      const bad = doc.toString({ lineWidth: 0 });
      const area = page.getByRole('textbox', { name: 'The whole protocol document (YAML)' });
      await area.fill(bad);
      await page.getByRole('button', { name: 'Save document' }).click();
      const list = page.getByTestId('document-problems');
      await list.waitFor();
      const problems = await list.getByTestId('document-problem').allInnerTexts();
      // Shape problems come first (the empty title); fix-one-see-the-next would show one. Each names its path.
      expect(problems.length).toBeGreaterThanOrEqual(1);
      expect(problems.some((p) => p.startsWith('title '))).toBe(true);
      // Nothing saved: the draft's version is as it was, and the typed text is still there.
      const now = (await gql(stack.baseUrl, PROTOCOL, { c: kingsford }, token)).data.protocol.draft;
      expect(now.version).toBe(draft.version);
      expect(await area.inputValue()).toBe(bad);

      // With the title back, the consistency problems are all listed at once, each with its path.
      doc.setIn(['title'], js.title);
      const bad2 = doc.toString({ lineWidth: 0 });
      await area.fill(bad2);
      await page.getByRole('button', { name: 'Save document' }).click();
      await list.getByText(/^chains\[0\]\.steps\[0\]/).waitFor();
      const problems2 = await list.getByTestId('document-problem').allInnerTexts();
      expect(problems2.length).toBeGreaterThanOrEqual(2);
      expect(problems2.some((p) => /^chains\[0\]\.steps\[0\]\S* .*head_gardener/.test(p))).toBe(true);
      expect(problems2.some((p) => p.startsWith('clauses['))).toBe(true);
      await page.getByText(`The document was not saved: ${problems2.length} problems`).waitFor();

      // A problem's path leads to its line: the selection is the line that names the role.
      await list.getByRole('button', { name: /^chains\[0\]\.steps\[0\]/ }).first().click();
      const selected = await page.evaluate(() => {
        const el = document.querySelector('#protocol-document-text') as HTMLTextAreaElement;
        // Where the line is: the height of the text above it (measured in a copy, so the page is not touched).
        const copy = el.cloneNode() as HTMLTextAreaElement;
        copy.style.width = `${el.offsetWidth}px`;
        copy.style.height = `${el.offsetHeight}px`;
        document.body.appendChild(copy);
        copy.value = el.value.slice(0, el.selectionStart);
        const top = copy.scrollHeight;
        copy.remove();
        return { focused: document.activeElement === el, text: el.value.slice(el.selectionStart, el.selectionEnd), top, scrollTop: el.scrollTop, height: el.clientHeight };
      });
      expect(selected.focused).toBe(true);
      expect(selected.text).toContain('head_gardener');
      // ...and it is in view, though many lines above it wrap.
      expect(selected.top).toBeGreaterThan(selected.height);
      expect(selected.top).toBeGreaterThanOrEqual(selected.scrollTop);
      expect(selected.top).toBeLessThanOrEqual(selected.scrollTop + selected.height);
      await screenshot(page, 'protocol-document-problems');

      const violations = await seriousViolations(page);
      expect(violations).toEqual([]);

      // Leaving the tab with typed text asks first; keeping it stays on the tab.
      await page.getByRole('tab', { name: 'Clauses' }).click();
      const ask = page.getByTestId('discard-dialog');
      await ask.waitFor();
      await ask.getByRole('button', { name: 'Keep editing' }).click();
      await ask.waitFor({ state: 'detached' });
      expect(await area.inputValue()).toBe(bad2);

      // Someone else saves the draft meanwhile: saving now is refused as a conflict, and says to reload.
      const theirs = (await gql(stack.baseUrl, PROTOCOL, { c: kingsford }, token)).data.protocol.draft;
      const other = await gql(
        stack.baseUrl,
        'mutation($v: ID!, $ev: Int!, $d: JSON!) { saveDraftDocument(versionId: $v, expectedVersion: $ev, document: $d) { version } }',
        { v: theirs.id, ev: theirs.version, d: { ...theirs.document, title: 'Their title' } },
        token,
      );
      expect(other.errors).toBeUndefined();
      await area.fill(`${yaml}# Checked by the clerk\n`);
      await page.getByRole('button', { name: 'Save document' }).click();
      const conflict = page.getByTestId('document-conflict');
      await conflict.getByText('Changed by someone else').waitFor();
      expect(await area.inputValue()).toBe(`${yaml}# Checked by the clerk\n`);
      expect((await gql(stack.baseUrl, PROTOCOL, { c: kingsford }, token)).data.protocol.title).toBe('Their title');
      // Reloading loses the typed text, so it asks first; then their version is on screen.
      await conflict.getByRole('button', { name: 'Reload' }).click();
      await ask.getByRole('button', { name: 'Discard', exact: true }).click();
      await page.waitForFunction(() => (document.querySelector('#protocol-document-text') as HTMLTextAreaElement).value.includes('title: Their title'));
      await page.getByText('Not saved yet').waitFor({ state: 'detached' });

      // Download JSON: the API's export of the draft as it is now.
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);
      expect(download.suggestedFilename()).toMatch(/^their-title-v\d+\.json$/);
      const downloaded = JSON.parse(await readFile((await download.path())!, 'utf8'));
      expect(downloaded).toEqual((await gql(stack.baseUrl, PROTOCOL, { c: kingsford }, token)).data.protocol.draft.document);
      // Open a file: its text goes into the text area, to be checked and saved (nothing is saved yet).
      await page.getByTestId('document-file').setInputFiles({ name: 'kingsford.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...downloaded, title: js.title }, null, 2)) });
      await page.getByText('Read kingsford.json: check it and save').waitFor();
      expect(JSON.parse(await area.inputValue()).title).toBe(js.title);
      await page.getByRole('button', { name: 'Save document' }).click();
      await page.getByText('Document saved').waitFor();
      expect((await gql(stack.baseUrl, PROTOCOL, { c: kingsford }, token)).data.protocol.title).toBe(js.title);
      // Once saved, the text is read again: the API's YAML in place of the JSON opened.
      await page.waitForFunction(() => (document.querySelector('#protocol-document-text') as HTMLTextAreaElement).value.startsWith('format: 2'));

      await area.fill(`${await area.inputValue()} `);
      await page.getByRole('tab', { name: 'Clauses' }).click();
      await ask.getByRole('button', { name: 'Discard', exact: true }).click();
      await page.getByRole('button', { name: 'Edit clause 26' }).waitFor();
    } finally {
      await page.context().close();
    }
  });

  test('a step handled by "any one of" two roles, an own kind of concern, a rename in both languages, and discarding the draft', async () => {
    const { stack } = ctx;
    const kingsford = stack.db.councils.kingsford;
    const token = await apiSignIn(stack.baseUrl, 'clerk.kingsford@accord.example');
    const current = (await gql(stack.baseUrl, PROTOCOL, { c: kingsford }, token)).data.protocol;
    if (!current.draft) await startDraft(stack, token, kingsford);
    const page = await signIn(stack, 'clerk.kingsford@accord.example');
    try {
      await page.goto(`${stack.baseUrl}/admin/protocols/${kingsford}/show`);
      await page.getByTestId('protocol-editor').waitFor();

      // 1. The first step of the chain about the Clerk: handled by the Clerk or the Chairman.
      await page.getByRole('tab', { name: 'Escalation chains' }).click();
      const chain = page.getByTestId('chain-about_clerk/any/clerk');
      await chain.getByRole('button', { name: /^Edit chain/ }).click();
      const dialog = page.getByTestId('chain-dialog');
      const step1 = dialog.locator('li.RaSimpleFormIterator-line').first();
      await step1.getByRole('combobox', { name: /^Handled by/ }).click();
      await page.getByRole('option', { name: 'Any one of', exact: true }).click();
      await step1.getByRole('combobox', { name: /^Handler \(Option 2\)/ }).click();
      await page.getByRole('option', { name: 'Chairman', exact: true }).click();
      await step1.getByText(/Town Clerk or Chairman/).waitFor();
      // When the chain applies, and its Welsh.
      await dialog.getByRole('textbox', { name: 'What they seek' }).fill('an informal resolution');
      await dialog.getByRole('textbox', { name: 'When, in words', exact: true }).fill('A Councillor wants the matter settled informally first');
      await dialog.getByRole('textbox', { name: 'When, in words (Cymraeg)' }).fill('Mae Cynghorydd am ddatrys y mater yn anffurfiol yn gyntaf');
      await screenshot(page, 'protocol-chain-handler');
      expect(await seriousViolations(page)).toEqual([]);
      await dialog.getByRole('button', { name: 'Save' }).click();
      await dialog.waitFor({ state: 'detached' });
      // The condition is part of what tells chains apart: the chain's key now carries it (saved with the whole draft).
      const renamedChain = page.locator('[data-testid^="chain-about_clerk/any/clerk"]');
      await renamedChain.getByTestId('chain-step').first().getByText('Town Clerk or Chairman', { exact: true }).waitFor();
      const chains = (await gql(stack.baseUrl, 'query($c: ID!) { protocol(councilId: $c) { draft { rules(section: CHAIN) { key body } } } }', { c: kingsford }, token)).data.protocol.draft.rules;
      const about = chains.filter((r: { key: string }) => r.key.startsWith('about_clerk/any/clerk'));
      expect(about).toHaveLength(1);
      expect(about[0].key).not.toBe('about_clerk/any/clerk');
      const saved = about[0].body;
      expect(saved.steps[0].handledBy).toEqual({ anyOf: [{ role: 'clerk' }, { role: 'chairman' }] });
      expect(saved.steps[0].handler).toBeUndefined();
      expect(saved.when).toEqual({
        seeks: 'an informal resolution',
        description: 'A Councillor wants the matter settled informally first',
        descriptionCy: 'Mae Cynghorydd am ddatrys y mater yn anffurfiol yn gyntaf',
      });
      await renamedChain.getByTestId('chain-when').getByText(/an informal resolution/).waitFor();

      // A clause's Welsh text beside its English.
      await page.getByRole('tab', { name: 'Clauses' }).click();
      await page.getByRole('button', { name: 'Edit clause 26' }).click();
      const clause = page.getByTestId('clause-dialog');
      await clause.getByRole('textbox', { name: 'Heading (Cymraeg)' }).fill('Cwynion am y Clerc');
      await clause.getByRole('textbox', { name: 'Text (Cymraeg)' }).fill('Bydd Cynghorydd sy’n anfodlon ag ymddygiad Clerc y Dref yn codi’r mater gyda Chlerc y Dref yn gyntaf.');
      await clause.getByRole('button', { name: 'Save' }).click();
      await clause.waitFor({ state: 'detached' });
      await page.getByTestId('clause-26').getByTestId('clause-cy').getByText('Cwynion am y Clerc').waitFor();
      const c26 = (await gql(stack.baseUrl, 'query($c: ID!) { protocol(councilId: $c) { draft { clauses { number headingCy textCy } } } }', { c: kingsford }, token)).data.protocol.draft.clauses.find(
        (c: { number: string }) => c.number === '26',
      );
      expect(c26).toMatchObject({ headingCy: 'Cwynion am y Clerc', textCy: expect.stringMatching(/^Bydd Cynghorydd/) });
      // The clauses tab with a Welsh clause, the Rename and Discard buttons: nothing serious for axe.
      expect(await seriousViolations(page)).toEqual([]);

      // 2. A kind of concern of the council's own, with its Welsh title, through saveDraftDocument.
      await page.getByRole('tab', { name: 'Vocabulary' }).click();
      await page.getByRole('button', { name: 'Add a kind of concern' }).click();
      await page.getByRole('textbox', { name: 'Key of entry 1' }).fill('Employee_Grievance');
      await page.getByRole('textbox', { name: 'Title (English) of entry 1' }).fill('Employee grievance');
      await page.getByRole('textbox', { name: 'Title (Cymraeg) of entry 1' }).fill('Cwyn gan weithiwr');
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Save vocabulary' }).click();
      await page.getByText('Saved', { exact: true }).waitFor();
      const vocabulary = (await gql(stack.baseUrl, PROTOCOL, { c: kingsford }, token)).data.protocol.draft.vocabulary;
      expect(vocabulary.concernKinds).toEqual([{ key: 'employee_grievance', title: 'Employee grievance', titleCy: 'Cwyn gan weithiwr' }]);
      // It is a kind of concern a chain can now be for.
      await page.getByRole('tab', { name: 'Escalation chains' }).click();
      await page.getByRole('button', { name: 'Add an escalation chain' }).click();
      await page.getByTestId('chain-dialog').getByRole('combobox', { name: /^Kind of concern/ }).click();
      await page.getByRole('option', { name: 'Employee grievance', exact: true }).waitFor();
      await page.keyboard.press('Escape');
      await page.getByTestId('chain-dialog').getByRole('button', { name: 'Cancel' }).click();
      await page.getByTestId('chain-dialog').waitFor({ state: 'detached' });

      // 3. Rename, in English and Welsh.
      await page.getByRole('button', { name: 'Rename' }).first().click();
      const rename = page.getByTestId('rename-dialog');
      await rename.getByRole('textbox', { name: 'Title (English)' }).fill('Councillor and Staff Protocol');
      await rename.getByRole('textbox', { name: 'Title (Cymraeg)' }).fill('Protocol Cynghorwyr a Staff');
      await rename.getByRole('button', { name: 'Rename' }).click();
      await rename.waitFor({ state: 'detached' });
      await page.getByTestId('protocol-title').getByText('Councillor and Staff Protocol').waitFor();
      await page.getByTestId('protocol-title-cy').getByText('Protocol Cynghorwyr a Staff').waitFor();
      const renamed = (await gql(stack.baseUrl, PROTOCOL, { c: kingsford }, token)).data.protocol;
      expect(renamed).toMatchObject({ title: 'Councillor and Staff Protocol', titleCy: 'Protocol Cynghorwyr a Staff' });

      // 4. Discard the draft (asked first): the adopted version stays, the draft is gone.
      await page.getByRole('button', { name: 'Discard draft' }).click();
      const confirm = page.getByRole('dialog');
      await confirm.getByText('Every change in this draft is lost. The adopted version stays in force and unchanged.').waitFor();
      await page.waitForTimeout(400);
      await screenshot(page, 'protocol-discard-confirm');
      await confirm.getByRole('button', { name: 'Discard draft' }).click();
      await page.getByText('Draft discarded').waitFor();
      await page.getByRole('button', { name: 'Start new draft' }).waitFor();
      const after = (await gql(stack.baseUrl, PROTOCOL, { c: kingsford }, token)).data.protocol;
      expect(after.draft).toBeNull();
      expect(after.adopted.number).toBe(current.adopted.number);
    } finally {
      await page.context().close();
    }
  });

  test('in Welsh (dark): the new tabs, buttons and messages are Welsh, and axe finds nothing serious on the Document, Vocabulary and Clauses tabs', async () => {
    const { stack } = ctx;
    const cwmbran = stack.db.councils.cwmbran;
    const token = await apiSignIn(stack.baseUrl, 'clerk.cwmbran@accord.example');
    await startDraft(stack, token, cwmbran);
    // Cwmbran's clerk reads the app in Welsh (their profile's language).
    const page = await signIn(stack, 'clerk.cwmbran@accord.example', 'Protocolau', 'dark');
    try {
      await openDocument(stack, page, cwmbran, 'Dogfen');
      await page.getByRole('tab', { name: 'Geirfa' }).waitFor();
      for (const name of ["Cadw'r ddogfen", 'Lawrlwytho YAML', 'Lawrlwytho JSON', 'Agor ffeil .yaml neu .json', "Taflu'r drafft", 'Ailenwi']) {
        await page.getByRole('button', { name, exact: true }).first().waitFor();
      }
      await page.getByRole('textbox', { name: 'Dogfen gyfan y protocol (YAML)' }).fill('format: 2\nclauses: []\n');
      await page.getByText('Heb ei chadw eto').waitFor();
      await page.getByRole('button', { name: "Cadw'r ddogfen" }).click();
      const list = page.getByTestId('document-problems');
      await list.getByText(/^Ni chadwyd y ddogfen: \d+ (problem|broblem|phroblem)/).waitFor();
      const text = await page.getByTestId('document-tab').innerText();
      for (const english of ['Save document', 'Not saved yet', 'The document was not saved', 'Download']) expect(text).not.toContain(english);
      await screenshot(page, 'protocol-document-cy');
      expect(await seriousViolations(page)).toEqual([]);

      await page.getByRole('tab', { name: 'Geirfa' }).click();
      await page.getByTestId('discard-dialog').getByRole('button').last().click();
      await page.getByRole('button', { name: 'Ychwanegu math o bryder' }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByRole('tab', { name: 'Cymalau' }).click();
      await page.getByRole('button', { name: /^Golygu cymal/ }).first().waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
