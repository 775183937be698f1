import { docxHtml, docxText, pdfText } from '../support/documents';
import { startStack, type Stack } from '../support/stack';
import { gql, signIn } from '../support/graphql';

/**
 * The standards committee's paper (GET /reports/paper.pdf and .docx) on a real API and Postgres:
 * the files are parsed back (mammoth for Word, unpdf for PDF) and their headings and figures
 * checked against counts computed here in SQL; Welsh and English for a council in Wales; another
 * council's id is 404 NOT_FOUND; bad input 400 BAD_USER_INPUT; no sign-in 401.
 */

const OPEN = 'mutation($i: OpenCaseInput!) { openCase(input: $i) { id version } }';
const MOVE = 'mutation($id: ID!, $a: CaseAction!, $v: Int!) { moveCase(id: $id, action: $a, expectedVersion: $v) { version } }';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.stop();
});

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
const yearStart = () => `${today().slice(0, 4)}-01-01`;

async function paper(format: 'pdf' | 'docx', query: Record<string, string>, token?: string, lang?: string) {
  const url = `${stack.baseUrl}/reports/paper.${format}?${new URLSearchParams(query)}`;
  const init = { headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(lang ? { 'accept-language': lang } : {}) } };
  // Once more if a kept-alive socket was closed by the server meanwhile (ECONNRESET after a long wait).
  const res = await fetch(url, init).catch((e) => (e?.cause?.code === 'ECONNRESET' ? fetch(url, init) : Promise.reject(e)));
  return { res, body: Buffer.from(await res.arrayBuffer()) };
}
/** Counts straight from the tables, as the owner (not through the report's SQL). */
async function counted(councilIds: string[], from: string, to: string) {
  const { rows } = await stack.db.admin.query(
    `SELECT count(*) FILTER (WHERE kind = 'enquiry')::int AS enquiries,
            count(*) FILTER (WHERE kind = 'concern')::int AS concerns,
            count(*) FILTER (WHERE EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = c.id AND e.kind = 'escalated'))::int AS escalations,
            count(*) FILTER (WHERE kind = 'enquiry' AND EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = c.id AND e.kind IN ('responded','resolved')))::int AS answered
       FROM cases c WHERE council_id = ANY($1) AND (received_at AT TIME ZONE 'Europe/London')::date BETWEEN $2 AND $3`,
    [councilIds, from, to],
  );
  return rows[0] as { enquiries: number; concerns: number; escalations: number; answered: number };
}

