import type { Browser } from 'playwright-core';
import { launchBrowser, screenshot, useStack } from '../support/browser';

/**
 * /graphql opened in a browser is GraphiQL from the project's own bundle (admin/vite.graphiql.config.ts),
 * under the admin's Content-Security-Policy: nothing is fetched from another host (no CDN), and a
 * query runs against this API. (tests/support/browser.ts fails the test on any CSP violation.)
 */

jest.setTimeout(120_000);

/** Polls from Node (the page's Content-Security-Policy refuses the code waitForFunction would evaluate there). */
async function until(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out waiting for GraphiQL');
    await new Promise((r) => setTimeout(r, 50));
  }
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('GraphiQL at /graphql', () => {
  const ctx = useStack();

  test('a browser opening /graphql gets GraphiQL from this origin; { __typename } runs; no request leaves for another host', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    context.setDefaultTimeout(30_000);
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (r) => void requested.push(r.url()));
    try {
      const res = await page.goto(`${ctx.stack.baseUrl}/graphql`);
      expect(res?.status()).toBe(200);
      expect(res?.headers()['content-type']).toMatch(/text\/html/);
      const policy = res?.headers()['content-security-policy'] ?? '';
      expect(policy).toMatch(/script-src 'self'/);
      expect(policy).toMatch(/connect-src 'self'/);
      await expect(page.title()).resolves.toBe('Accord GraphQL explorer');

      const editor = page.locator('.graphiql-query-editor .CodeMirror').first();
      await editor.waitFor();
      // The editor is CodeMirror: set its text through its own API (typing would meet auto-closed braces).
      await editor.evaluate((el) => (el as unknown as { CodeMirror: { setValue(v: string): void } }).CodeMirror.setValue('{ __typename }'));
      // GraphiQL reads the edit 100 ms later (a debounce): until then Execute would still send the
      // default query's operation name. It has read it once it has stored the new text.
      await until(async () => (await page.evaluate(() => (globalThis as unknown as { localStorage: { getItem(k: string): string | null } }).localStorage.getItem('graphiql:query'))) === '{ __typename }');
      const answered = page.waitForResponse((r) => r.url() === `${ctx.stack.baseUrl}/graphql` && r.request().method() === 'POST' && (r.request().postData() ?? '').includes('__typename }'));
      await page.getByRole('button', { name: /Execute query/ }).click();
      expect(await (await answered).json()).toEqual({ data: { __typename: 'Query' } });
      // And GraphiQL shows it.
      await until(async () => /"__typename":\s*"Query"/.test((await page.locator('.graphiql-response').first().textContent()) ?? ''));
      await screenshot(page, 'graphiql');

      // Its scripts and styles came from this API, and every request went there too.
      expect(requested.some((u) => u.startsWith(`${ctx.stack.baseUrl}/admin/graphiql/assets/`) && u.endsWith('.js'))).toBe(true);
      expect(requested.filter((u) => !u.startsWith(`${ctx.stack.baseUrl}/`) && !u.startsWith('data:'))).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('GraphQL clients at the same address still get GraphQL (a GET asking for JSON, a POST)', async () => {
    const get = await fetch(`${ctx.stack.baseUrl}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } });
    expect(await get.json()).toEqual({ data: { __typename: 'Query' } });
    const post = await fetch(`${ctx.stack.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'text/html, application/json' }, body: '{"query":"{ __typename }"}' });
    expect(await post.json()).toEqual({ data: { __typename: 'Query' } });
  });
});
