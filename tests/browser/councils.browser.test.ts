import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot, signInToDashboard, useStack } from '../support/browser';
import { codeOf, gql, signIn as apiSignIn } from '../support/graphql';
import type { Stack } from '../support/stack';

/**
 * The council page's office holders (admin/src/councils/CouncilOfficeHolders.tsx), in Chromium
 * against a real API over the demo data: per role of the adopted protocol, kept by the council's
 * clerk, named by the API's escalation routes, and hidden from other councils.
 */

jest.setTimeout(180_000);


let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const signIn = (stack: Stack, email: string, heading?: string) => signInToDashboard(browser, stack, email, heading);

/** Today in the UK, as the API decides who is in office. */
const ukToday = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

/** Who holds which role at a council today, as the database holds it (past row-level security). */
async function currentHolders(stack: Stack, councilId: string): Promise<string[]> {
  const { rows } = await stack.db.admin.query(
    `SELECT role_key, name FROM office_holders
      WHERE council_id = $1 AND (from_date IS NULL OR from_date <= $2::date) AND (to_date IS NULL OR to_date >= $2::date)`,
    [councilId, ukToday()],
  );
  return rows.map((r) => `${String(r.role_key).toUpperCase()} ${r.name}`).sort();
}

/** What the page lists: each holder row's role key, name and standing (current, upcoming, former). */
async function listedHolders(page: Page): Promise<{ role: string; name: string; standing: string }[]> {
  return page
    .getByTestId('office-holders')
    .locator('tr[data-holder]')
    .evaluateAll((rows) =>
      rows.map((r) => ({
        role: (r.getAttribute('data-testid') ?? '').replace(/^holders-/, ''),
        name: r.getAttribute('data-holder') ?? '',
        standing: r.getAttribute('data-standing') ?? '',
      })),
    );
}

const ROUTE = `query R($c: ID!) { escalationRoute(councilId: $c, concern: MEMBER_ABOUT_OFFICER) {
  steps { handler officeHolders { name email deputy } } } }`;

