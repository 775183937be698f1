import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, signInToDashboard, useStack } from '../support/browser';
import { gql, signIn as apiSignIn } from '../support/graphql';
import type { Stack } from '../support/stack';

/**
 * CSV exports hold every row of the list's current filter, not the API's largest page (200): the
 * admin's data provider pages through the API (admin/src/dataProvider.ts, common/ExportAll.tsx).
 */

jest.setTimeout(300_000);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens `path` (below /admin) with react-admin's `filter` in the address, and clicks Export: the file's lines, its BOM gone. */
async function exportCsv(page: Page, stack: Stack, path: string, filter: Record<string, unknown>, name: string): Promise<string[]> {
  await page.goto(`${stack.baseUrl}/admin${path}?filter=${encodeURIComponent(JSON.stringify(filter))}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  const button = page.getByRole('button', { name: 'Export' });
  for (let i = 0; i < 100 && (await button.isDisabled()); i++) await page.waitForTimeout(100);
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), button.click()]);
  expect(download.suggestedFilename()).toBe(name);
  return readFileSync((await download.path())!, 'utf8').replace(/^\ufeff/, '').trimEnd().split('\r\n');
}

describe('CSV exports hold every row of the filter', () => {
  const ctx = useStack();

  test('councils: 230 parishes below Cwmbran, filtered to parishes, all 230 in the file with the list columns; the protocols list too', async () => {
    const { stack } = ctx;
    await stack.db.admin.query(
      `INSERT INTO councils (name, slug, kind, nation, parent_id)
       SELECT 'Parish ' || i, 'parish-' || i, 'parish', 'wales', $1 FROM generate_series(1, 230) i`,
      [stack.db.councils.cwmbran],
    );
    const { rows } = await stack.db.admin.query<{ line: string }>(
      `SELECT c.name || ',' || c.slug || ',PARISH,WALES,' || p.name || ',,' || c.id AS line
       FROM councils c JOIN councils p ON p.id = c.parent_id WHERE c.kind = 'parish' AND c.parent_id = $1`,
      [stack.db.councils.cwmbran],
    );
    expect(rows).toHaveLength(230);
    const page = await signInToDashboard(browser, stack, 'mo.torfaen@accord.example');
    try {
      const lines = await exportCsv(page, stack, '/councils', { kind: 'PARISH' }, 'councils.csv');
      expect(lines[0]).toBe('name,slug,kind,nation,parent,next_review_due,id');
      expect(lines.slice(1).sort()).toEqual(rows.map((r) => r.line).sort());
      // Unfiltered: those and Torfaen and Cwmbran, each once.
      const all = await exportCsv(page, stack, '/councils', {}, 'councils.csv');
      expect(all).toHaveLength(1 + 232);
      expect(new Set(all).size).toBe(all.length);
      // The protocols list (one per council): every council, whether it has an adopted protocol.
      const protocols = await exportCsv(page, stack, '/protocols', {}, 'protocols.csv');
      expect(protocols[0]).toBe('council,kind,adopted_protocol,next_review_due,council_id');
      expect(protocols).toHaveLength(1 + 232);
      expect(protocols.filter((l) => l.split(',')[2] === 'yes')).toEqual([expect.stringMatching(new RegExp(`^Cwmbran Community Council,COMMUNITY,yes,[^,]*,${stack.db.councils.cwmbran}$`))]);
    } finally {
      await page.context().close();
    }
  });

  test('cases: 205 enquiries and 3 concerns at Ashbury, filtered to enquiries, all 205 in the file (was at most 200)', async () => {
    const { stack } = ctx;
    const token = await apiSignIn(stack.baseUrl, 'clerk.ashbury@accord.example');
    const open = (i: number, kind: 'ENQUIRY' | 'CONCERN') =>
      gql(
        stack.baseUrl,
        'mutation($i: OpenCaseInput!) { openCase(input: $i) { id } }',
        {
          i:
            kind === 'ENQUIRY'
              ? { councilId: stack.db.councils.ashbury, kind, category: 'WARD_MATTER', raisedByRole: 'MEMBER', raisedByName: 'Cllr Anna Shaw', subject: `Enquiry ${i}` }
              : { councilId: stack.db.councils.ashbury, kind, concern: 'MEMBER_ABOUT_OFFICER', raisedByRole: 'MEMBER', raisedByName: 'Cllr Anna Shaw', subject: `Concern ${i}` },
        },
        token,
      );
    for (let i = 0; i < 205; i += 10) {
      const done = await Promise.all(Array.from({ length: Math.min(10, 205 - i) }, (_, k) => open(i + k, 'ENQUIRY')));
      for (const d of done) expect(d.errors).toBeUndefined();
    }
    for (let i = 0; i < 3; i++) expect((await open(i, 'CONCERN')).errors).toBeUndefined();
    const { rows } = await stack.db.admin.query<{ reference: string; subject: string }>("SELECT reference, subject FROM cases WHERE council_id = $1 AND kind = 'enquiry'", [stack.db.councils.ashbury]);
    expect(rows.length).toBe(205);

    const page = await signInToDashboard(browser, stack, 'clerk.ashbury@accord.example');
    try {
      const lines = await exportCsv(page, stack, '/cases', { kind: 'ENQUIRY' }, 'cases.csv');
      expect(lines[0]).toBe('reference,subject,council_id,kind,category,concern,status,received_at,acknowledge_by,respond_by,next_deadline,handler_role,raised_by');
      const body = lines.slice(1).map((l) => l.split(','));
      expect(body.map((c) => `${c[0]},${c[1]}`).sort()).toEqual(rows.map((r) => `${r.reference},${r.subject}`).sort());
      for (const c of body) expect([c[2], c[3], c[4]]).toEqual([stack.db.councils.ashbury, 'ENQUIRY', 'ward_matter']);
    } finally {
      await page.context().close();
    }
  });
});