test('an English council: PDF and Word with the headings and the figures counted in SQL', async () => {
  const clerk = await signIn(stack.baseUrl, 'clerk.ashbury@accord.example');
  const c = stack.db.councils.ashbury;
  const open = async (i: Record<string, unknown>) => {
    const r = await gql(stack.baseUrl, OPEN, { i: { councilId: c, raisedByRole: 'MEMBER', raisedByName: 'Cllr Anna Shaw', subject: 'Paper test', ...i } }, clerk);
    expect(r.errors).toBeUndefined();
    return r.data.openCase as { id: string; version: number };
  };
  const e1 = await open({ kind: 'ENQUIRY', category: 'WARD_MATTER' });
  await open({ kind: 'ENQUIRY', category: 'PLANNING' });
  const e3 = await open({ kind: 'ENQUIRY', category: 'WARD_MATTER' });
  await open({ kind: 'CONCERN', concern: 'MEMBER_ABOUT_OFFICER' });
  const r1 = await gql(stack.baseUrl, MOVE, { id: e1.id, a: 'RESPOND', v: e1.version }, clerk);
  expect(r1.errors).toBeUndefined();
  expect((await gql(stack.baseUrl, MOVE, { id: e3.id, a: 'ESCALATE', v: e3.version }, clerk)).errors).toBeUndefined();
  const sql = await counted([c], yearStart(), today());
  expect(sql.enquiries).toBeGreaterThanOrEqual(3);
  expect(sql.escalations).toBeGreaterThanOrEqual(1);

  const query = { councilId: c, from: yearStart(), to: today(), includeBelow: 'false' };
  const word = await paper('docx', query, clerk.token);
  expect(word.res.status).toBe(200);
  expect(word.res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  expect(word.res.headers.get('content-disposition')).toMatch(/^attachment; filename="ashbury-borough-council-protocol-report-[\d-]+\.docx"$/);
  const html = await docxHtml(word.body);
  expect(html).toContain('<h1>Member–officer protocol: report to the Standards Committee</h1>');
  expect(html).toContain('<h2>Ashbury Borough Council</h2>');
  expect(html).toContain('<h2>Summary</h2>');
  expect(html).toContain('<h2>Concerns by kind</h2>');
  expect(html).not.toContain('Crynodeb');
  const text = await docxText(word.body);
  expect(text).toContain(`Enquiries received\n${sql.enquiries}\n`);
  expect(text).toContain(`Escalations\n${sql.escalations}\n`);
  expect(text).toContain(`Concerns raised\n${sql.concerns}\n`);
  expect(text).toMatch(new RegExp(`Answered on time\\n\\d+ of ${sql.answered}`));
  expect(text).toMatch(/member about officer\n\d+/);

  const pdf = await paper('pdf', query, clerk.token);
  expect(pdf.res.status).toBe(200);
  expect(pdf.res.headers.get('content-type')).toBe('application/pdf');
  expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');
  const ptext = await pdfText(pdf.body);
  expect(ptext).toContain('Member–officer protocol: report to the Standards Committee');
  expect(ptext).toContain('Summary');
  expect(ptext).toMatch(new RegExp(`Enquiries received\\s+${sql.enquiries}\\b`));
  expect(ptext).toMatch(new RegExp(`Escalations\\s+${sql.escalations}\\b`));
  expect(ptext).toMatch(new RegExp(`Concerns raised\\s+${sql.concerns}\\b`));
  expect(ptext).not.toContain('Crynodeb');
});

test("a council in Wales: Welsh then English, every council below the monitoring officer's, figures counted in SQL", async () => {
  const mo = await signIn(stack.baseUrl, 'mo.torfaen@accord.example');
  const { torfaen, cwmbran } = stack.db.councils;
  const sql = await counted([torfaen, cwmbran], yearStart(), today());
  const query = { councilId: torfaen, from: yearStart(), to: today() };
  const word = await paper('docx', query, mo.token);
  expect(word.res.status).toBe(200);
  const html = await docxHtml(word.body);
  expect(html).toContain("<h1>Protocol aelodau a swyddogion: adroddiad i'r Pwyllgor Safonau</h1>");
  expect(html).toContain('<h2>Crynodeb</h2>');
  expect(html).toContain('<h2>Fesul cyngor</h2>');
  expect(html).toContain('<h2>Summary</h2>');
  expect(html).toContain('<h2>By council</h2>');
  expect(html.indexOf('Crynodeb')).toBeLessThan(html.indexOf('Summary'));
  const text = await docxText(word.body);
  expect(text).toContain(`Ymholiadau a dderbyniwyd\n${sql.enquiries}\n`);
  expect(text).toContain(`Enquiries received\n${sql.enquiries}\n`);
  expect(text).toContain('This report covers 2 councils.');
  expect(text).toContain('Cwmbran');

  const pdf = await paper('pdf', query, mo.token);
  expect(pdf.res.status).toBe(200);
  const ptext = await pdfText(pdf.body);
  expect(ptext).toContain("Protocol aelodau a swyddogion: adroddiad i'r Pwyllgor Safonau");
  expect(ptext).toContain('Crynodeb');
  expect(ptext).toContain('yn ôl dyddiad eu derbyn'); // Welsh letters print (embedded font)
  expect(ptext).toMatch(new RegExp(`Ymholiadau a dderbyniwyd\\s+${sql.enquiries}\\b`));
  expect(ptext).toMatch(new RegExp(`Enquiries received\\s+${sql.enquiries}\\b`));
});

test("another council's id is 404 NOT_FOUND; bad input 400 BAD_USER_INPUT; no sign-in 401; messages in the caller's language", async () => {
  const westmere = await signIn(stack.baseUrl, 'mo.westmere@accord.example');
  const clerk = await signIn(stack.baseUrl, 'clerk.ashbury@accord.example');
  const period = { from: yearStart(), to: today() };
  for (const format of ['pdf', 'docx'] as const) {
    for (const [token, councilId] of [
      [westmere.token, stack.db.councils.torfaen],
      [westmere.token, stack.db.councils.cwmbran],
      [clerk.token, stack.db.councils.glanmor],
      [clerk.token, '00000000-0000-4000-8000-000000000000'],
    ]) {
      const r = await paper(format, { councilId, ...period }, token);
      expect(r.res.status).toBe(404);
      expect(JSON.parse(r.body.toString()).error.code).toBe('NOT_FOUND');
    }
    const bad = await paper(format, { councilId: stack.db.councils.ashbury, from: 'yesterday', to: today() }, clerk.token);
    expect(bad.res.status).toBe(400);
    expect(JSON.parse(bad.body.toString()).error).toMatchObject({ code: 'BAD_USER_INPUT' });
    const backwards = await paper(format, { councilId: stack.db.councils.ashbury, from: today(), to: '2000-01-01' }, clerk.token);
    expect(JSON.parse(backwards.body.toString()).error.code).toBe('BAD_USER_INPUT');
    const missing = await paper(format, period, clerk.token);
    expect(missing.res.status).toBe(400);
    const anonymous = await paper(format, { councilId: stack.db.councils.ashbury, ...period });
    expect(anonymous.res.status).toBe(401);
    expect(JSON.parse(anonymous.body.toString()).error.code).toBe('UNAUTHENTICATED');
  }
  const welsh = await paper('pdf', { councilId: stack.db.councils.ashbury, from: 'ddoe', to: today() }, clerk.token, 'cy');
  expect(JSON.parse(welsh.body.toString()).error.message).toContain('rhaid iddo fod yn ddyddiad');
});
