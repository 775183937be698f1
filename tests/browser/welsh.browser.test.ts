import type { Browser, Page } from 'playwright-core';
import { launchBrowser, PASSWORD, screenshot } from '../support/browser';
import { gql, signIn as apiSignIn } from '../support/graphql';
import { roleTitleIn } from '../../api/src/domain/glossary';
import { startStack, type Stack } from '../support/stack';

/**
 * The admin app in Welsh (Cymraeg), in Chromium against a real API over the demo data: switching
 * language from the AppBar's menu, react-admin's own words (menu, list, pagination, form, validation,
 * sign-in) and the app's in Welsh, the choice kept across a reload and saved to the profile; and a
 * person whose profile says Cymraeg seeing Welsh as soon as they sign in.
 */

jest.setTimeout(180_000);


let browser: Browser;
let stack: Stack;

beforeAll(async () => {
  [browser, stack] = await Promise.all([launchBrowser(), startStack()]);
  // The demo states no review date Cwmbran's text does not give; the Welsh dates below need one.
  await stack.db.admin.query(`UPDATE councils SET next_review_due = current_date + 17 WHERE slug = 'cwmbran'`);
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** Polyglot's warnings about keys no catalogue has, per page. */
const missingKeys = new WeakMap<Page, string[]>();

/** A new browser (empty storage, English browser language) on the sign-in page. */
async function openApp(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
  context.setDefaultTimeout(30_000);
  const page = await context.newPage();
  const missing: string[] = [];
  missingKeys.set(page, missing);
  page.on('console', (message) => {
    if (message.text().includes('Missing translation')) missing.push(message.text());
  });
  await page.goto(`${stack.baseUrl}/admin/`);
  return page;
}

/** Fills the sign-in form, whose labels are given in the language it is shown in. */
async function submitSignIn(page: Page, email: string, labels = { email: 'E-mail address', password: 'Password', submit: 'Sign in' }) {
  await page.getByRole('button', { name: labels.submit }).waitFor();
  await page.getByLabel(labels.email).fill(email);
  await page.getByRole('textbox', { name: labels.password }).fill(PASSWORD);
  await page.getByRole('button', { name: labels.submit }).click();
}

const ENGLISH_MENU = ['Dashboard', 'Councils', 'Council tree', 'Users', 'API keys', 'Notifications'];
const WELSH_MENU = ['Dangosfwrdd', 'Cynghorau', 'Coeden cynghorau', 'Defnyddwyr', 'Allweddi API', 'Hysbysiadau'];

async function expectMenu(page: Page, names: string[], absent: string[]) {
  for (const name of names) await page.getByRole('menuitem', { name, exact: true }).waitFor();
  for (const name of absent) expect(await page.getByRole('menuitem', { name, exact: true }).count()).toBe(0);
}

/** The names of the side menu's items, top to bottom. */
const menuNames = async (page: Page) => (await page.getByRole('menuitem').allInnerTexts()).map((t) => t.trim());

async function profileLocale(email: string): Promise<string> {
  const res = await gql(stack.baseUrl, '{ me { user { locale } } }', {}, await apiSignIn(stack.baseUrl, email, PASSWORD));
  return res.data.me.user.locale;
}

/** Asks again (for up to 10 s) until the answer is `wanted`; returns the last answer. */
async function eventually<T>(ask: () => Promise<T>, wanted: T): Promise<T> {
  const until = Date.now() + 10_000;
  for (;;) {
    const answer = await ask();
    if (answer === wanted || Date.now() > until) return answer;
    await new Promise((ok) => setTimeout(ok, 200));
  }
}

const chosenKeys = (page: Page) =>
  page.evaluate<string[]>("Object.keys(localStorage).filter((k) => k.startsWith('accord.locale.chosen.'))");

test('a monitoring officer switches to Cymraeg: the menu, a list and a form are in Welsh, and stay so', async () => {
  const email = 'mo.torfaen@accord.example';
  expect(await profileLocale(email)).toBe('en');
  const page = await openApp();
  try {
    await submitSignIn(page, email);
    await page.getByRole('heading', { name: 'Your councils' }).waitFor();
    await expectMenu(page, ENGLISH_MENU, []);
    const englishMenu = await menuNames(page);

    // The AppBar's language menu.
    const languageButton = page.getByRole('button', { name: 'Language' });
    expect((await languageButton.textContent())?.trim()).toBe('English');
    await languageButton.click();
    await page.getByRole('menuitem', { name: 'Cymraeg' }).click();

    await page.getByRole('heading', { name: 'Eich cynghorau' }).waitFor();
    expect(await page.getByText('Croeso, Torfaen Monitoring Officer').count()).toBe(1);
    expect(await page.evaluate<string>('document.documentElement.lang')).toBe('cy');
    expect((await page.getByRole('button', { name: 'Iaith' }).textContent())?.trim()).toBe('Cymraeg');
    await expectMenu(page, WELSH_MENU, ENGLISH_MENU);
    // Dates in Welsh too (Chromium's Intl has no Welsh: the app writes them), e.g. Cwmbran's next review.
    const { rows: due } = await stack.db.admin.query(`SELECT next_review_due::text AS d FROM councils WHERE slug = 'cwmbran'`);
    const [y, m, d] = due[0].d.split('-').map(Number);
    const cyMonths = ['Ion', 'Chwef', 'Maw', 'Ebr', 'Mai', 'Meh', 'Gorff', 'Awst', 'Medi', 'Hyd', 'Tach', 'Rhag'];
    const cyDays = ['Sul', 'Llun', 'Maw', 'Mer', 'Iau', 'Gwen', 'Sad'];
    const weekday = cyDays[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
    await page.getByText(`${weekday}, ${d} ${cyMonths[m - 1]} ${y}`, { exact: true }).first().waitFor();
    await screenshot(page, 'welsh-dashboard');
    // Every item of the menu, including other features' (cases, reviews, ...), has changed language.
    const welshMenu = await menuNames(page);
    expect(welshMenu).toHaveLength(englishMenu.length);
    expect(welshMenu.filter((name) => englishMenu.includes(name))).toEqual([]);
    // The choice is saved to the profile, so it follows the person to other browsers.
    expect(await eventually(() => profileLocale(email), 'cy')).toBe('cy');

    // A list: column headers, cell values, search, actions and pagination.
    await page.getByRole('menuitem', { name: 'Cynghorau', exact: true }).click();
    await page.waitForURL('**/admin/councils');
    const list = page.getByTestId('council-list');
    await list.getByText('Cwmbran Community Council').waitFor();
    for (const header of ['Enw', 'Dynodwr URL', 'Math', 'Gwlad', 'Rhiant-gyngor', 'Adolygiad nesaf erbyn']) {
      await list.getByRole('columnheader', { name: header }).waitFor();
    }
    expect(await list.getByRole('columnheader', { name: 'Name', exact: true }).count()).toBe(0);
    await list.getByText('Cyngor bwrdeistref sirol').waitFor(); // Torfaen's kind
    await list.getByText('Cyngor cymuned').waitFor(); // Cwmbran's
    expect(await list.getByText('Cymru').count()).toBe(2);
    await page.getByPlaceholder('Chwilio').waitFor();
    await page.getByRole('link', { name: 'Creu' }).waitFor();
    await page.getByRole('button', { name: 'Ychwanegu hidlydd' }).waitFor();
    await page.getByText('Rhesi fesul tudalen:').waitFor();
    await page.getByText('1-2 o 2').waitFor();
    expect(await page.getByText('Rows per page').count()).toBe(0);
    await screenshot(page, 'welsh');

    // A form: labels, buttons and react-admin's validation.
    await list.getByText('Cwmbran Community Council').click();
    await page.waitForURL(/\/admin\/councils\/[0-9a-f-]{36}$/);
    const name = page.getByRole('textbox', { name: 'Enw' });
    await name.waitFor();
    expect(await name.inputValue()).toBe('Cwmbran Community Council');
    await page.getByRole('textbox', { name: 'Dynodwr URL' }).waitFor();
    await page.getByRole('combobox', { name: 'Math' }).waitFor();
    await page.getByRole('combobox', { name: 'Gwlad' }).waitFor();
    await page.getByLabel('Rhiant-gyngor').waitFor();
    const save = page.getByRole('button', { name: 'Cadw' });
    await save.waitFor();
    expect(await page.getByRole('button', { name: 'Save' }).count()).toBe(0);
    await name.fill('');
    await save.click();
    await page.getByText('Gofynnol').waitFor();
    await page.getByText("Nid yw'r ffurflen yn ddilys. Gwiriwch y gwallau").waitFor();
    await screenshot(page, 'welsh-form');

    // Still Welsh after a reload.
    await page.reload();
    await page.getByRole('textbox', { name: 'Enw' }).waitFor();
    await page.getByRole('button', { name: 'Cadw' }).waitFor();
    await expectMenu(page, WELSH_MENU, ENGLISH_MENU);

    // Signing out: the sign-in page stays in Welsh, also after a reload.
    await page.getByRole('button', { name: 'Proffil' }).click();
    await page.getByRole('menuitem', { name: 'Allgofnodi' }).click();
    await page.getByRole('button', { name: 'Mewngofnodi' }).waitFor();
    await page.reload();
    await page.getByLabel('Cyfeiriad e-bost').waitFor();
    expect(await page.getByRole('button', { name: 'Sign in' }).count()).toBe(0);
    await submitSignIn(page, email, { email: 'Cyfeiriad e-bost', password: 'Cyfrinair', submit: 'Mewngofnodi' });
    await page.getByRole('heading', { name: 'Eich cynghorau' }).waitFor();
    // No page shown asked for a message that no catalogue has.
    expect(missingKeys.get(page)).toEqual([]);
  } catch (e) {
    await screenshot(page, 'welsh-failure').catch(() => {});
    throw e;
  } finally {
    await page.context().close();
  }
});

test('a clerk whose profile says Cymraeg sees Welsh as soon as they sign in; their own pick in this browser wins', async () => {
  const admin = await apiSignIn(stack.baseUrl, 'admin@accord.example', PASSWORD);
  const councils = await gql(stack.baseUrl, '{ councils(filter: { search: "Cwmbran" }) { items { id name } } }', {}, admin);
  const cwmbran = councils.data.councils.items.find((c: { name: string }) => c.name === 'Cwmbran Community Council');
  expect(cwmbran).toBeDefined();
  const email = 'clerc.newydd@accord.example';
  const created = await gql(
    stack.baseUrl,
    `mutation($input: CreateUserInput!) { createUser(input: $input) { id locale version } }`,
    { input: { email, displayName: 'Clerc Newydd', password: PASSWORD, councilId: cwmbran.id, role: 'CLERK', locale: 'cy' } },
    admin,
  );
  expect(created.errors).toBeUndefined();
  expect(created.data.createUser.locale).toBe('cy');

  const page = await openApp();
  try {
    // A fresh browser signs in in English; the app turns Welsh once it knows who signed in.
    await submitSignIn(page, email);
    await page.getByRole('heading', { name: 'Eich cynghorau' }).waitFor();
    await expectMenu(page, WELSH_MENU, ENGLISH_MENU);
    expect(await page.getByText('Croeso, Clerc Newydd').count()).toBe(1);
    expect(await chosenKeys(page)).toEqual([]); // nobody picked: this is the profile's language
    await page.getByRole('menuitem', { name: 'Defnyddwyr', exact: true }).click();
    await page.getByRole('columnheader', { name: 'Cyfeiriad e-bost' }).waitFor();
    await screenshot(page, 'welsh-default');

    // They pick English themselves: it is saved to the profile and sticks in this browser, even when
    // the profile says Cymraeg again (changed elsewhere) and they sign in afresh.
    await page.getByRole('button', { name: 'Iaith' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('columnheader', { name: 'E-mail address' }).waitFor();
    await expectMenu(page, ENGLISH_MENU, WELSH_MENU);
    expect(await eventually(() => profileLocale(email), 'en')).toBe('en');
    expect(await chosenKeys(page)).toHaveLength(1);

    const { data } = await gql(stack.baseUrl, '{ me { user { id version } } }', {}, await apiSignIn(stack.baseUrl, email, PASSWORD));
    const reset = await gql(
      stack.baseUrl,
      'mutation($id: ID!, $v: Int!) { updateUser(id: $id, expectedVersion: $v, input: { locale: "cy" }) { locale } }',
      { id: data.me.user.id, v: data.me.user.version },
      admin,
    );
    expect(reset.data?.updateUser.locale).toBe('cy');

    await page.getByRole('button', { name: 'Profile' }).click();
    await page.getByRole('menuitem', { name: 'Logout' }).click();
    await submitSignIn(page, email);
    await page.getByRole('heading', { name: 'Your councils' }).waitFor();
    // Give a late switch the time it would take, then check it did not happen.
    await page.waitForTimeout(1000);
    await expectMenu(page, ENGLISH_MENU, WELSH_MENU);

    // Changing their own language in their user record switches the app too.
    const setOwnLanguage = async (language: string) => {
      await page.getByRole('menuitem', { name: 'Users', exact: true }).click();
      await page.getByText(email).click();
      await page.getByRole('combobox', { name: 'Language' }).click();
      await page.getByRole('option', { name: language }).click();
      await page.getByRole('button', { name: 'Save' }).click();
    };
    await setOwnLanguage('English'); // the language they already see: nothing changes
    await page.getByRole('columnheader', { name: 'E-mail address' }).waitFor();
    expect(await eventually(() => profileLocale(email), 'en')).toBe('en');
    await expectMenu(page, ENGLISH_MENU, WELSH_MENU);
    await setOwnLanguage('Cymraeg (Welsh)');
    await page.getByRole('columnheader', { name: 'Cyfeiriad e-bost' }).waitFor();
    await expectMenu(page, WELSH_MENU, ENGLISH_MENU);
    expect(await profileLocale(email)).toBe('cy');
    expect(missingKeys.get(page)).toEqual([]);
  } catch (e) {
    await screenshot(page, 'welsh-failure').catch(() => {});
    throw e;
  } finally {
    await page.context().close();
  }
});

test('the sign-in page offers Cymraeg before anyone signs in, and the cases list names who has each case in Welsh', async () => {
  const clerk = await apiSignIn(stack.baseUrl, 'clerk.cwmbran@accord.example', PASSWORD);
  const opened = await gql(
    stack.baseUrl,
    'mutation($i: OpenCaseInput!) { openCase(input: $i) { id handlerRole } }',
    { i: { councilId: stack.db.councils.cwmbran, kind: 'CONCERN', concern: 'ABOUT_CLERK', aboutRole: 'CLERK', raisedByRole: 'MEMBER', raisedByName: 'Cllr Dai Evans', subject: 'Cofnodion heb eu dosbarthu' } },
    clerk,
  );
  expect(opened.errors).toBeUndefined();
  const listed = await gql(stack.baseUrl, '{ cases(limit: 50) { items { reference handlerRole } } }', {}, clerk);
  const withHandler = listed.data.cases.items.filter((c: { handlerRole: string | null }) => c.handlerRole);
  expect(withHandler.length).toBeGreaterThan(0);

  const page = await openApp();
  try {
    // A fresh English browser: the sign-in page is English, with the language menu under the form.
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await page.getByRole('button', { name: 'Language: English' }).click();
    await page.getByRole('menuitem', { name: 'Cymraeg' }).click();
    await page.getByRole('button', { name: 'Mewngofnodi' }).waitFor();
    expect(await page.getByRole('button', { name: 'Sign in' }).count()).toBe(0);
    await screenshot(page, 'welsh-sign-in');
    await submitSignIn(page, 'clerk.cwmbran@accord.example', { email: 'Cyfeiriad e-bost', password: 'Cyfrinair', submit: 'Mewngofnodi' });
    await page.getByRole('heading', { name: 'Eich cynghorau' }).waitFor();

    await page.getByRole('menuitem', { name: 'Achosion', exact: true }).click();
    await page.getByRole('columnheader', { name: 'Gyda pwy' }).waitFor();
    for (const c of withHandler) {
      const row = page.getByRole('row').filter({ hasText: c.reference });
      await row.getByText(roleTitleIn('cy', c.handlerRole.toLowerCase()), { exact: true }).waitFor();
    }
    await screenshot(page, 'welsh-cases');
    expect(missingKeys.get(page)).toEqual([]);
  } catch (e) {
    await screenshot(page, 'welsh-failure').catch(() => {});
    throw e;
  } finally {
    await page.context().close();
  }
});
