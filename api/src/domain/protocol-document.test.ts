import { documentJsonSchema, fillPlaceholders, normalizeDocument, parseDocument, readDocumentText, writeDocumentText } from './protocol-document';
import type { ProtocolDocument } from './protocol';

const base = {
  title: 'Protocol',
  clauses: [{ number: '1', text: 'The Clerk is the proper officer.' }],
  roles: [{ key: 'clerk', title: 'Clerk', kind: 'officer', clauses: ['1'] }],
};

/** Issue 12, point 13: every problem at once, each with its path. */
test('shape problems come all at once, with paths as protocolProblems writes them', () => {
  const r = parseDocument({ ...base, titleCy: '', clauses: [{ number: '1' }], review: { adoptedOn: 'Jan 2023', clauses: [] }, extra: 1 });
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.problems.map((p) => p.path).sort()).toEqual(['', 'clauses[0].text', 'review.adoptedOn', 'titleCy'].sort());
});

test('consistency problems come all at once once the shape is right', () => {
  const r = parseDocument({ ...base, roles: [...base.roles, { key: 'clerk', title: 'Again', kind: 'officer', clauses: ['9'] }] });
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.problems.map((p) => p.path)).toEqual(['roles[1].key', 'roles[1].clauses[0]']);
});

test('a version-1 document reads as format 2, its numbers its ids', () => {
  const r = parseDocument({ format: 1, ...base });
  expect(r.ok && r.document.clauses).toEqual([{ id: '1', number: '1', text: 'The Clerk is the proper officer.' }]);
  expect(r.ok && r.document.format).toBe(2);
});

test('JSON and YAML text read back the same document', () => {
  const parsed = parseDocument({ ...base, review: { adoptedOn: '2023', lastUpdated: '2023-01', clauses: [] } });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  for (const f of ['json', 'yaml'] as const) {
    const text = writeDocumentText(parsed.document, f);
    const back = readDocumentText(text);
    expect(back.ok && parseDocument(back.value)).toEqual({ ok: true, document: parsed.document });
  }
  // "2023" stays a string in YAML, not a number.
  expect(writeDocumentText(parsed.document, 'yaml')).toMatch(/adoptedOn: "2023"/);
});

test('text that is not YAML: line and column', () => {
  const r = readDocumentText('title: x\nclauses: [\n');
  expect(r.ok).toBe(false);
  expect(!r.ok && r.problems[0].path).toMatch(/^line \d+, column \d+$/);
});

/** Point 14: models with placeholders. */
test('placeholders are filled everywhere a text is; unknown ones are left', () => {
  const doc = normalizeDocument({
    ...base,
    title: 'Protocol of {{council.name}}',
    clauses: [{ number: '1', text: 'A member of {{ council.name }} ({{council.kind}}, {{council.nation}}); {{council.mayor}}', textCy: 'Aelod o {{council.nameCy}}' }],
    roles: [],
    expectations: [],
    chains: [],
    responseStandards: [],
    accessRules: [],
    disclosureExceptions: [],
    correspondenceRules: [],
    obligations: [],
    adviceRoutes: [],
    review: { clauses: [] },
  } as ProtocolDocument);
  const filled = fillPlaceholders(doc, { 'council.name': 'Llanfair Town Council', 'council.nameCy': 'Cyngor Tref Llanfair', 'council.kind': 'town council', 'council.nation': 'Wales' });
  expect(filled.title).toBe('Protocol of Llanfair Town Council');
  expect(filled.clauses[0].text).toBe('A member of Llanfair Town Council (town council, Wales); {{council.mayor}}');
  expect(filled.clauses[0].textCy).toBe('Aelod o Cyngor Tref Llanfair');
});

test('the JSON Schema is generated from the same definition', () => {
  const schema = documentJsonSchema() as { properties: Record<string, { properties?: Record<string, unknown> }>; additionalProperties: boolean };
  expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['format', 'title', 'titleCy', 'sections', 'clauses', 'roles', 'chains', 'review']));
  expect(schema.additionalProperties).toBe(false);
});

test("the README's example document is a valid document", () => {
  const readme = require('node:fs').readFileSync(require('node:path').join(__dirname, '..', '..', '..', 'README.md'), 'utf8') as string;
  const example = /```yaml\n(format: 2[\s\S]*?)```/.exec(readme)?.[1];
  expect(example).toBeDefined();
  const read = readDocumentText(example!);
  expect(read.ok && parseDocument(read.value).ok).toBe(true);
});