describe("a clerk keeps their council's office holders", () => {
  const ctx = useStack();

  test('sees who holds each role of the adopted protocol, adds a deputy, and the escalation route names them', async () => {
    const { stack } = ctx;
    const ashbury = stack.db.councils.ashbury;
    const clerk = await apiSignIn(stack.baseUrl, 'clerk.ashbury@accord.example');
    const protocol = await gql(stack.baseUrl, 'query P($c: ID!) { protocol(councilId: $c) { adopted { number roles { key title } } } }', { c: ashbury }, clerk);
    const roles: { key: string; title: string }[] = protocol.data.protocol.adopted.roles;
    expect(roles.length).toBeGreaterThan(5);
    const director = roles.find((r) => r.key.toUpperCase() === 'DIRECTOR')!;
    expect(director).toBeDefined();
    const before = await currentHolders(stack, ashbury);
    expect(before.length).toBeGreaterThan(0);

    const page = await signIn(stack, 'clerk.ashbury@accord.example');
    try {
      await page.getByRole('menuitem', { name: 'Councils' }).click();
      await page.getByTestId('council-list').getByText('Ashbury Borough Council').click();
      await page.waitForURL(`**/admin/councils/${ashbury}`);
      const section = page.getByTestId('office-holders');
      await section.getByRole('heading', { name: 'Office holders' }).waitFor();
      await section.getByText(`adopted protocol (version ${protocol.data.protocol.adopted.number})`).waitFor();
      await section.locator('tr[data-holder]').first().waitFor();

      // Every role of the adopted version has its row (grouped by kind, officers first), with the council's own title.
      const shownRoles = await section.locator('tbody tr[data-role]').evaluateAll((rows) => [
        ...new Set(rows.map((r) => (r.getAttribute('data-testid') ?? '').replace(/^holders-/, ''))),
      ]);
      const shownUpper = shownRoles.map((k) => k.toUpperCase());
      expect([...shownUpper].sort()).toEqual(roles.map((r) => r.key.toUpperCase()).sort());
      expect(shownUpper.indexOf('CHIEF_EXECUTIVE')).toBeLessThan(shownUpper.indexOf('MEMBER'));
      await section.getByTestId(`holders-${director.key.toUpperCase()}`).getByText(director.title, { exact: true }).waitFor();

      // Today's holders on the page are the database's, role by role.
      const listed = await listedHolders(page);
      expect(listed.filter((h) => h.standing === 'current').map((h) => `${h.role} ${h.name}`).sort()).toEqual(before);
      // A role nobody holds says so.
      const emptyRole = roles.find((r) => !before.some((b) => b.startsWith(`${r.key.toUpperCase()} `)))!;
      await section.getByTestId(`holders-${emptyRole.key.toUpperCase()}`).getByText('Nobody holds this role today').waitFor();
      // Their e-mail addresses are shown beside their names.
      const directorRow = section.getByTestId(`holders-${director.key.toUpperCase()}`);
      await directorRow.getByText('ed@ashbury.example').waitFor();

      // Add a deputy Executive Director; a bad e-mail address is refused beside the field, as the API words it.
      await section.getByRole('button', { name: `Add a holder: ${director.title}` }).click();
      const dialog = page.getByTestId('council-holder-dialog');
      await dialog.getByRole('textbox', { name: 'Name' }).fill('Sam Okoye');
      await dialog.getByRole('textbox', { name: 'E-mail address' }).fill('sam.okoye@');
      await dialog.getByRole('button', { name: 'Save' }).click();
      await dialog.getByText('must be an e-mail address').waitFor();
      expect(await dialog.isVisible()).toBe(true);
      await dialog.getByRole('textbox', { name: 'E-mail address' }).fill('sam.okoye@ashbury.example');
      await dialog.getByLabel('From').fill('2025-04-01');
      await dialog.getByLabel('A deputy (reached after the principal)').check();
      await dialog.getByRole('button', { name: 'Save' }).click();
      await dialog.waitFor({ state: 'detached' });

      const samRow = section.locator('tr[data-holder="Sam Okoye"]');
      await samRow.waitFor();
      expect(await samRow.getAttribute('data-testid')).toBe(`holders-${director.key.toUpperCase()}`);
      await samRow.getByText('Deputy', { exact: true }).waitFor();
      await samRow.getByText('sam.okoye@ashbury.example').waitFor();
      await samRow.getByText('1 Apr 2025').waitFor();
      expect(await currentHolders(stack, ashbury)).toEqual([...before, `${director.key.toUpperCase()} Sam Okoye`].sort());

      // The API's escalation route for a concern about an officer now names them at the Executive Director's step.
      const route = await gql(stack.baseUrl, ROUTE, { c: ashbury }, clerk);
      expect(route.errors).toBeUndefined();
      const step = route.data.escalationRoute.steps.find((s: { handler: string }) => s.handler === 'director');
      expect(step.officeHolders).toEqual(
        expect.arrayContaining([{ name: 'Sam Okoye', email: 'sam.okoye@ashbury.example', deputy: true }]),
      );
      // The page as a clerk sees it: from the top (the app bar hides on scroll), once "Saved" has gone.
      await page.getByText('Saved', { exact: true }).waitFor({ state: 'detached', timeout: 15_000 });
      // (Strings run in the page: the tests are compiled without the DOM's types.)
      await page.evaluate('window.scrollTo(0, 0)');
      // A function, not a string: Playwright evals a string predicate in the page, which the CSP (rightly) forbids.
      await page.waitForFunction(() => {
        const page = globalThis as unknown as { document: { querySelector(s: string): { getBoundingClientRect(): { top: number } } | null }; getComputedStyle(e: unknown): { transform: string } };
        const bar = page.document.querySelector('header');
        return !!bar && bar.getBoundingClientRect().top === 0 && page.getComputedStyle(bar).transform === 'none';
      });
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(1280);
      await screenshot(page, 'council-office-holders');

      // Removed again, after a confirmation: gone from the page and from the database.
      await samRow.getByRole('button', { name: 'Remove Sam Okoye' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
      await page.getByText('Office holder removed', { exact: true }).waitFor();
      await samRow.waitFor({ state: 'detached' });
      expect(await currentHolders(stack, ashbury)).toEqual([...before].sort());
    } finally {
      await page.context().close();
    }
  });

  test("editing a holder someone else has just changed says so, keeps what was typed, and saves over theirs on request", async () => {
    const { stack } = ctx;
    const ashbury = stack.db.councils.ashbury;
    const clerk = await apiSignIn(stack.baseUrl, 'clerk.ashbury@accord.example');
    const page = await signIn(stack, 'clerk.ashbury@accord.example');
    try {
      await page.goto(`${stack.baseUrl}/admin/councils/${ashbury}`);
      const section = page.getByTestId('office-holders');
      await section.locator('tr[data-holder="Daniel Shaw"]').waitFor();
      await section.getByRole('button', { name: 'Edit office holder: Daniel Shaw' }).click();
      const dialog = page.getByTestId('council-holder-dialog');
      const phone = dialog.getByRole('textbox', { name: 'Phone' });
      await phone.fill('01632 960123');

      // Meanwhile someone else changes his e-mail address.
      const { rows } = await stack.db.admin.query("SELECT id, version FROM office_holders WHERE council_id = $1 AND name = 'Daniel Shaw'", [ashbury]);
      const theirs = await gql(
        stack.baseUrl,
        'mutation U($id: ID!, $v: Int!, $input: OfficeHolderInput!) { updateOfficeHolder(id: $id, expectedVersion: $v, input: $input) { version } }',
        { id: rows[0].id, v: rows[0].version, input: { roleKey: 'MONITORING_OFFICER', name: 'Daniel Shaw', email: 'daniel.shaw@ashbury.example' } },
        clerk,
      );
      expect(theirs.errors).toBeUndefined();

      await dialog.getByRole('button', { name: 'Save' }).click();
      const conflict = dialog.getByTestId('conflict-alert');
      await conflict.waitFor();
      expect(await phone.inputValue()).toBe('01632 960123');
      await conflict.getByRole('button', { name: 'Reload and keep my text' }).click();
      await conflict.getByText('daniel.shaw@ashbury.example', { exact: false }).waitFor();
      expect(await phone.inputValue()).toBe('01632 960123');
      await dialog.getByRole('button', { name: 'Save' }).click();
      await dialog.waitFor({ state: 'detached' });

      // Saved over theirs, from the version they left: the phone is mine, the e-mail the form's.
      const after = await stack.db.admin.query('SELECT phone, email, version FROM office_holders WHERE id = $1', [rows[0].id]);
      expect(after.rows[0]).toMatchObject({ phone: '01632 960123', email: 'mo@ashbury.example', version: rows[0].version + 2 });
    } finally {
      await page.context().close();
    }
  });
});

describe('other clerks', () => {
  const ctx = useStack();

  test("cannot see Ashbury's office holders, in the app or from the API", async () => {
    const { stack } = ctx;
    const ashbury = stack.db.councils.ashbury;
    const names = (await currentHolders(stack, ashbury)).map((h) => h.replace(/^\S+ /, ''));
    expect(names.length).toBeGreaterThan(0);

    const glanmor = await apiSignIn(stack.baseUrl, 'clerk.glanmor@accord.example');
    const holders = await gql(stack.baseUrl, 'query H($c: ID!) { officeHolders(councilId: $c, current: false) { name } }', { c: ashbury }, glanmor);
    expect(codeOf(holders)).toBe('NOT_FOUND');
    expect(holders.data?.officeHolders).toBeUndefined();

    const page = await signIn(stack, 'clerk.glanmor@accord.example');
    try {
      // Their own council's office holders are there.
      await page.goto(`${stack.baseUrl}/admin/councils/${stack.db.councils.glanmor}`);
      await page.getByTestId('office-holders').locator('tr[data-holder="Owain Price"]').waitFor();

      // Typing Ashbury's address: not found, back to their own list, and no Ashbury name anywhere.
      await page.goto(`${stack.baseUrl}/admin/councils/${ashbury}`);
      await page.getByText('Element does not exist').waitFor();
      await page.waitForURL('**/admin/councils');
      await page.getByTestId('council-list').getByText('Glanmor County Council').waitFor();
      expect(await page.getByTestId('office-holders').count()).toBe(0);
      const text = await page.locator('body').innerText();
      for (const name of [...names, 'Ashbury Borough Council']) expect(text).not.toContain(name);
    } finally {
      await page.context().close();
    }
  });

  test('a conflict on the council form is said in Welsh in the Welsh app', async () => {
    const { stack } = ctx;
    const cwmbran = stack.db.councils.cwmbran;
    // Cwmbran's clerk chose Welsh: the app opens in Welsh.
    const page = await signIn(stack, 'clerk.cwmbran@accord.example', 'Eich cynghorau');
    try {
      await page.goto(`${stack.baseUrl}/admin/councils/${cwmbran}`);
      const name = page.getByRole('textbox', { name: 'Enw' });
      await name.waitFor();
      const holders = page.getByTestId('office-holders');
      await holders.getByRole('heading', { name: 'Deiliaid swyddi' }).waitFor();
      await holders.locator('tr[data-holder="Siân Morgan"]').getByText('clerk@cwmbran.example').waitFor();
      await screenshot(page, 'council-office-holders-cy');
      await name.fill('Cyngor Cymuned Cwmbrân');

      // Meanwhile someone else renames it.
      const clerk = await apiSignIn(stack.baseUrl, 'clerk.cwmbran@accord.example');
      const { rows } = await stack.db.admin.query('SELECT version FROM councils WHERE id = $1', [cwmbran]);
      const theirs = await gql(
        stack.baseUrl,
        'mutation U($id: ID!, $v: Int!) { updateCouncil(id: $id, expectedVersion: $v, input: { name: "Cwmbran Town Council" }) { version } }',
        { id: cwmbran, v: rows[0].version },
        clerk,
      );
      expect(theirs.errors).toBeUndefined();

      await page.getByRole('button', { name: 'Cadw' }).click();
      await page.getByText('Mae rhywun arall wedi newid y cofnod hwn; ail-lwythwch i weld eu newid').waitFor();
      expect(await page.getByText('Someone else changed this record').count()).toBe(0);
      // Nothing typed is lost, and their change stands.
      expect(await name.inputValue()).toBe('Cyngor Cymuned Cwmbrân');
      const after = await stack.db.admin.query('SELECT name FROM councils WHERE id = $1', [cwmbran]);
      expect(after.rows[0].name).toBe('Cwmbran Town Council');
    } finally {
      await page.context().close();
    }
  });
});
