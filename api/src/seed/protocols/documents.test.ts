import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { parseDocument, readDocumentText, writeDocumentText } from '../../domain/protocol-document';
import { DEMO_OFFICE_HOLDERS, DEMO_PROTOCOLS, DEMO_SLUGS, readSeedDocument, SEED_DIR } from './index';

/**
 * The five seeds are protocol documents (issue 12): YAML files in the format a user exports and
 * imports, checked by the committed JSON Schema, read through the user's path, with at most three
 * `# GAP:` notes between them.
 */
const file = (slug: string) => readFileSync(join(SEED_DIR, `${slug}.yaml`), 'utf8');
const value = (slug: string) => {
  const read = readDocumentText(file(slug));
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return read.value;
};
/** The JSON Schema as committed (schema/protocol-document.v2.json, what the API serves), as a validator. */
const jsonSchema = z.fromJSONSchema(JSON.parse(readFileSync(join(__dirname, '..', '..', '..', '..', 'schema', 'protocol-document.v2.json'), 'utf8')));
const schemaIssues = (v: unknown) => {
  const r = jsonSchema.safeParse(v);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.code}`);
};

test('the seed folder holds exactly the five seed documents', () => {
  expect(readdirSync(SEED_DIR).filter((f) => f.endsWith('.yaml')).sort()).toEqual(DEMO_SLUGS.map((s) => `${s}.yaml`).sort());
  expect(Object.keys(DEMO_PROTOCOLS)).toEqual([...DEMO_SLUGS]);
});

describe.each(DEMO_SLUGS)('%s.yaml', (slug) => {
  test('is valid against the committed JSON Schema', () => {
    expect(schemaIssues(value(slug))).toEqual([]);
  });

  test('passes the checks an upload gets (readDocumentText, then parseDocument) and is already in export form', () => {
    const parsed = parseDocument(value(slug));
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
    // Nothing left to fill in: format 2, every clause with its id, every list present, as an export writes it.
    expect(parsed.ok && parsed.document).toStrictEqual(value(slug));
    expect(DEMO_PROTOCOLS[slug]).toStrictEqual(value(slug));
  });

  test('survives export and import unchanged (JSON and YAML)', () => {
    for (const format of ['json', 'yaml'] as const) {
      const back = readDocumentText(writeDocumentText(DEMO_PROTOCOLS[slug], format));
      expect(back.ok && parseDocument(back.value)).toStrictEqual({ ok: true, document: DEMO_PROTOCOLS[slug] });
    }
  });

  test('keeps its reading notes: the schema for editors, how the text was read, the nation', () => {
    const header = file(slug).split('\n\n')[0];
    expect(header.startsWith('# yaml-language-server: $schema=../../../../schema/protocol-document.v2.json\n')).toBe(true);
    expect(header).toMatch(/^# Nation: (Wales, as stated|not stated; England assumed) /m);
  });

  test('every demo office holder holds a role of the document', () => {
    const roles = new Set(DEMO_PROTOCOLS[slug].roles.map((r) => r.key));
    expect(DEMO_OFFICE_HOLDERS[slug].map((h) => h.role).filter((r) => !roles.has(r))).toEqual([]);
  });
});

test('the JSON Schema check is a real one: a broken seed is refused where it is broken', () => {
  const broken = structuredClone(value('kingsford')) as { roles: { kind: string }[]; clauses: Record<string, unknown>[] };
  broken.roles[0].kind = 'wizard';
  broken.clauses[1].extra = 1;
  expect(schemaIssues(broken)).toEqual(['clauses.1: unrecognized_keys', 'roles.0.kind: invalid_value']);
});

test('a seed that is not a valid document stops the loader with every problem and its path', () => {
  const dir = mkdtempSync(join(tmpdir(), 'accord-seed-'));
  try {
    const text = file('cwmbran').replace('format: 2\n', 'format: 2\nowner: nobody\n').replace(/^title: .*$/m, 'title: ""');
    writeFileSync(join(dir, 'cwmbran.yaml'), text);
    expect(() => readSeedDocument('cwmbran', dir)).toThrow(/cwmbran\.yaml is not a valid document:\n {2}title: must not be empty\n {2}: Unrecognized key: "owner"/);
    writeFileSync(join(dir, 'cwmbran.yaml'), 'title: x\nclauses: [\n');
    expect(() => readSeedDocument('cwmbran', dir)).toThrow(/line \d+, column \d+/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('what the format still cannot say: at most three `# GAP:` notes across the seeds (issue 12)', () => {
  const gaps = DEMO_SLUGS.flatMap((slug) => file(slug).split('\n').filter((l) => /^\s*# GAP:/.test(l)).map(() => slug));
  expect(gaps.length).toBeLessThanOrEqual(3);
});
