import { startStack, type Stack } from '../support/stack';
import { gql, signIn } from '../support/graphql';
import { docxHtml, docxText, pdfText } from '../support/documents';

/**
 * The published protocol as files, signed out: /public/<slug>/protocol.pdf and .docx (and under /cy
 * for a council in Wales), parsed back (mammoth, unpdf): the adopted version's title, adoption date,
 * next review date, version history and clauses; 404 until the council publishes, for an unknown
 * slug, and for Welsh files of a council in England; never the draft.
 */

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.stop();
});

const UPDATE = 'mutation($id: ID!, $v: Int!, $i: UpdateCouncilInput!) { updateCouncil(id: $id, expectedVersion: $v, input: $i) { publishProtocol version } }';
/** A signed-out GET; once more if a kept-alive socket was closed by the server meanwhile (ECONNRESET after a long wait). */
const fetchOnce = async (url: string): Promise<Response> => {
  try {
    return await fetch(url);
  } catch (e) {
    if ((e as { cause?: { code?: string } }).cause?.code !== 'ECONNRESET') throw e;
    return fetch(url);
  }
};
const get = async (path: string) => {
  const res = await fetchOnce(`${stack.baseUrl}${path}`); // no credentials: signed out
  return { res, body: Buffer.from(await res.arrayBuffer()) };
};
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

async function publish(councilId: string, email: string) {
  const clerk = await signIn(stack.baseUrl, email);
  const c = (await gql(stack.baseUrl, 'query($id: ID!) { council(id: $id) { slug version } }', { id: councilId }, clerk)).data.council;
  return { clerk, slug: c.slug as string, publish: async () => expect((await gql(stack.baseUrl, UPDATE, { id: councilId, v: c.version, i: { publishProtocol: true } }, clerk)).errors).toBeUndefined() };
}

