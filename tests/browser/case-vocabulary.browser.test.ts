import type { Browser } from 'playwright-core';
import { launchBrowser, screenshot, signInToDashboard, useStack } from '../support/browser';
import { gql, signIn as apiSignIn } from '../support/graphql';

/**
 * The case form in the council's own vocabulary (issue 12, point 6): Cwmbran's protocol adds its own
 * enquiry category and concern kind, with Welsh titles, and a standard for every category ("*"). Its
 * clerk, whose app opens in Welsh, is offered them by their Welsh titles beside the built-in ones, and
 * sees them on the case list and the case page.
 */

jest.setTimeout(180_000);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const clauses = ['1', '2', '3'].map((n) => ({ id: `c${n}`, number: `${n}.`, text: `Cymal ${n}.` }));
const document = {
  format: 2,
  title: 'Protocol Aelodau a Swyddogion',
  clauses,
  vocabulary: {
    concernKinds: [{ key: 'employee_grievance', title: 'Employee grievance', titleCy: 'Cwyn gan gyflogai' }],
    enquiryCategories: [{ key: 'service_request', title: 'Service request', titleCy: 'Cais am wasanaeth' }],
  },
  roles: [
    { key: 'member', title: 'Member', kind: 'member', clauses: ['c1'] },
    { key: 'clerk', title: 'Clerk', kind: 'officer', clauses: ['c1'] },
    { key: 'chairman', title: 'Chairman', kind: 'member', clauses: ['c1'] },
  ],
  expectations: [],
  chains: [{ concern: 'employee_grievance', severity: 'any', steps: [{ handledBy: { role: 'chairman' }, action: 'raise_concern', description: 'To the Chairman.', clauses: ['c2'] }], clauses: ['c2'] }],
  responseStandards: [{ category: '*', handledBy: { role: 'clerk' }, acknowledgeWithinDays: 2, respondWithinDays: 10, escalateTo: [], description: 'Every enquiry.', clauses: ['c3'] }],
  accessRules: [],
  disclosureExceptions: [],
  correspondenceRules: [],
  obligations: [],
  adviceRoutes: [],
  review: { clauses: [] },
};

describe("Cwmbran's clerk records cases in the council's own words", () => {
  const ctx = useStack();

  test('the form offers the own category and concern kind by their Welsh titles (every built-in category too, under "*"); list and page show them', async () => {
    const { stack } = ctx;
    const c = stack.db.councils.cwmbran;
    const email = 'clerk.cwmbran@accord.example';
    const token = await apiSignIn(stack.baseUrl, email);
    const p = (await gql(stack.baseUrl, 'query($c: ID!) { protocol(councilId: $c) { id } }', { c }, token)).data.protocol;
    const draft = (await gql(stack.baseUrl, 'mutation($p: ID!) { startProtocolDraft(protocolId: $p) { id version } }', { p: p.id }, token)).data.startProtocolDraft;
    const saved = await gql(stack.baseUrl, 'mutation($v: ID!, $e: Int!, $d: JSON!) { saveDraftDocument(versionId: $v, expectedVersion: $e, document: $d) { version } }', { v: draft.id, e: draft.version, d: document }, token);
    expect(saved.errors).toBeUndefined();
    const adopted = await gql(stack.baseUrl, 'mutation($id: ID!, $v: Int!) { adoptProtocolVersion(id: $id, expectedVersion: $v, input: { adoptedOn: "2025-01-01", keepNextReviewDue: true }) { id } }', { id: draft.id, v: saved.data.saveDraftDocument.version }, token);
    expect(adopted.errors).toBeUndefined();
    const opened = await gql(
      stack.baseUrl,
      'mutation($i: OpenCaseInput!) { openCase(input: $i) { id reference category } }',
      { i: { councilId: c, kind: 'ENQUIRY', category: 'SERVICE_REQUEST', raisedByRole: 'MEMBER', raisedByName: 'Cllr Dai Evans', subject: 'Golau stryd', receivedAt: '2026-04-02T09:00:00Z' } },
      token,
    );
    expect(opened.errors).toBeUndefined();
    expect(opened.data.openCase.category).toBe('service_request');

    const page = await signInToDashboard(browser, stack, email, 'Eich cynghorau', { viewport: { width: 1440, height: 900 }, timezoneId: 'Europe/London', locale: 'en-GB' });
    try {
      await page.goto(`${stack.baseUrl}/admin/cases/create`);
      await page.getByTestId('case-form').waitFor();
      await page.getByRole('combobox', { name: "Categori'r ymholiad", exact: true }).click();
      const options = await page.getByRole('option').allInnerTexts();
      expect(options).toEqual(expect.arrayContaining(['Cais am wasanaeth', 'Mater ward', 'Cynllunio']));
      expect(options.some((o) => /casework\.|service_request|SERVICE_REQUEST|\*/.test(o))).toBe(false);
      await page.keyboard.press('Escape');
      await page.getByRole('radio', { name: 'Pryder' }).check();
      await page.getByRole('combobox', { name: 'Math o bryder', exact: true }).click();
      expect(await page.getByRole('option').allInnerTexts()).toEqual(['Cwyn gan gyflogai']);
      await page.keyboard.press('Escape');
      await screenshot(page, 'case-own-vocabulary-form');

      await page.goto(`${stack.baseUrl}/admin/cases`);
      await page.getByRole('row').filter({ hasText: opened.data.openCase.reference }).getByText('Cais am wasanaeth', { exact: true }).waitFor();
      await page.goto(`${stack.baseUrl}/admin/cases/${opened.data.openCase.id}/show`);
      await page.getByTestId('case-show').getByText('Cais am wasanaeth', { exact: true }).waitFor();
    } finally {
      await page.context().close();
    }
  });
});
