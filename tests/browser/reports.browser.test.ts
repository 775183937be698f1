import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import mammoth from 'mammoth';
import type { Browser } from 'playwright-core';
import { launchBrowser, screenshot, signInToDashboard, useStack } from '../support/browser';
import { gql, signIn as apiSignIn } from '../support/graphql';

/**
 * The standards committee's report and CSV exports in Chromium against a real API: the figures on
 * screen are counts computed here in SQL; the chart is drawn; the CSV holds the same rows; the cases
 * list exports its rows; axe finds nothing serious on the page.
 */

jest.setTimeout(240_000);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());

describe('reports', () => {
  const ctx = useStack();

  test("the Westmere monitoring officer's report: figures equal SQL counts, a chart, CSV export; the cases list exports CSV", async () => {
    const { stack } = ctx;
    const clerk = await apiSignIn(stack.baseUrl, 'clerk.kingsford@accord.example');
    const open = async (i: Record<string, unknown>) => {
      const r = await gql(stack.baseUrl, 'mutation($i: OpenCaseInput!) { openCase(input: $i) { id version } }', { i: { councilId: stack.db.councils.kingsford, raisedByRole: 'MEMBER', raisedByName: 'Cllr Jane Holt', subject: 'Report case', ...i } }, clerk);
      expect(r.errors).toBeUndefined();
      return r.data.openCase;
    };
    const first = await open({ kind: 'CONCERN', concern: 'MEMBER_ABOUT_OFFICER' });
    await open({ kind: 'CONCERN', concern: 'MEMBER_ABOUT_OFFICER' });
    expect(first.id).toBeTruthy();
    const from = `${today().slice(0, 4)}-01-01`;
    const [sql] = (
      await stack.db.admin.query(
        `WITH RECURSIVE below(id) AS (SELECT $1::uuid UNION ALL SELECT c.id FROM councils c JOIN below b ON c.parent_id = b.id)
         SELECT count(*) FILTER (WHERE kind = 'enquiry')::int AS enquiries, count(*) FILTER (WHERE kind = 'concern')::int AS concerns
           FROM cases WHERE council_id IN (SELECT id FROM below) AND (received_at AT TIME ZONE 'Europe/London')::date BETWEEN $2 AND $3`,
        [stack.db.councils.westmere, from, today()],
      )
    ).rows;
    expect(sql.concerns).toBe(2);

    const page = await signInToDashboard(browser, stack, 'mo.westmere@accord.example', 'Your councils', { viewport: { width: 1280, height: 1000 }, locale: 'en-GB', timezoneId: 'Europe/London', acceptDownloads: true });
    try {
      await page.getByRole('menuitem', { name: 'Reports' }).click();
      await page.getByTestId('report-figures').waitFor();
      expect(await page.title()).toBe('Reports · Accord');
      expect(Number(await page.getByTestId('report-enquiries-value').innerText())).toBe(sql.enquiries);
      expect(Number(await page.getByTestId('report-concerns-value').innerText())).toBe(sql.concerns);
      const kingsford = page.getByTestId('report-councils').locator(`[data-council="${stack.db.councils.kingsford}"]`);
      expect(Number(await kingsford.locator('[data-figure=concerns]').innerText())).toBe(2);
      // The chart is drawn: one band per council reported on.
      await page.getByTestId('report-chart').locator('svg').first().waitFor();
      const violations = (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await screenshot(page, 'report');

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-csv').click()]);
      const csv = readFileSync((await download.path())!, 'utf8').replace(/^\ufeff/, '').split('\r\n');
      expect(csv[0]).toBe('council,enquiries,acknowledged,acknowledged_on_time,answered,answered_on_time,answered_on_time_share,median_working_days_to_acknowledge,median_working_days_to_answer,escalations,concerns,reviews_due,reviews_on_time');
      expect(csv.find((l) => l.startsWith('Kingsford Town Council,'))!.split(',')[10]).toBe('2');
      expect(csv.find((l) => l.startsWith('TOTAL,'))!.split(',')[1]).toBe(String(sql.enquiries));

      // The committee paper downloads as PDF and Word, with the figures on screen.
      const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PDF' }).click()]);
      expect(pdf.suggestedFilename()).toMatch(/^westmere-.*\.pdf$/);
      expect(readFileSync((await pdf.path())!).subarray(0, 5).toString()).toBe('%PDF-');
      const [word] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download Word' }).click()]);
      expect(word.suggestedFilename()).toMatch(/\.docx$/);
      const paper = (await mammoth.extractRawText({ buffer: readFileSync((await word.path())!) })).value.replace(/\n+/g, '\n');
      expect(paper).toContain(`Enquiries received\n${sql.enquiries}\n`);
      expect(paper).toContain(`Concerns raised\n${sql.concerns}\n`);

      // The cases list exports the cases listed.
      await page.goto(`${stack.baseUrl}/admin/cases`);
      await page.getByTestId('case-list').waitFor();
      const [cases] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export' }).click()]);
      const rows = readFileSync((await cases.path())!, 'utf8').replace(/^\ufeff/, '').trim().split('\r\n');
      expect(rows[0].split(',').slice(0, 3)).toEqual(['reference', 'subject', 'council_id']);
      expect(rows.length - 1).toBe(sql.enquiries + sql.concerns);
    } finally {
      await page.context().close();
    }
  });
});
