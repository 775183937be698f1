/**
 * Importing a council's protocol document (issue 13), end to end with the built API and worker processes:
 * upload over HTTP, parsing in the worker, the record through GraphQL, tenancy, bad input, and a draft
 * made from accepted suggestions that leaves the adopted version as it was.
 */
import { codeOf, gql, signIn } from '../support/graphql';
import { createTestDb, type TestDb } from '../support/db';
import { runId } from '../support/env';
import { startApiProcess, startWorkerProcess, type Proc } from '../support/processes';
import { makeDocx, makePdf, makeZip } from '../support/import-files';
import { IMPORT_FORMATS, IMPORT_INPUT_PROBLEMS, IMPORT_STATUSES } from '../../api/src/imports/import.status';

const TEXT = `# Kingsford Member / Officer Protocol

**Adopted: October 2024**

## Member Enquiries

1. Enquiries from Members should be sent to the Town Clerk, who will acknowledge them within 2 working days and respond within 10 working days.

2. If a Councillor is dissatisfied with the conduct of an employee, the matter should be raised with the Town Clerk in the first instance. If the matter cannot be resolved informally, it should be referred to the Chairman.

## Correspondence

3. E-mails should not be blind copied.
`;

describe('importing a protocol document', () => {
  let db: TestDb;
  let api: Proc & { port: number };
  let worker: Proc;
  let base: string;
  const tokens: Record<string, { token: string }> = {};

  const upload = async (as: string | null, councilId: string, file: Buffer, filename: string) => {
    const form = new FormData();
    form.append('councilId', councilId);
    form.append('file', new Blob([file]), filename);
    const res = await fetch(`${base}/imports`, { method: 'POST', body: form, headers: as ? { authorization: `Bearer ${tokens[as]!.token}` } : {} });
    return { status: res.status, body: (await res.json()) as any };
  };
  const IMPORT = `query($id: ID!) { protocolImport(id: $id) { id status progress format problem message version title draftVersionId
      sections { id number heading } clauses { id number scheme section text } suggestions { id kind clause start end excerpt confidence pattern value } } }`;
  const readImport = (id: string, as = 'clerk.kingsford@accord.example') => gql(base, IMPORT, { id }, tokens[as]);
  const settled = async (id: string, as?: string) => {
    const end = Date.now() + 30_000;
    for (;;) {
      const r = await readImport(id, as);
      const s = r.data?.protocolImport?.status;
      if (s === 'READY' || s === 'FAILED') return r.data.protocolImport;
      if (Date.now() > end) throw new Error(`import ${id} still ${s}\n${worker.output().slice(-2000)}`);
      await new Promise((ok) => setTimeout(ok, 100));
    }
  };

  beforeAll(async () => {
    db = await createTestDb({ REDIS_PREFIX: `accord-test-${runId()}-imports` });
    [api, worker] = await Promise.all([startApiProcess(db.config), startWorkerProcess(db.config)]);
    base = `http://127.0.0.1:${api.port}`;
    for (const who of ['clerk.kingsford@accord.example', 'clerk.ashbury@accord.example', 'mo.westmere@accord.example']) tokens[who] = await signIn(base, who);
  }, 120_000);

  afterAll(async () => {
    for (const p of [api, worker]) {
      p?.child.kill('SIGTERM');
      await p?.exited;
    }
    await db?.drop();
  });

  it('the table\'s CHECK lists are the domain\'s', async () => {
    const checks = (await db.admin.query(`SELECT pg_get_constraintdef(c.oid) AS def FROM pg_constraint c WHERE c.conrelid = 'protocol_imports'::regclass AND c.contype = 'c'`)).rows.map((r) => r.def as string);
    const listIn = (col: string) => {
      const def = checks.find((d) => d.includes(`(${col} = ANY`) || d.includes(`${col} = ANY`))!;
      return [...def.matchAll(/'([a-z_]+)'::text/g)].map((m) => m[1]);
    };
    expect(listIn('status')).toEqual([...IMPORT_STATUSES]);
    expect(listIn('format')).toEqual([...IMPORT_FORMATS]);
    expect(IMPORT_INPUT_PROBLEMS).toContain('ENCRYPTED_PDF');
  });

  it('a clerk uploads a .md file: parsed by the worker, clauses as written, suggestions with clause, span and pattern', async () => {
    const up = await upload('clerk.kingsford@accord.example', db.councils.kingsford!, Buffer.from(TEXT), 'protocol.md');
    expect(up.status).toBe(202);
    expect(up.body).toEqual({ id: expect.any(String), status: 'queued' });
    const rec = await settled(up.body.id);
    expect(rec).toMatchObject({ status: 'READY', progress: 100, format: 'MD', problem: null, title: 'Kingsford Member / Officer Protocol' });
    expect(rec.sections.map((s: any) => s.heading)).toEqual(['Member Enquiries', 'Correspondence']);
    expect(rec.clauses.map((c: any) => c.number)).toEqual([null, '1', '2', '3']);
    const limits = rec.suggestions.filter((s: any) => s.kind === 'TIME_LIMIT');
    expect(limits.map((s: any) => [s.clause, s.value.what, s.value.amount, s.value.handler])).toEqual([
      ['1', 'acknowledge', 2, 'clerk'],
      ['1', 'respond', 10, 'clerk'],
    ]);
    const clause1 = rec.clauses.find((c: any) => c.id === '1').text;
    for (const s of limits) expect(clause1.slice(s.start, s.end)).toBe(s.excerpt);
    expect(rec.suggestions.find((s: any) => s.kind === 'ESCALATION').value.steps.map((x: any) => x.role)).toEqual(['clerk', 'chairman']);
    expect(rec.suggestions.find((s: any) => s.kind === 'ADOPTION').value).toEqual({ on: '2024-10' });
    expect(rec.suggestions.find((s: any) => s.kind === 'CORRESPONDENCE').value).toEqual({ key: 'no_blind_copies' });
  });

  it("another council's clerk gets NOT_FOUND, for the record and for uploading to that council", async () => {
    const up = await upload('clerk.kingsford@accord.example', db.councils.kingsford!, Buffer.from(TEXT), 'protocol.txt');
    await settled(up.body.id);
    const other = await readImport(up.body.id, 'clerk.ashbury@accord.example');
    expect(codeOf(other)).toBe('NOT_FOUND');
    expect(other.errors![0]!.message).not.toContain(db.councils.kingsford);
    const list = await gql(base, 'query($c: ID!) { protocolImports(councilId: $c) { id } }', { c: db.councils.kingsford }, tokens['clerk.ashbury@accord.example']);
    expect(codeOf(list)).toBe('NOT_FOUND');
    const theirs = await upload('clerk.ashbury@accord.example', db.councils.kingsford!, Buffer.from(TEXT), 'protocol.txt');
    expect(theirs.status).toBe(404);
    expect(theirs.body.error.code).toBe('NOT_FOUND');
    // Row-level security agrees: in Ashbury's scope the row is not there.
    const rows = await db.app.transaction(async (em) => {
      await em.query(`SELECT set_config('accord.council_ids', $1, true)`, [`{${db.councils.ashbury}}`]);
      return em.query('SELECT id FROM protocol_imports WHERE id = $1', [up.body.id]);
    });
    expect(rows).toEqual([]);
    // The monitoring officer above Kingsford reads it.
    expect((await readImport(up.body.id, 'mo.westmere@accord.example')).data.protocolImport.id).toBe(up.body.id);
  });

  it('refuses bad input at upload with a clear code: unsigned, empty, too large, old .doc, not a document', async () => {
    const k = db.councils.kingsford!;
    expect((await upload(null, k, Buffer.from(TEXT), 'a.txt')).status).toBe(401);
    const empty = await upload('clerk.kingsford@accord.example', k, Buffer.alloc(0), 'a.txt');
    expect([empty.status, empty.body.error.code]).toEqual([400, 'EMPTY']);
    const big = await upload('clerk.kingsford@accord.example', k, Buffer.alloc(11 * 1024 * 1024, 'a'), 'a.txt');
    expect([big.status, big.body.error.code]).toEqual([413, 'TOO_LARGE']);
    const doc = await upload('clerk.kingsford@accord.example', k, Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(4096)]), 'a.doc');
    expect([doc.status, doc.body.error.code]).toEqual([415, 'LEGACY_DOC']);
    expect(doc.body.error.message).toMatch(/save it as \.docx/);
    const png = await upload('clerk.kingsford@accord.example', k, Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'), 'a.docx');
    expect([png.status, png.body.error.code]).toEqual([415, 'UNSUPPORTED']);
    const { rows } = await db.admin.query(`SELECT count(*)::int AS n FROM protocol_imports WHERE filename IN ('a.doc', 'a.docx') OR size = 0 OR size > 10485760`);
    expect(rows[0].n).toBe(0);
  });

  it.each([
    ['an encrypted PDF', () => makePdf([['Secret protocol']], { encrypted: true }), 'a.pdf', 'ENCRYPTED_PDF', /encrypted/],
    ['a PDF without a text layer', () => makePdf([null, null]), 'scan.pdf', 'NO_TEXT_LAYER', /OCR first/],
    ['a zip bomb', () => makeZip({ 'word/document.xml': '<x/>', 'big.bin': Buffer.alloc(20 * 1024 * 1024) }), 'bomb.docx', 'ZIP_BOMB', /zip bomb/],
    ['a zip with a path trick', () => makeZip({ 'word/document.xml': '<x/>', '../../etc/evil': 'x' }), 'evil.docx', 'ZIP_PATH', /unsafe path/],
  ] as const)('%s fails the import with a clear message, nothing else written', async (_what, make, name, problem, message) => {
    const up = await upload('clerk.kingsford@accord.example', db.councils.kingsford!, await make(), name);
    expect(up.status).toBe(202);
    const rec = await settled(up.body.id);
    expect(rec).toMatchObject({ status: 'FAILED', problem, clauses: [], suggestions: [], draftVersionId: null });
    expect(rec.message).toMatch(message);
  });

  it('reads a .docx (macros ignored, said so) and a PDF with a text layer', async () => {
    const docx = await upload('clerk.kingsford@accord.example', db.councils.kingsford!, await makeDocx(['1. Members must be courteous.', '2. Officers reply within 5 working days.'], { macro: true }), 'p.docm');
    const d = await settled(docx.body.id);
    expect(d).toMatchObject({ status: 'READY', format: 'DOCX', message: 'The document contains macros; they were ignored.' });
    expect(d.clauses.map((c: any) => c.number)).toEqual(['1', '2']);
    const pdf = await upload('clerk.kingsford@accord.example', db.councils.kingsford!, makePdf([['1. Members must be courteous.', '2. Officers reply within 5 working days.']]), 'p.pdf');
    const p = await settled(pdf.body.id);
    expect(p).toMatchObject({ status: 'READY', format: 'PDF' });
    expect(p.clauses.map((c: any) => c.number)).toEqual(['1', '2']);
  });

  it('many at once: a monitoring officer uploads a zip, each file matched by name to a council below them', async () => {
    const zip = await makeZip({
      'protocols/Kingsford Town Council protocol.md': TEXT,
      'protocols/westmere.txt': TEXT,
      'protocols/Ashbury Borough Council.txt': TEXT,
      'protocols/Unknown Parish.txt': TEXT,
      'protocols/old.doc': Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(1024)]),
      '__MACOSX/._westmere.txt': 'x',
    });
    const form = new FormData();
    form.append('files', new Blob([zip]), 'protocols.zip');
    const res = await fetch(`${base}/imports/bulk`, { method: 'POST', body: form, headers: { authorization: `Bearer ${tokens['mo.westmere@accord.example']!.token}` } });
    expect(res.status).toBe(202);
    const { results } = (await res.json()) as { results: any[] };
    const byFile = Object.fromEntries(results.map((r) => [r.filename.replace('protocols/', ''), r]));
    expect(Object.keys(byFile).sort()).toEqual(['Ashbury Borough Council.txt', 'Kingsford Town Council protocol.md', 'Unknown Parish.txt', 'westmere.txt']);
    expect(byFile['Kingsford Town Council protocol.md'].council.id).toBe(db.councils.kingsford);
    expect(byFile['westmere.txt'].council.id).toBe(db.councils.westmere);
    // Ashbury is not below Westmere: not matched, as an unknown name is not.
    expect(byFile['Ashbury Borough Council.txt'].error.code).toBe('NO_COUNCIL');
    expect(byFile['Unknown Parish.txt'].error.code).toBe('NO_COUNCIL');
    for (const f of ['Kingsford Town Council protocol.md', 'westmere.txt']) expect((await settled(byFile[f].id, 'mo.westmere@accord.example')).status).toBe('READY');
  });

  it("shows where the document differs from the model published by the council above (Westmere's, from Kingsford's adopted text)", async () => {
    const mo = tokens['mo.westmere@accord.example'];
    const adopted = (await db.admin.query(`SELECT id FROM protocol_versions WHERE council_id = $1 AND status = 'adopted'`, [db.councils.kingsford])).rows[0].id;
    const model = await gql(base, 'mutation($c: ID!, $v: ID!) { createModelProtocol(councilId: $c, title: "Westmere model", fromVersionId: $v) { id version draft { id version } } }', { c: db.councils.westmere, v: adopted }, mo);
    expect(model.errors).toBeUndefined();
    const m = model.data.createModelProtocol;
    expect((await gql(base, 'mutation($id: ID!, $v: Int!) { adoptProtocolVersion(id: $id, expectedVersion: $v, input: {}) { id } }', { id: m.draft.id, v: m.draft.version }, mo)).errors).toBeUndefined();
    expect((await gql(base, 'mutation($id: ID!, $v: Int!) { publishModelProtocol(id: $id, expectedVersion: $v) { id } }', { id: m.id, v: m.version }, mo)).errors).toBeUndefined();
    const up = await upload('clerk.kingsford@accord.example', db.councils.kingsford!, Buffer.from(TEXT), 'protocol.md');
    await settled(up.body.id);
    const r = await gql(base, 'query($id: ID!) { protocolImport(id: $id) { modelComparison { modelTitle clauses { key number change } rules { section key change } } } }', { id: up.body.id }, tokens['clerk.kingsford@accord.example']);
    expect(r.errors).toBeUndefined();
    const cmp = r.data.protocolImport.modelComparison;
    expect(cmp.modelTitle).toBe('Westmere model');
    const change = (key: string) => cmp.clauses.find((c: any) => c.key === key)?.change;
    // Clauses 1–3 say something else than the model's 1–3; the model's 4–26 are not in this document; "p1" is new.
    expect([change('1'), change('2'), change('3'), change('26'), change('p1')]).toEqual(['changed', 'changed', 'changed', 'removed', 'added']);
    expect(cmp.rules.length).toBeGreaterThan(0);
  });

  it('creates one draft from accepted suggestions; the adopted version is unchanged; once adopted, responseDeadlines gives what the text says', async () => {
    const k = db.councils.kingsford!;
    const adoptedBefore = (
      await db.admin.query(`SELECT v.id, v.version, (SELECT string_agg(c.number || ':' || md5(c.text), ',' ORDER BY c.position) FROM protocol_clauses c WHERE c.version_id = v.id) AS clauses,
          (SELECT count(*) FROM protocol_items i WHERE i.version_id = v.id)::int AS items FROM protocol_versions v WHERE v.council_id = $1 AND v.status = 'adopted'`, [k])
    ).rows[0];
    const up = await upload('clerk.kingsford@accord.example', k, Buffer.from(TEXT), 'protocol.md');
    const rec = await settled(up.body.id);
    const accept = rec.suggestions.map((s: any) => s.id);
    const CREATE = `mutation($id: ID!, $v: Int!, $input: CreateDraftFromImportInput!) { createDraftFromImport(id: $id, expectedVersion: $v, input: $input) {
        import { id version draftVersionId } draft { id status number version } notes } }`;
    const stale = await gql(base, CREATE, { id: rec.id, v: rec.version - 1, input: { accept } }, tokens['clerk.kingsford@accord.example']);
    expect(codeOf(stale)).toBe('CONFLICT');
    const foreign = await gql(base, CREATE, { id: rec.id, v: rec.version, input: { accept } }, tokens['clerk.ashbury@accord.example']);
    expect(codeOf(foreign)).toBe('NOT_FOUND');
    const made = await gql(base, CREATE, { id: rec.id, v: rec.version, input: { accept } }, tokens['clerk.kingsford@accord.example']);
    expect(made.errors).toBeUndefined();
    const draft = made.data.createDraftFromImport.draft;
    expect(draft.status).toBe('DRAFT');
    expect(made.data.createDraftFromImport.import.draftVersionId).toBe(draft.id);
    // Format 2: the clauses as written (the "Adopted" line an unnumbered paragraph), with their sections; the date as stated.
    const drafted = await db.admin.query(`SELECT key, number, section_key FROM protocol_clauses WHERE version_id = $1 ORDER BY position`, [draft.id]);
    expect(drafted.rows.map((r) => [r.key, r.number, r.section_key])).toEqual([
      ['p1', null, null],
      ['1', '1', 's-member-enquiries'],
      ['2', '2', 's-member-enquiries'],
      ['3', '3', 's-correspondence'],
    ]);
    const adoptedAfter = (
      await db.admin.query(`SELECT v.id, v.version, (SELECT string_agg(c.number || ':' || md5(c.text), ',' ORDER BY c.position) FROM protocol_clauses c WHERE c.version_id = v.id) AS clauses,
          (SELECT count(*) FROM protocol_items i WHERE i.version_id = v.id)::int AS items FROM protocol_versions v WHERE v.council_id = $1 AND v.status = 'adopted'`, [k])
    ).rows[0];
    expect(adoptedAfter).toEqual(adoptedBefore);
    const stated = await db.admin.query(`SELECT adopted_on FROM protocol_versions WHERE id = $1`, [draft.id]);
    expect(stated.rows[0].adopted_on).toBe('2024-10');
    // A second draft while this one is open is a conflict, and writes nothing.
    const again = await gql(base, CREATE, { id: rec.id, v: rec.version + 1, input: { accept } }, tokens['clerk.kingsford@accord.example']);
    expect(codeOf(again)).toBe('CONFLICT');
    expect((await db.admin.query(`SELECT count(*)::int AS n FROM protocol_versions WHERE council_id = $1 AND status = 'draft'`, [k])).rows[0].n).toBe(1);

    const adopt = await gql(
      base,
      'mutation($id: ID!, $v: Int!) { adoptProtocolVersion(id: $id, expectedVersion: $v, input: { adoptedOn: "2024-10-01" }) { status } }',
      { id: draft.id, v: draft.version },
      tokens['clerk.kingsford@accord.example'],
    );
    expect(adopt.errors).toBeUndefined();
    const due = await gql(
      base,
      'query($c: ID!) { responseDeadlines(councilId: $c, category: GENERAL_CORRESPONDENCE, receivedAt: "2026-03-02T10:00:00Z") { acknowledgeBy respondBy clauses { number } } }',
      { c: k },
      tokens['clerk.kingsford@accord.example'],
    );
    expect(due.errors).toBeUndefined();
    // Received Monday 2 March 2026: 2 working days → Wednesday 4th; 10 working days → Monday 16th.
    expect(due.data.responseDeadlines).toEqual({ acknowledgeBy: '2026-03-04', respondBy: '2026-03-16', clauses: [{ number: '1' }] });
  });

  it('progress rises as the worker reads, per page of a PDF, committed as it goes, and ends at 100', async () => {
    // Every committed progress value of the import, in order: a trigger logs each into a table of the test's own.
    await db.admin.query(`CREATE TABLE IF NOT EXISTS test_import_progress (n bigserial PRIMARY KEY, import_id uuid, progress int, status text)`);
    await db.admin.query(`CREATE OR REPLACE FUNCTION test_log_import_progress() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
      BEGIN INSERT INTO test_import_progress (import_id, progress, status) VALUES (NEW.id, NEW.progress, NEW.status); RETURN NEW; END $$`);
    await db.admin.query(`DROP TRIGGER IF EXISTS test_log_import_progress ON protocol_imports`);
    await db.admin.query(`CREATE TRIGGER test_log_import_progress AFTER INSERT OR UPDATE ON protocol_imports FOR EACH ROW EXECUTE FUNCTION test_log_import_progress()`);
    try {
      const pages = Array.from({ length: 40 }, (_, p) => [`${p + 1}. Officers reply to Members within ${(p % 9) + 2} working days.`, `${p + 1}.1 The Clerk keeps a record of each enquiry.`]);
      const up = await upload('clerk.kingsford@accord.example', db.councils.kingsford!, makePdf(pages), 'forty-pages.pdf');
      const rec = await settled(up.body.id);
      expect(rec).toMatchObject({ status: 'READY', progress: 100 });
      const log = (await db.admin.query(`SELECT progress, status FROM test_import_progress WHERE import_id = $1 ORDER BY n`, [up.body.id])).rows as { progress: number; status: string }[];
      const values = log.map((r) => r.progress);
      expect(values[0]).toBe(0); // queued
      expect(values.at(-1)).toBe(100);
      expect(values.every((v, i) => i === 0 || v >= values[i - 1]!)).toBe(true);
      // Steps between "parsing" and done, while the pages were read: more than the stages alone would give.
      const between = [...new Set(values.filter((v) => v > 5 && v < 70))];
      expect(between.length).toBeGreaterThanOrEqual(3);
      expect(log.filter((r) => r.status === 'ready').map((r) => r.progress)).toEqual([100]);
    } finally {
      await db.admin.query(`DROP TRIGGER IF EXISTS test_log_import_progress ON protocol_imports`);
    }
  });

  describe('follow the model with these differences', () => {
    const FOLLOW = `mutation($id: ID!, $v: Int!, $choices: [FollowModelChoice!]) { createDraftFollowingModel(id: $id, expectedVersion: $v, choices: $choices) {
        import { id version draftVersionId } draft { id status number version protocolId } notes } }`;
    const COMPARE = `query($id: ID!) { protocolImport(id: $id) { version modelComparison { modelId modelTitle differences { id kind key number section change modelValue documentValue keep } } } }`;
    const clerk = 'clerk.kingsford@accord.example';
    let rec: any;
    let cmp: any;
    let modelDays: number;

    beforeAll(async () => {
      // Kingsford's earlier tests left an adopted version (from the import) and no draft; Westmere's model is published.
      expect((await db.admin.query(`SELECT count(*)::int AS n FROM protocol_versions WHERE council_id = $1 AND status = 'draft'`, [db.councils.kingsford])).rows[0].n).toBe(0);
      // The model's next version sets a time limit of its own: 3 and 5 working days.
      const mo = tokens['mo.westmere@accord.example'];
      const modelId = (await db.admin.query(`SELECT id FROM protocols WHERE council_id = $1 AND is_model`, [db.councils.westmere])).rows[0].id;
      const started = await gql(base, 'mutation($p: ID!) { startProtocolDraft(protocolId: $p) { id } }', { p: modelId }, mo);
      expect(started.errors).toBeUndefined();
      const draftId = started.data.startProtocolDraft.id;
      const rule = { category: 'general_correspondence', handler: 'clerk', escalateTo: [], acknowledgeWithinDays: 3, respondWithinDays: 5, description: 'Enquiries are answered within 5 working days.', clauses: ['1'] };
      const saved = await gql(base, 'mutation($v: ID!, $r: JSON!) { saveProtocolRule(versionId: $v, section: RESPONSE_STANDARD, rule: $r) { key } }', { v: draftId, r: rule }, mo);
      expect(saved.errors).toBeUndefined();
      const v = (await db.admin.query(`SELECT version FROM protocol_versions WHERE id = $1`, [draftId])).rows[0].version;
      expect((await gql(base, 'mutation($id: ID!, $v: Int!) { adoptProtocolVersion(id: $id, expectedVersion: $v, input: {}) { id } }', { id: draftId, v }, mo)).errors).toBeUndefined();
      const up = await upload(clerk, db.councils.kingsford!, Buffer.from(TEXT), 'protocol.md');
      rec = await settled(up.body.id);
      const r = await gql(base, COMPARE, { id: rec.id }, tokens[clerk]);
      expect(r.errors).toBeUndefined();
      cmp = r.data.protocolImport.modelComparison;
      modelDays = cmp.differences.find((d: any) => d.id === 'rule:response_standard:general_correspondence')?.modelValue?.respondWithinDays;
    });

    it('each difference says what the model says, what the document says, and which is kept by default', () => {
      const byId = (id: string) => cmp.differences.find((d: any) => d.id === id);
      expect(byId('clause:1')).toMatchObject({ kind: 'clause', change: 'changed', keep: 'DOCUMENT', modelValue: { id: '1', text: expect.any(String) }, documentValue: { id: '1', text: expect.stringContaining('within 10 working days') } });
      expect(byId('clause:26')).toMatchObject({ change: 'removed', keep: 'MODEL', documentValue: null });
      expect(byId('clause:p1')).toMatchObject({ change: 'added', keep: 'DOCUMENT', modelValue: null });
      const std = byId('rule:response_standard:general_correspondence');
      expect(std).toMatchObject({ kind: 'rule', section: 'response_standard', keep: 'DOCUMENT', documentValue: { respondWithinDays: 10, acknowledgeWithinDays: 2 } });
      expect(std.modelValue).toMatchObject({ respondWithinDays: 5, acknowledgeWithinDays: 3 });
      expect(modelDays).toBe(5);
    });

    it("the comparison and the draft follow the reviewer's decisions: a time limit rejected is the model's", async () => {
      const accept = rec.suggestions.filter((s: any) => s.kind !== 'TIME_LIMIT' && s.kind !== 'ACCESS').map((s: any) => s.id);
      const q = `query($id: ID!, $a: [ID!]) { protocolImport(id: $id) { modelComparison(accept: $a) { differences { id change keep } } } }`;
      const r = await gql(base, q, { id: rec.id, a: accept }, tokens[clerk]);
      expect(r.errors).toBeUndefined();
      // Without the document's time limits, only the model has one: a difference the model's side of, kept.
      expect(r.data.protocolImport.modelComparison.differences.find((d: any) => d.id === 'rule:response_standard:general_correspondence')).toEqual({ id: 'rule:response_standard:general_correspondence', change: 'removed', keep: 'MODEL' });
      const unknown = await gql(base, q, { id: rec.id, a: ['no-such-suggestion'] }, tokens[clerk]);
      expect(codeOf(unknown)).toBe('BAD_USER_INPUT');
      const F = `mutation($id: ID!, $v: Int!, $a: [ID!]) { createDraftFollowingModel(id: $id, expectedVersion: $v, accept: $a) { import { version } draft { id version } } }`;
      const made = await gql(base, F, { id: rec.id, v: rec.version, a: accept }, tokens[clerk]);
      expect(made.errors).toBeUndefined();
      const draft = made.data.createDraftFollowingModel.draft;
      const std = await db.admin.query(`SELECT body FROM protocol_items WHERE version_id = $1 AND section = 'response_standard' AND key = 'general_correspondence'`, [draft.id]);
      expect(std.rows[0].body.respondWithinDays).toBe(5);
      expect((await gql(base, 'mutation($id: ID!, $v: Int!) { discardDraft(versionId: $id, expectedVersion: $v) }', { id: draft.id, v: draft.version }, tokens[clerk])).errors).toBeUndefined();
      rec = { ...rec, version: made.data.createDraftFollowingModel.import.version };
    });

    it("refuses another council's clerk (NOT_FOUND), a stale version (CONFLICT) and a choice that is no difference (BAD_USER_INPUT), writing nothing", async () => {
      const foreign = await gql(base, FOLLOW, { id: rec.id, v: rec.version, choices: [] }, tokens['clerk.ashbury@accord.example']);
      expect(codeOf(foreign)).toBe('NOT_FOUND');
      expect(foreign.errors![0]!.message).not.toContain(db.councils.kingsford);
      expect(codeOf(await gql(base, FOLLOW, { id: rec.id, v: rec.version - 1, choices: [] }, tokens[clerk]))).toBe('CONFLICT');
      const bad = await gql(base, FOLLOW, { id: rec.id, v: rec.version, choices: [{ difference: 'clause:999', keep: 'MODEL' }] }, tokens[clerk]);
      expect(codeOf(bad)).toBe('BAD_USER_INPUT');
      expect(bad.errors![0]!.message).toMatch(/"clause:999" is not a difference/);
      // Dropping the model's clause 26, which the model's chain about the Clerk cites: every problem named, nothing written.
      const broken = await gql(base, FOLLOW, { id: rec.id, v: rec.version, choices: [{ difference: 'clause:26', keep: 'DOCUMENT' }] }, tokens[clerk]);
      expect(codeOf(broken)).toBe('BAD_USER_INPUT');
      expect(broken.errors![0]!.message).toMatch(/^The draft would have \d+ problem/);
      expect(broken.errors![0]!.extensions!.problems).toEqual(expect.arrayContaining([expect.objectContaining({ path: expect.stringMatching(/^chains\[\d+\]/) })]));
      expect((await db.admin.query(`SELECT count(*)::int AS n FROM protocol_versions WHERE council_id = $1 AND status = 'draft'`, [db.councils.kingsford])).rows[0].n).toBe(0);
    });

    it("with the model's time limit chosen, the draft has the model's; then discarded", async () => {
      const made = await gql(base, FOLLOW, { id: rec.id, v: rec.version, choices: [{ difference: 'rule:response_standard:general_correspondence', keep: 'MODEL' }] }, tokens[clerk]);
      expect(made.errors).toBeUndefined();
      const draft = made.data.createDraftFollowingModel.draft;
      const std = await db.admin.query(`SELECT body FROM protocol_items WHERE version_id = $1 AND section = 'response_standard' AND key = 'general_correspondence'`, [draft.id]);
      expect(std.rows[0].body.respondWithinDays).toBe(modelDays);
      const gone = await gql(base, 'mutation($id: ID!, $v: Int!) { discardDraft(versionId: $id, expectedVersion: $v) }', { id: draft.id, v: draft.version }, tokens[clerk]);
      expect(gone.errors).toBeUndefined();
      rec = { ...rec, version: made.data.createDraftFollowingModel.import.version };
    });

    it("by default: a draft following the model, with the document's words and time limit; a second is a CONFLICT; adopted, responseDeadlines gives the document's days", async () => {
      const k = db.councils.kingsford!;
      const adoptedBefore = (await db.admin.query(`SELECT id, version FROM protocol_versions WHERE council_id = $1 AND status = 'adopted'`, [k])).rows[0];
      const made = await gql(base, FOLLOW, { id: rec.id, v: rec.version }, tokens[clerk]);
      expect(made.errors).toBeUndefined();
      const { draft, import: imp } = made.data.createDraftFollowingModel;
      expect(imp.draftVersionId).toBe(draft.id);
      // The council's protocol now follows the model.
      expect((await db.admin.query(`SELECT model_id FROM protocols WHERE id = $1`, [draft.protocolId])).rows[0].model_id).toBe(cmp.modelId);
      // The model's clauses, with the document's words where it has its own and its own paragraph first.
      const clauses = (await db.admin.query(`SELECT key, text FROM protocol_clauses WHERE version_id = $1 ORDER BY position`, [draft.id])).rows;
      expect(clauses[0].key).toBe('p1');
      expect(clauses.find((c) => c.key === '1').text).toMatch(/within 10 working days/);
      const modelClauses = (await db.admin.query(`SELECT count(*)::int AS n FROM protocol_clauses WHERE version_id = (SELECT id FROM protocol_versions WHERE protocol_id = $1 AND status = 'adopted')`, [cmp.modelId])).rows[0].n;
      expect(clauses).toHaveLength(modelClauses + 1);
      // The adopted version is as it was.
      expect((await db.admin.query(`SELECT id, version FROM protocol_versions WHERE council_id = $1 AND status = 'adopted'`, [k])).rows[0]).toEqual(adoptedBefore);

      const again = await gql(base, FOLLOW, { id: rec.id, v: imp.version }, tokens[clerk]);
      expect(codeOf(again)).toBe('CONFLICT');
      expect(again.errors![0]!.message).toMatch(/already has a draft \(version \d+\): open it to carry on, or discard it/);

      const adopt = await gql(base, 'mutation($id: ID!, $v: Int!) { adoptProtocolVersion(id: $id, expectedVersion: $v, input: {}) { status } }', { id: draft.id, v: draft.version }, tokens[clerk]);
      expect(adopt.errors).toBeUndefined();
      const due = await gql(
        base,
        'query($c: ID!) { responseDeadlines(councilId: $c, category: GENERAL_CORRESPONDENCE, receivedAt: "2026-03-02T10:00:00Z") { acknowledgeBy respondBy } }',
        { c: k },
        tokens[clerk],
      );
      expect(due.errors).toBeUndefined();
      // Received Monday 2 March 2026: 2 working days → Wednesday 4th; 10 working days → Monday 16th.
      expect(due.data.responseDeadlines).toEqual({ acknowledgeBy: '2026-03-04', respondBy: '2026-03-16' });
    });

    it('a parish with no protocol yet: the monitoring officer follows the model for it, and its first protocol is made following the model', async () => {
      const mo = tokens['mo.westmere@accord.example'];
      const made = await gql(base, 'mutation($p: ID!) { createCouncil(input: { name: "Little Wold Parish Council", slug: "little-wold", kind: PARISH, nation: ENGLAND, parentId: $p }) { id } }', { p: db.councils.westmere }, mo);
      expect(made.errors).toBeUndefined();
      const parish = made.data.createCouncil.id;
      const form = new FormData();
      form.append('councilId', parish);
      form.append('file', new Blob([Buffer.from(TEXT.replace('Kingsford', 'Little Wold'))]), 'little-wold.md');
      const up = await fetch(`${base}/imports`, { method: 'POST', body: form, headers: { authorization: `Bearer ${mo!.token}` } });
      expect(up.status).toBe(202);
      const id = ((await up.json()) as any).id;
      const ready = await settled(id, 'mo.westmere@accord.example');
      const r = await gql(base, FOLLOW, { id, v: ready.version }, mo);
      expect(r.errors).toBeUndefined();
      expect(r.data.createDraftFollowingModel.draft).toMatchObject({ status: 'DRAFT', number: 1 });
      const protocol = (await db.admin.query(`SELECT title, model_id FROM protocols WHERE council_id = $1 AND NOT is_model`, [parish])).rows;
      expect(protocol).toEqual([{ title: 'Little Wold Member / Officer Protocol', model_id: cmp.modelId }]);
      const std = await db.admin.query(`SELECT body FROM protocol_items WHERE version_id = $1 AND section = 'response_standard'`, [r.data.createDraftFollowingModel.draft.id]);
      expect(std.rows.map((x) => x.body.respondWithinDays)).toEqual([10]);
    });
  });
});
