import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot, signInToDashboard, useStack } from '../support/browser';

/**
 * The published protocol in Chromium: Cwmbran's clerk (who works in Welsh) turns publishing on in
 * the council's settings; signed out, the public page reads in Welsh and in English, with one h1,
 * the adoption and history, and no serious axe violation.
 */

jest.setTimeout(180_000);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function serious(page: Page) {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('published protocol', () => {
  const ctx = useStack();

  test('a clerk publishes the protocol; signed out, the public page reads in Welsh and English', async () => {
    const { stack } = ctx;
    const page = await signInToDashboard(browser, stack, 'clerk.cwmbran@accord.example', 'Eich cynghorau', { viewport: { width: 1280, height: 900 } });
    let slug: string;
    try {
      await page.goto(`${stack.baseUrl}/admin/councils/${stack.db.councils.cwmbran}`);
      await page.getByRole('switch', { name: "Cyhoeddi'r protocol" }).check();
      await page.getByRole('button', { name: 'Cadw' }).click();
      await page.waitForURL(/\/admin\/councils$/);
      await page.goto(`${stack.baseUrl}/admin/councils/${stack.db.councils.cwmbran}`);
      const link = page.getByTestId('public-link');
      await link.waitFor();
      slug = (await link.getByRole('link').first().getAttribute('href'))!.replace('/public/', '');
    } finally {
      await page.context().close();
    }

    const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
    try {
      const visitor = await context.newPage();
      await visitor.goto(`${stack.baseUrl}/public/${slug}/cy`);
      expect(await visitor.locator('html').getAttribute('lang')).toBe('cy');
      expect(await visitor.locator('h1').count()).toBe(1);
      await visitor.getByRole('heading', { name: 'Hanes y fersiynau' }).waitFor();
      await visitor.getByTestId('adoption').waitFor();
      expect(await serious(visitor)).toEqual([]);
      await screenshot(visitor, 'published-cy');
      // The adopted version downloads as PDF and Word, signed out, in both languages.
      for (const name of ['PDF (Cymraeg)', 'Word (Cymraeg)', 'PDF (English)', 'Word (English)']) {
        const href = await visitor.getByRole('link', { name }).getAttribute('href');
        const res = await visitor.request.get(`${stack.baseUrl}${href}`);
        expect(res.status()).toBe(200);
        expect(res.headers()['content-type']).toBe(name.startsWith('PDF') ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      }
      await visitor.getByRole('link', { name: 'English', exact: true }).click();
      await visitor.getByRole('heading', { name: 'Version history' }).waitFor();
      expect(await visitor.locator('html').getAttribute('lang')).toBe('en');
      expect(await serious(visitor)).toEqual([]);
      await screenshot(visitor, 'published-en');
    } finally {
      await context.close();
    }
  });
});