/** The adopted version's dates, straight from the table, written as on GOV.UK ("1 October 2024"). */
async function adopted(councilId: string) {
  const { rows } = await stack.db.admin.query(
    `SELECT v.number, v.adopted_on::text AS adopted_on, v.next_review_due::text AS next_review_due, p.title, p.title_cy,
            (SELECT count(*)::int FROM protocol_versions x WHERE x.protocol_id = p.id AND x.status IN ('adopted','superseded')) AS versions
       FROM protocol_versions v JOIN protocols p ON p.id = v.protocol_id
      WHERE p.council_id = $1 AND NOT p.is_model AND v.status = 'adopted'`,
    [councilId],
  );
  const words = (d: string | null) => (d && /^\d{4}-\d{2}-\d{2}$/.test(d) ? new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`)) : d);
  const r = rows[0];
  return { ...r, adoptedWords: words(r.adopted_on), reviewWords: words(r.next_review_due) } as { number: number; title: string; title_cy: string | null; versions: number; adoptedWords: string | null; reviewWords: string | null };
}

test('a council in Wales: nothing until it publishes; then PDF and Word in English and Welsh, signed out, with adoption, review date and history', async () => {
  const { slug, publish } = await publish_(stack.db.councils.cwmbran, 'clerk.cwmbran@accord.example');
  for (const path of [`/public/${slug}/protocol.pdf`, `/public/${slug}/protocol.docx`, `/public/${slug}/cy/protocol.pdf`, '/public/no-such-council/protocol.pdf']) {
    expect((await get(path)).res.status).toBe(404);
  }
  await publish();
  // Known dates on the adopted version (as the owner), so that the files must show them.
  await stack.db.admin.query(
    `UPDATE protocol_versions v SET adopted_on = '2024-10-01', next_review_due = '2028-10-01' FROM protocols p
      WHERE p.id = v.protocol_id AND p.council_id = $1 AND NOT p.is_model AND v.status = 'adopted'`,
    [stack.db.councils.cwmbran],
  );
  const a = await adopted(stack.db.councils.cwmbran);
  expect([a.adoptedWords, a.reviewWords]).toEqual(['1 October 2024', '1 October 2028']);

  // The page links to all four files.
  const html = await (await fetchOnce(`${stack.baseUrl}/public/${slug}`)).text();
  for (const href of [`/public/${slug}/protocol.pdf`, `/public/${slug}/protocol.docx`, `/public/${slug}/cy/protocol.pdf`, `/public/${slug}/cy/protocol.docx`]) expect(html).toContain(`href="${href}"`);

  const word = await get(`/public/${slug}/protocol.docx`);
  expect(word.res.status).toBe(200);
  expect(word.res.headers.get('content-type')).toBe(DOCX);
  expect(word.res.headers.get('content-disposition')).toBe(`attachment; filename="${slug}-protocol-v${a.number}.docx"`);
  const en = await docxHtml(word.body);
  expect(en).toContain(`<h1>${a.title.replace(/&/g, '&amp;')}</h1>`);
  expect(en).toContain('<h2>Version history</h2>');
  expect(en).toContain(`<h2>What changed in version ${a.number}</h2>`);
  expect(en).toContain('<h2>The protocol</h2>');
  const enText = await docxText(word.body);
  expect(enText).toContain(`Version\n${a.number}\nAdopted\n${a.adoptedWords}\n`);
  expect(enText).toContain(`Next review due\n${a.reviewWords ?? 'not stated'}\n`);
  expect(enText.match(/\((in force|replaced)\)/g)).toHaveLength(a.versions);

  const pdf = await get(`/public/${slug}/protocol.pdf`);
  expect(pdf.res.headers.get('content-type')).toBe('application/pdf');
  const enPdf = await pdfText(pdf.body);
  expect(enPdf).toContain(a.title.replace(/\s+/g, ' '));
  expect(enPdf).toContain(`Adopted ${a.adoptedWords}`);
  expect(enPdf).toContain('Version history');

  const cyWord = await get(`/public/${slug}/cy/protocol.docx`);
  expect(cyWord.res.status).toBe(200);
  expect(cyWord.res.headers.get('content-disposition')).toBe(`attachment; filename="${slug}-protocol-v${a.number}-cy.docx"`);
  const cy = await docxHtml(cyWord.body);
  expect(cy).toContain(`<h1>${(a.title_cy ?? a.title).replace(/&/g, '&amp;')}</h1>`);
  expect(cy).toContain('<h2>Hanes y fersiynau</h2>');
  expect(cy).toContain('<h2>Y protocol</h2>');
  expect(cy).not.toContain('Version history');
  const cyPdf = await pdfText((await get(`/public/${slug}/cy/protocol.pdf`)).body);
  expect(cyPdf).toContain('Hanes y fersiynau');
  expect(cyPdf).toContain('Mabwysiadwyd 1 Hydref 2024');
  expect(cyPdf).toContain('Adolygiad nesaf erbyn 1 Hydref 2028');
});

test('a council in England: English files only; a draft never appears in them', async () => {
  const { clerk, slug, publish } = await publish_(stack.db.councils.ashbury, 'clerk.ashbury@accord.example');
  await publish();
  const protocolId = (await gql(stack.baseUrl, 'query($c: ID!) { protocol(councilId: $c) { id } }', { c: stack.db.councils.ashbury }, clerk)).data.protocol.id;
  const draft = await gql(stack.baseUrl, 'mutation($p: ID!) { startProtocolDraft(protocolId: $p) { id } }', { p: protocolId }, clerk);
  expect(draft.errors).toBeUndefined();
  const added = await gql(stack.baseUrl, 'mutation($v: ID!) { addProtocolClause(versionId: $v, input: { number: "999", text: "draftmarker-never-public" }) { id } }', { v: draft.data.startProtocolDraft.id }, clerk);
  expect(added.errors).toBeUndefined();

  expect((await get(`/public/${slug}/cy/protocol.pdf`)).res.status).toBe(404);
  expect((await get(`/public/${slug}/cy/protocol.docx`)).res.status).toBe(404);
  const word = await get(`/public/${slug}/protocol.docx`);
  expect(word.res.status).toBe(200);
  const text = await docxText(word.body);
  expect(text).toContain('Version history');
  expect(text).not.toContain('draftmarker-never-public');
  const pdf = await pdfText((await get(`/public/${slug}/protocol.pdf`)).body);
  expect(pdf).toContain('The protocol');
  expect(pdf).not.toContain('draftmarker-never-public');
  const html = await (await fetchOnce(`${stack.baseUrl}/public/${slug}`)).text();
  expect(html).not.toContain('/cy/protocol.');
});

const publish_ = publish;
