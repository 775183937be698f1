import type { Browser } from 'playwright-core';
import { launchBrowser, signInToDashboard, takeCspViolations, useStack } from '../support/browser';
import { signIn } from '../support/graphql';

/**
 * The admin app runs under the API's Content-Security-Policy, and the browser tests notice a
 * violation (tests/support/browser.ts fails any test that causes one): this proves the watcher sees one.
 */

jest.setTimeout(120_000);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the admin app under its Content-Security-Policy', () => {
  const ctx = useStack();

  test('served with the policy; signing in and moving about raise no violation; an injected inline script is blocked and seen', async () => {
    const page = await signInToDashboard(browser, ctx.stack, 'mo.torfaen@accord.example');
    try {
      const policy = (await page.request.get(`${ctx.stack.baseUrl}/admin/`)).headers()['content-security-policy'];
      expect(policy).toMatch(/script-src 'self'/);
      expect(policy).toMatch(/frame-ancestors 'none'/);
      await page.getByRole('menuitem', { name: 'Councils' }).click();
      await page.waitForURL('**/admin/councils');
      await page.getByText('Cwmbran Community Council').first().waitFor();
      await new Promise((ok) => setTimeout(ok, 200));
      expect(takeCspViolations()).toEqual([]);

      // What an injected script would be: blocked by script-src, and reported.
      const ran = await page.evaluate(() => {
        const w = globalThis as unknown as { injected?: boolean; document: { createElement(t: string): { textContent: string }; body: { appendChild(n: unknown): void } } };
        const s = w.document.createElement('script');
        s.textContent = 'window.injected = true';
        w.document.body.appendChild(s);
        return w.injected === true;
      });
      expect(ran).toBe(false);
      await new Promise((ok) => setTimeout(ok, 200));
      const seen = takeCspViolations();
      expect(seen).toEqual([expect.objectContaining({ directive: 'script-src-elem', blocked: 'inline' })]);
    } finally {
      await page.context().close();
    }
  });

  test('the queue board renders under its own policy, opened with its session cookie', async () => {
    const { token } = await signIn(ctx.stack.baseUrl, 'admin@accord.example');
    const session = await fetch(`${ctx.stack.baseUrl}/admin/queues/session`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
    const [name, value] = session.headers.get('set-cookie')!.split(';')[0]!.split('=');
    const context = await browser.newContext();
    await context.addCookies([{ name: name!, value: value!, url: `${ctx.stack.baseUrl}/admin/queues` }]);
    const page = await context.newPage();
    try {
      const res = await page.goto(`${ctx.stack.baseUrl}/admin/queues`);
      expect(res?.status()).toBe(200);
      expect(res?.headers()['content-security-policy']).toMatch(/frame-ancestors 'none'/);
      await page.getByText('accord-reminders').first().waitFor();
    } finally {
      await context.close();
    }
  });
});
