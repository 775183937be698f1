import type { Browser } from 'playwright-core';
import type { Stack } from '../support/stack';
import { launchBrowser, screenshot, signInToDashboard, useStack } from '../support/browser';

/** The built admin app (admin/dist) at /admin/, driven in Chromium against a real API over the demo data. */

jest.setTimeout(120_000);

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const signIn = (stack: Stack, email: string, heading?: string) => signInToDashboard(browser, stack, email, heading);

describe('a clerk', () => {
  const ctx = useStack();

  test('sees only their own council, edits its name and sees the change in the list', async () => {
    // Cwmbran is in Wales and its clerk chose Welsh: the app opens in Welsh; they switch to English.
    const page = await signIn(ctx.stack, 'clerk.cwmbran@accord.example', 'Eich cynghorau');
    try {
      await page.getByRole('button', { name: 'Iaith' }).click();
      await page.getByRole('menuitem', { name: 'English' }).click();
      await page.getByRole('heading', { name: 'Your councils' }).waitFor();
      await page.getByRole('menuitem', { name: 'Councils' }).click();
      await page.waitForURL('**/admin/councils');
      const list = page.getByTestId('council-list');
      await list.getByText('Cwmbran Community Council').waitFor();
      expect(await list.locator('tbody tr').count()).toBe(1);
      // A clerk cannot create councils.
      expect(await page.getByRole('link', { name: 'Create' }).count()).toBe(0);
      await screenshot(page, 'clerk-councils');

      await list.getByText('Cwmbran Community Council').click();
      await page.waitForURL(/\/admin\/councils\/[0-9a-f-]{36}$/);
      const name = page.getByRole('textbox', { name: 'Name' });
      await name.waitFor();
      expect(await name.inputValue()).toBe('Cwmbran Community Council');
      await name.fill('Cwmbran Town Council');
      await screenshot(page, 'clerk-edit');
      await page.getByRole('button', { name: 'Save' }).click();

      await page.waitForURL('**/admin/councils');
      await list.getByText('Cwmbran Town Council').waitFor();
      expect(await list.getByText('Cwmbran Community Council').count()).toBe(0);
      expect(await list.locator('tbody tr').count()).toBe(1);
      await screenshot(page, 'clerk-councils-after-edit');
    } finally {
      await page.context().close();
    }
  });
});

describe('a monitoring officer', () => {
  const ctx = useStack();

  test('sees their council tree, with the community council below, and nothing outside it', async () => {
    const page = await signIn(ctx.stack, 'mo.torfaen@accord.example');
    try {
      await page.getByRole('menuitem', { name: 'Council tree' }).click();
      await page.waitForURL('**/admin/councils/tree');
      const tree = page.getByTestId('council-tree');
      const torfaen = tree.getByRole('treeitem', { name: 'Torfaen County Borough Council' });
      await torfaen.getByRole('group').getByRole('treeitem', { name: 'Cwmbran Community Council' }).waitFor();
      expect(await tree.getByRole('treeitem').count()).toBe(2);
      expect(await page.getByText('Glanmor County Council').count()).toBe(0);
      await screenshot(page, 'mo-tree');

      await page.getByRole('menuitem', { name: 'Councils' }).click();
      const list = page.getByTestId('council-list');
      await list.getByText('Cwmbran Community Council').waitFor();
      expect(await list.locator('tbody tr').count()).toBe(2);
      expect(await page.getByText('Glanmor County Council').count()).toBe(0);
      await screenshot(page, 'mo-councils');
    } finally {
      await page.context().close();
    }
  });
});
