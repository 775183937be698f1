import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { documentSchemaFile } from '@accord/api';
import { startStack, type Stack } from '../support/stack';
import { codeOf, fieldOf, gql, signIn } from '../support/graphql';
import { llanfair } from '../fixtures/protocol-llanfair';

/**
 * Whole-document editing (issue 12, format 2): one saveDraftDocument call enters a protocol as
 * written (sections, numbers restarting, unnumbered paragraphs, month-only dates, Welsh), every
 * problem comes back at once with its path and nothing is written, export and import of JSON
 * and YAML round-trip exactly, a draft can be discarded and a protocol renamed.
 */
describe('whole-document editing', () => {
  let stack: Stack;
  let clerk: { token: string };
  let protocol: { id: string; version: number };
  let draft: { id: string; version: number };

  const VERSION = `id version status adoptedOn lastUpdated nextReviewDue reviewNote format
    sections { id number heading headingCy } clauses { key number section text textCy }`;
  const SAVE = `mutation($v: ID!, $e: Int!, $d: JSON!) { saveDraftDocument(versionId: $v, expectedVersion: $e, document: $d) { ${VERSION} } }`;
  const IMPORT = `mutation($v: ID!, $e: Int!, $t: String!) { importProtocolDocument(versionId: $v, expectedVersion: $e, text: $t) { ${VERSION} } }`;
  const EXPORT = 'query($id: ID!, $f: DocumentTextFormat!) { protocolVersion(id: $id) { version exportDocument(format: $f) document } }';
  const read = async (id = draft.id) => (await gql(stack.baseUrl, EXPORT, { id, f: 'JSON' }, clerk)).data.protocolVersion;

  beforeAll(async () => {
    stack = await startStack();
    clerk = await signIn(stack.baseUrl, 'clerk.kingsford@accord.example');
    protocol = (await gql(stack.baseUrl, 'query($c: ID!) { protocol(councilId: $c) { id version } }', { c: stack.db.councils.kingsford }, clerk)).data.protocol;
    draft = (await gql(stack.baseUrl, 'mutation($p: ID!) { startProtocolDraft(protocolId: $p) { id version } }', { p: protocol.id }, clerk)).data.startProtocolDraft;
  });
  afterAll(() => stack.stop());

  test('a whole protocol goes in with one call, as written, and comes out the same', async () => {
    const saved = await gql(stack.baseUrl, SAVE, { v: draft.id, e: draft.version, d: llanfair }, clerk);
    expect(saved.errors).toBeUndefined();
    const v = saved.data.saveDraftDocument;
    expect(v.version).toBe(draft.version + 1);
    draft.version = v.version;
    // Numbers restart in each section, one paragraph has none, and a bullet is a number like any other.
    expect(v.clauses.map((c: any) => [c.key, c.number, c.section])).toEqual([
      ['preamble', null, 'intro'],
      ['intro.1', '1.', 'intro'],
      ['roles.1', '1.', 'roles'],
      ['roles.1.a', '•', 'roles'],
      ['concerns.1', '1.', 'concerns'],
      ['concerns.2', '2.', 'concerns'],
    ]);
    expect(v.clauses[0].textCy).toMatch(/^Mae'r protocol/);
    expect(v.sections[1]).toEqual({ id: 'roles', number: 'Part 2', heading: 'Roles', headingCy: 'Rolau' });
    // "Adopted January 2023", reviewed every year: stated as it is, no next review invented from it.
    expect([v.adoptedOn, v.lastUpdated, v.format]).toEqual(['2023-01', '2023-01', 2]);
    expect(v.reviewNote).toMatch(/states January 2023 without a day, so the next review date is not computed/);

    const back = await read();
    expect(back.document).toEqual({ ...llanfair, expectations: [], responseStandards: [], accessRules: [], disclosureExceptions: [], correspondenceRules: [], obligations: [], adviceRoutes: [] });
    const renamed = (await gql(stack.baseUrl, 'query($c: ID!) { protocol(councilId: $c) { title titleCy } }', { c: stack.db.councils.kingsford }, clerk)).data.protocol;
    expect(renamed).toEqual({ title: llanfair.title, titleCy: llanfair.titleCy });
  });

  test('every problem comes back at once, each with its path, and nothing is written', async () => {
    const before = await read();
    const bad = {
      ...llanfair,
      sections: [...llanfair.sections, { id: 'intro', heading: '' }],
      clauses: [
        ...llanfair.clauses,
        { id: 'concerns.1', number: '2.', section: 'concerns', text: 'Numbered twice' },
        { number: '3.', section: 'nowhere', text: 'In no section' },
      ],
      roles: [...llanfair.roles, { key: 'clerk', title: 'Second clerk', kind: 'officer', clauses: ['missing.9'] }],
      review: { ...llanfair.review, adoptedOn: 'January 2023' },
    };
    const shape = await gql(stack.baseUrl, SAVE, { v: draft.id, e: draft.version, d: bad }, clerk);
    expect(codeOf(shape)).toBe('BAD_USER_INPUT');
    // Shape first: the empty heading and the date written in words, both at once.
    expect((shape.errors![0].extensions!.problems as any[]).map((p) => p.path)).toEqual(['sections[3].heading', 'review.adoptedOn']);
    expect(fieldOf(shape)).toBe('sections[3].heading');

    const consistent = { ...bad, sections: llanfair.sections, review: llanfair.review };
    const res = await gql(stack.baseUrl, SAVE, { v: draft.id, e: draft.version, d: consistent }, clerk);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    const problems = res.errors![0].extensions!.problems as { path: string; message: string }[];
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: 'clauses[6].id', message: '"concerns.1" appears twice' },
        { path: 'clauses[6].number', message: '"2." appears twice in section concerns' },
        { path: 'clauses[7].section', message: '"nowhere" is not one of this protocol\'s sections' },
        { path: 'roles[4].key', message: expect.stringMatching(/twice/) },
        { path: 'roles[4].clauses[0]', message: 'cites clause "missing.9", which the protocol does not have' },
      ]),
    );
    expect(res.errors![0].message).toMatch(/^The document cannot be saved \(\d+ problem\(s\)\): /);
    expect(await read()).toEqual(before);

    // YAML that is not YAML: the line and column.
    const broken = await gql(stack.baseUrl, IMPORT, { v: draft.id, e: draft.version, t: 'title: x\nclauses: [\n' }, clerk);
    expect(codeOf(broken)).toBe('BAD_USER_INPUT');
    expect(fieldOf(broken)).toMatch(/^line \d+, column \d+$/);
  });

  test('export as JSON or YAML and import round-trip exactly; a stale version is a CONFLICT', async () => {
    for (const f of ['JSON', 'YAML']) {
      const before = (await gql(stack.baseUrl, EXPORT, { id: draft.id, f }, clerk)).data.protocolVersion;
      expect(before.exportDocument).toMatch(f === 'JSON' ? /^\{\n {2}"format": 2,/ : /^format: 2\n/);
      const imported = await gql(stack.baseUrl, IMPORT, { v: draft.id, e: before.version, t: before.exportDocument }, clerk);
      expect(imported.errors).toBeUndefined();
      const after = (await gql(stack.baseUrl, EXPORT, { id: draft.id, f }, clerk)).data.protocolVersion;
      expect(after.exportDocument).toBe(before.exportDocument);
      const stale = await gql(stack.baseUrl, IMPORT, { v: draft.id, e: before.version, t: before.exportDocument }, clerk);
      expect(codeOf(stale)).toBe('CONFLICT');
      draft.version = after.version;
    }
    // The adopted version exports too, and a format-2 export of it saves into a draft unchanged.
    const adopted = (await gql(stack.baseUrl, 'query($c: ID!) { protocol(councilId: $c) { adopted { id } } }', { c: stack.db.councils.kingsford }, clerk)).data.protocol.adopted;
    const text = (await gql(stack.baseUrl, EXPORT, { id: adopted.id, f: 'YAML' }, clerk)).data.protocolVersion.exportDocument;
    const copy = await gql(stack.baseUrl, IMPORT, { v: draft.id, e: draft.version, t: text }, clerk);
    expect(copy.errors).toBeUndefined();
    draft.version = copy.data.importProtocolDocument.version;
    expect((await gql(stack.baseUrl, EXPORT, { id: draft.id, f: 'YAML' }, clerk)).data.protocolVersion.exportDocument).toBe(text);
  });

  test('random valid documents survive save, export and import unchanged (property)', async () => {
    const id = fc.stringMatching(/^[a-z][a-z0-9]{0,5}$/);
    const words = fc.stringMatching(/^[A-Za-z][A-Za-z ,.'()]{0,40}[A-Za-z.]$/);
    const date = fc.oneof(
      fc.constantFrom(undefined),
      fc.integer({ min: 1990, max: 2030 }).map(String),
      fc.tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
      fc.date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    );
    const documents = fc
      .record({
        title: words,
        titleCy: fc.option(words, { nil: undefined }),
        sections: fc.uniqueArray(fc.record({ id, heading: words, headingCy: fc.option(words, { nil: undefined }) }), { selector: (s) => s.id, maxLength: 3 }),
        clauses: fc.array(
          fc.record({ number: fc.option(fc.constantFrom('1.', '2.', '(a)', '•', '8.63', 'iv'), { nil: null }), text: words, textCy: fc.option(words, { nil: undefined }), inSection: fc.nat() }),
          { minLength: 1, maxLength: 8 },
        ),
        adoptedOn: date,
        lastUpdated: date,
        reviewEveryMonths: fc.option(fc.integer({ min: 1, max: 120 }), { nil: undefined }),
      })
      .map((r) => {
        const seen = new Set<string>();
        const clauses = r.clauses
          .map((c, i) => {
            const section = r.sections.length ? r.sections[c.inSection % (r.sections.length + 1)]?.id : undefined;
            return { id: `c${i + 1}`, number: c.number, ...(section ? { section } : {}), text: c.text, ...(c.textCy ? { textCy: c.textCy } : {}) };
          })
          // Numbers unique within a section (an invalid document is another test's business).
          .filter((c) => c.number === null || !seen.has(`${c.section}|${c.number}`) && !!seen.add(`${c.section}|${c.number}`));
        const strip = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, x]) => x !== undefined)) as T;
        return {
          format: 2,
          title: r.title,
          ...(r.titleCy ? { titleCy: r.titleCy } : {}),
          ...(r.sections.length ? { sections: r.sections.map(strip) } : {}),
          clauses,
          roles: [{ key: 'clerk', title: 'Clerk', kind: 'officer', clauses: [clauses[0].id] }],
          expectations: [],
          chains: [],
          responseStandards: [],
          accessRules: [],
          disclosureExceptions: [],
          correspondenceRules: [],
          obligations: [],
          adviceRoutes: [],
          review: strip({ adoptedOn: r.adoptedOn, lastUpdated: r.lastUpdated, reviewEveryMonths: r.reviewEveryMonths, clauses: clauses.map((c) => c.id).slice(0, 2) }),
        };
      });
    await fc.assert(
      fc.asyncProperty(documents, fc.constantFrom('JSON', 'YAML'), async (doc, f) => {
        const saved = await gql(stack.baseUrl, SAVE, { v: draft.id, e: draft.version, d: doc }, clerk);
        expect(saved.errors).toBeUndefined();
        draft.version = saved.data.saveDraftDocument.version;
        const out = (await gql(stack.baseUrl, EXPORT, { id: draft.id, f }, clerk)).data.protocolVersion;
        expect(out.document).toEqual(doc);
        const again = await gql(stack.baseUrl, IMPORT, { v: draft.id, e: draft.version, t: out.exportDocument }, clerk);
        expect(again.errors).toBeUndefined();
        draft.version = again.data.importProtocolDocument.version;
        expect((await read()).document).toEqual(doc);
      }),
      { numRuns: 25, seed: Number(process.env.PROPERTY_SEED ?? 20261207) },
    );
  });

  test('clauses added without "after" go to the end, in the order typed; the id follows section and number', async () => {
    const ADD = 'mutation($v: ID!, $i: AddClauseInput!) { addProtocolClause(versionId: $v, input: $i) { key number section } }';
    for (const n of ['1', '2', '3']) {
      const res = await gql(stack.baseUrl, ADD, { v: draft.id, i: { number: n, text: `Typed clause ${n}` } }, clerk);
      expect(res.errors).toBeUndefined();
    }
    const paragraph = await gql(stack.baseUrl, ADD, { v: draft.id, i: { text: 'An unnumbered paragraph.' } }, clerk);
    expect(paragraph.data.addProtocolClause.number).toBeNull();
    const clauses = (await gql(stack.baseUrl, 'query($id: ID!) { protocolVersion(id: $id) { version clauses { key number text } } }', { id: draft.id }, clerk)).data.protocolVersion;
    expect(clauses.clauses.slice(-4).map((c: any) => c.text)).toEqual(['Typed clause 1', 'Typed clause 2', 'Typed clause 3', 'An unnumbered paragraph.']);
    // atStart puts one first; the same number again outside any section is a CONFLICT naming it.
    const first = await gql(stack.baseUrl, ADD, { v: draft.id, i: { number: '0', text: 'Put first', atStart: true } }, clerk);
    expect(first.errors).toBeUndefined();
    const again = await gql(stack.baseUrl, ADD, { v: draft.id, i: { number: '0', text: 'Twice' } }, clerk);
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.errors![0].message).toMatch(/clause 0 already exists/);
    const now = (await gql(stack.baseUrl, 'query($id: ID!) { protocolVersion(id: $id) { version clauses { text } } }', { id: draft.id }, clerk)).data.protocolVersion;
    expect(now.clauses[0].text).toBe('Put first');
    draft.version = now.version;
  });

  test('a draft is discarded (stale first: CONFLICT), the adopted version untouched; then another can start', async () => {
    const DISCARD = 'mutation($v: ID!, $e: Int!) { discardDraft(versionId: $v, expectedVersion: $e) }';
    const again = await gql(stack.baseUrl, 'mutation($p: ID!) { startProtocolDraft(protocolId: $p) { id } }', { p: protocol.id }, clerk);
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.errors![0].message).not.toMatch(/Protocol Protocol/);
    expect(again.errors![0].message).toMatch(/already has a draft \(version 2\): edit it, or discard it first$/);
    expect(codeOf(await gql(stack.baseUrl, DISCARD, { v: draft.id, e: draft.version - 1 }, clerk))).toBe('CONFLICT');
    const adopted = (await gql(stack.baseUrl, 'query($c: ID!) { protocol(councilId: $c) { adopted { id version } } }', { c: stack.db.councils.kingsford }, clerk)).data.protocol.adopted;
    const gone = await gql(stack.baseUrl, DISCARD, { v: draft.id, e: draft.version }, clerk);
    expect(gone.data.discardDraft).toBe(draft.id);
    const after = (await gql(stack.baseUrl, 'query($c: ID!) { protocol(councilId: $c) { draft { id } adopted { id version } } }', { c: stack.db.councils.kingsford }, clerk)).data.protocol;
    expect(after).toEqual({ draft: null, adopted });
    expect((await stack.db.admin.query('SELECT count(*)::int AS n FROM protocol_clauses WHERE version_id = $1', [draft.id])).rows[0].n).toBe(0);
    const missing = await gql(stack.baseUrl, 'query($id: ID!) { protocolVersion(id: $id) { id } }', { id: draft.id }, clerk);
    expect(codeOf(missing)).toBe('NOT_FOUND');
    expect(missing.errors![0].message).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}/);
    const adoptedOnly = await gql(stack.baseUrl, DISCARD, { v: adopted.id, e: adopted.version }, clerk);
    expect(codeOf(adoptedOnly)).toBe('CONFLICT');
    const next = await gql(stack.baseUrl, 'mutation($p: ID!) { startProtocolDraft(protocolId: $p) { id number } }', { p: protocol.id }, clerk);
    expect(next.errors).toBeUndefined();
  });

  test('a protocol is renamed, in English and Welsh; a stale version is a CONFLICT', async () => {
    const RENAME = 'mutation($id: ID!, $e: Int!, $t: String!, $cy: String) { renameProtocol(id: $id, expectedVersion: $e, title: $t, titleCy: $cy) { title titleCy version } }';
    const current = (await gql(stack.baseUrl, 'query($c: ID!) { protocol(councilId: $c) { id version } }', { c: stack.db.councils.kingsford }, clerk)).data.protocol;
    const res = await gql(stack.baseUrl, RENAME, { id: current.id, e: current.version, t: 'Member and Officer Protocol', cy: 'Protocol Aelodau a Swyddogion' }, clerk);
    expect(res.data.renameProtocol).toEqual({ title: 'Member and Officer Protocol', titleCy: 'Protocol Aelodau a Swyddogion', version: current.version + 1 });
    expect(codeOf(await gql(stack.baseUrl, RENAME, { id: current.id, e: current.version, t: 'Again' }, clerk))).toBe('CONFLICT');
    expect(fieldOf(await gql(stack.baseUrl, RENAME, { id: current.id, e: current.version + 1, t: '  ' }, clerk))).toBe('title');
  });

  test('adoption takes dates as stated, keeps what the draft states, and keeps the council\'s review date when asked or when the schedule gives none', async () => {
    const mo = await signIn(stack.baseUrl, 'mo.westmere@accord.example');
    const c = stack.db.councils.kingsford;
    const p = (await gql(stack.baseUrl, 'query($c: ID!) { protocol(councilId: $c) { id draft { id } } }', { c }, mo)).data.protocol;
    const start = async () =>
      p.draft ? (await gql(stack.baseUrl, 'query($id: ID!) { protocolVersion(id: $id) { id version } }', { id: p.draft.id }, mo)).data.protocolVersion : (await gql(stack.baseUrl, 'mutation($p: ID!) { startProtocolDraft(protocolId: $p) { id version } }', { p: p.id }, mo)).data.startProtocolDraft;
    const d = await start();
    const saved = await gql(stack.baseUrl, SAVE, { v: d.id, e: d.version, d: llanfair }, mo);
    expect(saved.errors).toBeUndefined();
    await stack.db.admin.query('UPDATE councils SET next_review_due = $2 WHERE id = $1', [c, '2027-06-30']);
    const ADOPT = 'mutation($id: ID!, $v: Int!, $i: AdoptInput!) { adoptProtocolVersion(id: $id, expectedVersion: $v, input: $i) { adoptedOn effectiveFrom nextReviewDue reviewNote } }';
    const bad = await gql(stack.baseUrl, ADOPT, { id: d.id, v: saved.data.saveDraftDocument.version, i: { effectiveFrom: 'spring 2023' } }, mo);
    expect([codeOf(bad), fieldOf(bad)]).toEqual(['BAD_USER_INPUT', 'effectiveFrom']);
    // The draft states "2023-01" with a yearly review: no date can be computed, so the council's is kept, and the note says why.
    const adopted = await gql(stack.baseUrl, ADOPT, { id: d.id, v: saved.data.saveDraftDocument.version, i: { effectiveFrom: '2023-02' } }, mo);
    expect(adopted.errors).toBeUndefined();
    expect(adopted.data.adoptProtocolVersion).toMatchObject({ adoptedOn: '2023-01', effectiveFrom: '2023-02', nextReviewDue: '2027-06-30' });
    expect(adopted.data.adoptProtocolVersion.reviewNote).toMatch(/February 2023 without a day/);

    // A schedule that gives a date: the council's typed date is kept only when asked.
    const d2 = (await gql(stack.baseUrl, 'mutation($p: ID!) { startProtocolDraft(protocolId: $p) { id version } }', { p: p.id }, mo)).data.startProtocolDraft;
    const full = { ...llanfair, review: { ...llanfair.review, adoptedOn: '2026-01-15' } };
    const s2 = await gql(stack.baseUrl, SAVE, { v: d2.id, e: d2.version, d: full }, mo);
    const kept = await gql(stack.baseUrl, ADOPT, { id: d2.id, v: s2.data.saveDraftDocument.version, i: { keepNextReviewDue: true } }, mo);
    expect(kept.data.adoptProtocolVersion).toMatchObject({ adoptedOn: '2026-01-15', nextReviewDue: '2027-06-30', reviewNote: null });
    const d3 = (await gql(stack.baseUrl, 'mutation($p: ID!) { startProtocolDraft(protocolId: $p) { id version } }', { p: p.id }, mo)).data.startProtocolDraft;
    const s3 = await gql(stack.baseUrl, SAVE, { v: d3.id, e: d3.version, d: full }, mo);
    const computed = await gql(stack.baseUrl, ADOPT, { id: d3.id, v: s3.data.saveDraftDocument.version, i: {} }, mo);
    expect(computed.data.adoptProtocolVersion.nextReviewDue).toBe('2027-01-15');
  });

  test('the JSON Schema of the document is served at a stable URL and committed', async () => {
    const res = await fetch(`${stack.baseUrl}/schema/protocol-document.v2.json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/schema\+json/);
    const served = await res.text();
    expect(served).toBe(documentSchemaFile());
    expect(readFileSync(join(__dirname, '..', '..', 'schema', 'protocol-document.v2.json'), 'utf8')).toBe(served);
    const schema = JSON.parse(served);
    expect(schema.properties.clauses.items.properties).toHaveProperty('textCy');
    expect(schema.properties.review.properties).toHaveProperty('lastUpdated');
  });
});
