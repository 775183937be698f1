import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot, signInToDashboard, useStack } from '../support/browser';
import { gql, signIn as apiSignIn } from '../support/graphql';

/**
 * What a clerk does every day, in Chromium against a real API over the demo data: the council's
 * cut-off time and closure days set in the app and used by the API's deadlines, the case page saying
 * how its dates were counted, a note added (with a typed note not lost to Escape), the filters a
 * dashboard link carries shown as chips, and the list's "With" column in the council's own titles.
 */

jest.setTimeout(240_000);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const london = (at: Date, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', ...options }).format(at);
const londonDay = (at: Date) => london(at, { year: 'numeric', month: '2-digit', day: '2-digit' });
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const weekday = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();

/** The instant of a London wall-clock time on a day (the offset found by asking Intl). */
function londonInstant(day: string, hhmm: string): Date {
  const guess = new Date(`${day}T${hhmm}:00Z`);
  const shown = london(guess, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const offsetMinutes = (Number(shown.slice(0, 2)) * 60 + Number(shown.slice(3, 5))) - (Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5)));
  return new Date(guess.getTime() - offsetMinutes * 60_000);
}

describe('a clerk at Ashbury, every day', () => {
  const ctx = useStack();

  test('sets the cut-off and a closure day in the app; the API counts with them and the case page says how its dates were counted', async () => {
    const { stack } = ctx;
    const ashbury = stack.db.councils.ashbury;
    const clerk = await apiSignIn(stack.baseUrl, 'clerk.ashbury@accord.example');
    // Received at 16:30 London time on the last weekday before today that is at least a day ago.
    let receivedDay = addDays(londonDay(new Date()), -1);
    while (weekday(receivedDay) === 0 || weekday(receivedDay) === 6) receivedDay = addDays(receivedDay, -1);
    const receivedAt = londonInstant(receivedDay, '16:30');
    // A closure day a week after receipt (a weekday), inside the ten working days of a ward matter.
    let closure = addDays(receivedDay, 7);
    while (weekday(closure) === 0 || weekday(closure) === 6) closure = addDays(closure, 1);
    const ask = async () =>
      (await gql(stack.baseUrl, 'query($c: ID!, $r: DateTime!) { responseDeadlines(councilId: $c, category: WARD_MATTER, receivedAt: $r) { startDay respondBy cutOff } }', { c: ashbury, r: receivedAt.toISOString() }, clerk)).data.responseDeadlines;
    const before = await ask();

    const page = await signInToDashboard(browser, stack, 'clerk.ashbury@accord.example', 'Your councils', { viewport: { width: 1280, height: 900 }, timezoneId: 'Europe/London', locale: 'en-GB' });
    try {
      await page.goto(`${stack.baseUrl}/admin/councils/${ashbury}`);
      const cutOff = page.getByLabel('Response cut-off time');
      await cutOff.waitFor();
      await cutOff.fill('16:00');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByText('Element updated').waitFor();
      await page.goto(`${stack.baseUrl}/admin/councils/${ashbury}`);
      const closures = page.getByTestId('council-closures');
      await closures.getByLabel('Date').fill(closure);
      await closures.getByLabel('Reason').fill('Staff training day');
      await closures.getByTestId('add-closure').click();
      await closures.locator(`[data-date="${closure}"]`).getByText('Staff training day').waitFor();
      await screenshot(page, 'council-settings');

      // The API now counts with both: 16:30 is after the 16:00 cut-off, and the closure day is skipped.
      const council = (await gql(stack.baseUrl, 'query($c: ID!) { council(id: $c) { responseCutOff } }', { c: ashbury }, clerk)).data.council;
      expect(council.responseCutOff).toBe('16:00');
      const after = await ask();
      expect(after.cutOff).toBe('16:00');
      expect(after.startDay > before.startDay).toBe(true);
      expect(after.respondBy > before.respondBy).toBe(true);

      const opened = await gql(
        stack.baseUrl,
        'mutation($i: OpenCaseInput!) { openCase(input: $i) { id respondBy startDay } }',
        { i: { councilId: ashbury, kind: 'ENQUIRY', category: 'WARD_MATTER', raisedByRole: 'MEMBER', raisedByName: 'Cllr Tom Reid', subject: 'Street lights out on Orchard Close', receivedAt: receivedAt.toISOString() } },
        clerk,
      );
      expect(opened.errors).toBeUndefined();
      const kase = opened.data.openCase;
      expect(kase.respondBy).toBe(after.respondBy);
      await page.goto(`${stack.baseUrl}/admin/cases/${kase.id}/show`);
      const counted = page.getByTestId('how-counted');
      await counted.waitFor();
      expect(await counted.getAttribute('data-cut-off')).toBe('16:00');
      expect((await counted.getAttribute('data-closures'))!.split(',')).toContain(closure);
      await counted.getByText(/Received after the cut-off, so counted from/).waitFor();
      await counted.getByText(/Closure days skipped: /).waitFor();

      // Add a note; Escape with a typed note asks first, and "Keep editing" keeps it.
      await page.getByTestId('add-note').click();
      const dialog = page.getByTestId('note-dialog');
      await dialog.getByRole('textbox', { name: 'Note' }).fill('Rang Highways: lights on the repair list for Thursday.');
      await page.keyboard.press('Escape');
      await page.getByTestId('discard-dialog').getByRole('button', { name: 'Keep editing' }).click();
      expect(await dialog.getByRole('textbox', { name: 'Note' }).inputValue()).toBe('Rang Highways: lights on the repair list for Thursday.');
      await dialog.getByRole('button', { name: 'Add note' }).click();
      await page.getByTestId('case-timeline').locator('[data-kind=note]').getByText('Rang Highways: lights on the repair list for Thursday.').waitFor();
      await screenshot(page, 'case-counted-note');
      const events = (await gql(stack.baseUrl, 'query($id: ID!) { case(id: $id) { events { kind note } } }', { id: kase.id }, clerk)).data.case.events;
      expect(events.filter((e: any) => e.kind === 'note').map((e: any) => e.note)).toEqual(['Rang Highways: lights on the repair list for Thursday.']);

      // Escape with nothing typed closes at once; "Discard" drops what was typed.
      await page.getByTestId('add-note').click();
      await dialog.getByRole('textbox', { name: 'Note' }).fill('Not this one');
      await page.keyboard.press('Escape');
      await page.getByTestId('discard-dialog').getByRole('button', { name: 'Discard' }).click();
      await dialog.waitFor({ state: 'hidden' });
    } finally {
      await page.context().close();
    }
  });

  test('a filter carried by a link is shown as a chip and can be removed; "With" shows the council\'s own title', async () => {
    const { stack } = ctx;
    const clerk = await apiSignIn(stack.baseUrl, 'clerk.ashbury@accord.example');
    const opened = await gql(
      stack.baseUrl,
      'mutation($i: OpenCaseInput!) { openCase(input: $i) { id reference handlerRole } }',
      { i: { councilId: stack.db.councils.ashbury, kind: 'ENQUIRY', category: 'PLANNING', raisedByRole: 'MEMBER', raisedByName: 'Cllr Anna Shaw', subject: 'Extension at 4 Church Street' } },
      clerk,
    );
    expect(opened.errors).toBeUndefined();
    const handler = opened.data.openCase.handlerRole as string;
    const protocol = (await gql(stack.baseUrl, 'query($c: ID!) { protocol(councilId: $c) { adopted { roles { key title } } } }', { c: stack.db.councils.ashbury }, clerk)).data.protocol;
    const title = protocol.adopted.roles.find((r: any) => String(r.key).toLowerCase() === handler.toLowerCase())?.title as string;
    expect(title).toBeTruthy();

    const page: Page = await signInToDashboard(browser, stack, 'clerk.ashbury@accord.example', 'Your councils', { viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    try {
      await page.goto(`${stack.baseUrl}/admin/cases?filter=${encodeURIComponent(JSON.stringify({ handlerRole: 'MONITORING_OFFICER' }))}`);
      const chips = page.getByTestId('active-filters');
      await chips.locator('[data-filter=handlerRole]').getByText('With: Monitoring officer').waitFor();
      expect(await page.getByText('Extension at 4 Church Street').count()).toBe(0);
      await screenshot(page, 'cases-filter-chips');
      // The chip's delete (Backspace on the focused chip, as a keyboard user would) removes the filter.
      await chips.locator('[data-filter=handlerRole]').focus();
      await page.keyboard.press('Backspace');
      await page.getByText('Extension at 4 Church Street').waitFor();
      expect(await page.getByTestId('active-filters').count()).toBe(0);
      const row = page.getByTestId('case-list').locator('tr', { hasText: 'Extension at 4 Church Street' });
      await row.getByText(title, { exact: true }).waitFor();
    } finally {
      await page.context().close();
    }
  });
});
