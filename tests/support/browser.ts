import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { startStack, type Stack } from './stack';

/** What the browser tests share: Debian's Chromium, the demo password, screenshots, a stack per describe. */

export const ARTIFACTS = join(__dirname, '..', 'artifacts');
export const PASSWORD = 'accord-demo-2026';

/**
 * Debian's chromium, headless. Without the background-networking flags Chromium keeps trying (and
 * failing) to reach Google's hosts from this closed network.
 */
export async function launchBrowser(): Promise<Browser> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  // Every context the tests open watches for Content-Security-Policy violations (see below).
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options?: BrowserContextOptions) => {
    const context = await newContext(options);
    await watchCsp(context);
    return context;
  };
  return browser;
}

/**
 * The admin app must work under the API's Content-Security-Policy: any `securitypolicyviolation`
 * in any page fails the test that caused it (checked after each test, by the afterEach below).
 * Playwright's own bindings and init scripts are not subject to the page's policy.
 */
export interface CspViolation {
  url: string;
  directive: string;
  blocked: string;
  sample: string;
  /** Where the blocked code is (the script file, line and column), so a violation can be traced to its library. */
  source?: string;
}
const cspViolations: CspViolation[] = [];

/** The violations seen since the last check (and forgets them): for a test that provokes one on purpose. */
export const takeCspViolations = (): CspViolation[] => cspViolations.splice(0);

async function watchCsp(context: BrowserContext): Promise<void> {
  await context.exposeBinding('__accordCspViolation', (_source, v: CspViolation) => void cspViolations.push(v));
  await context.addInitScript({
    content: `document.addEventListener('securitypolicyviolation', (e) => {
      window.__accordCspViolation({ url: e.documentURI, directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample, source: e.sourceFile ? e.sourceFile + ':' + e.lineNumber + ':' + e.columnNumber : '' });
    });`,
  });
}

afterEach(async () => {
  // A violation's event reaches us asynchronously: give the last one a moment.
  await new Promise((ok) => setTimeout(ok, 50));
  const seen = takeCspViolations();
  if (seen.length) throw new Error(`Content-Security-Policy violations in the admin app:\n${seen.map((v) => `  ${v.directive} blocked ${v.blocked || '(inline)'} on ${v.url}${v.sample ? `: ${v.sample}` : ''}${v.source ? ` (from ${v.source})` : ''}`).join('\n')}`);
});

/** One API over a fresh copy of the demo database for the tests of a describe block. */
export function useStack(extraEnv: NodeJS.ProcessEnv = {}): { stack: Stack } {
  const use = {} as { stack: Stack };
  beforeAll(async () => {
    use.stack = await startStack(extraEnv);
  });
  afterAll(async () => {
    await use.stack?.stop();
  });
  return use;
}

/** Saves a full-page screenshot as tests/artifacts/admin-<name>.png. */
export const screenshot = (page: Page, name: string) => page.screenshot({ path: join(ARTIFACTS, `admin-${name}.png`), fullPage: true });

/** A new browser context (empty storage) on the sign-in page, signed in as `email`; the caller waits for what it expects next. */
export async function signInPage(browser: Browser, stack: Stack, email: string, context: BrowserContextOptions = {}): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...context });
  ctx.setDefaultTimeout(30_000);
  const page = await ctx.newPage();
  await page.goto(`${stack.baseUrl}/admin/`);
  await page.getByLabel('E-mail address').fill(email);
  await page.getByRole('textbox', { name: 'Password' }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  return page;
}

/** Signs in and waits for the dashboard's heading, in the language the person's profile chose. */
export async function signInToDashboard(browser: Browser, stack: Stack, email: string, heading = 'Your councils', context: BrowserContextOptions = {}): Promise<Page> {
  const page = await signInPage(browser, stack, email, context);
  await page.getByRole('heading', { name: heading }).waitFor();
  return page;
}
