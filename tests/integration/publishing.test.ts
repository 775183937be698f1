import { startStack, type Stack } from '../support/stack';
import { codeOf, gql, signIn } from '../support/graphql';

/**
 * The published protocol (/public/<slug>): nothing until the council chooses to publish; then its
 * adopted version as HTML with no sign-in, in English and, for a council in Wales, in Welsh; never
 * the draft; another council's publish flag cannot be set; unknown or unpublished slugs are 404 alike.
 */

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.stop();
});

const UPDATE = 'mutation($id: ID!, $v: Int!, $i: UpdateCouncilInput!) { updateCouncil(id: $id, expectedVersion: $v, input: $i) { publishProtocol version } }';
const page = (path: string) => fetch(`${stack.baseUrl}${path}`);

async function slugAndVersion(id: string, token: { token: string }) {
  const r = await gql(stack.baseUrl, 'query($id: ID!) { council(id: $id) { slug version publishProtocol } }', { id }, token);
  return r.data.council as { slug: string; version: number; publishProtocol: boolean };
}

test('unpublished: 404, the same as an unknown slug; published: the adopted version, its adoption, history and text, with no sign-in', async () => {
  const clerk = await signIn(stack.baseUrl, 'clerk.cwmbran@accord.example');
  const c = await slugAndVersion(stack.db.councils.cwmbran, clerk);
  expect(c.publishProtocol).toBe(false);
  expect((await page(`/public/${c.slug}`)).status).toBe(404);
  expect((await page('/public/no-such-council')).status).toBe(404);

  const r = await gql(stack.baseUrl, UPDATE, { id: stack.db.councils.cwmbran, v: c.version, i: { publishProtocol: true } }, clerk);
  expect(r.errors).toBeUndefined();
  expect(r.data.updateCouncil.publishProtocol).toBe(true);

  const en = await page(`/public/${c.slug}`);
  expect(en.status).toBe(200);
  expect(en.headers.get('content-type')).toMatch(/^text\/html/);
  expect(en.headers.get('content-security-policy')).toContain("default-src 'none'");
  const html = await en.text();
  expect(html).toContain('<html lang="en">');
  expect(html.match(/<h1>/g)).toHaveLength(1);
  const protocol = (await gql(stack.baseUrl, 'query($c: ID!) { protocol(councilId: $c) { title adopted { number clauses { text } } } }', { c: stack.db.councils.cwmbran }, clerk)).data.protocol;
  expect(html).toContain(`<h1>${protocol.title.replace(/&/g, '&amp;')}</h1>`);
  expect(html).toContain(`<dt>Version</dt><dd>${protocol.adopted.number}</dd>`);
  expect(html).toContain('Version history');
  // The first clause's text is there (escaped), as adopted.
  const first = protocol.adopted.clauses[0].text.split(/\n/)[0].replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  expect(html).toContain(first.slice(0, 60));
  // Cwmbran is in Wales: a Welsh page too, linked from both.
  expect(html).toContain(`href="/public/${c.slug}/cy"`);
  const cy = await (await page(`/public/${c.slug}/cy`)).text();
  expect(cy).toContain('<html lang="cy">');
  expect(cy).toContain('Hanes y fersiynau');
});

test('a draft is never shown; a council in England has no Welsh page; another council cannot be published by someone outside it', async () => {
  const clerk = await signIn(stack.baseUrl, 'clerk.ashbury@accord.example');
  const c = await slugAndVersion(stack.db.councils.ashbury, clerk);
  await gql(stack.baseUrl, UPDATE, { id: stack.db.councils.ashbury, v: c.version, i: { publishProtocol: true } }, clerk);
  // A draft with a marker clause.
  const draft = await gql(stack.baseUrl, 'mutation($p: ID!) { startProtocolDraft(protocolId: $p) { id } }', { p: (await gql(stack.baseUrl, 'query($c: ID!) { protocol(councilId: $c) { id } }', { c: stack.db.councils.ashbury }, clerk)).data.protocol.id }, clerk);
  if (!draft.errors) {
    const added = await gql(stack.baseUrl, 'mutation($v: ID!) { addProtocolClause(versionId: $v, input: { number: "999", text: "draftmarker-never-public" }) { id } }', { v: draft.data.startProtocolDraft.id }, clerk);
    expect(added.errors).toBeUndefined();
  }
  const html = await (await page(`/public/${c.slug}`)).text();
  expect(html).not.toContain('draftmarker-never-public');
  expect((await page(`/public/${c.slug}/cy`)).status).toBe(404);

  const westmere = await signIn(stack.baseUrl, 'mo.westmere@accord.example');
  const g = await gql(stack.baseUrl, UPDATE, { id: stack.db.councils.glanmor, v: 1, i: { publishProtocol: true } }, westmere);
  expect(codeOf(g)).toBe('NOT_FOUND');
  const [row] = (await stack.db.admin.query('SELECT publish_protocol FROM councils WHERE id = $1', [stack.db.councils.glanmor])).rows;
  expect(row.publish_protocol).toBe(false);
});
