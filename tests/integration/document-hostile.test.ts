import { startStack, type Stack } from '../support/stack';
import { codeOf, gql, signIn } from '../support/graphql';
import { llanfair } from '../fixtures/protocol-llanfair';

/**
 * Hostile and malformed whole documents (issue 12, tested from the outside): each answers a 4xx
 * with a code and a path, quickly, writes nothing, and leaves the API answering.
 */
describe('hostile documents', () => {
  let stack: Stack;
  let clerk: { token: string };
  let draft: { id: string; version: number };

  const SAVE = 'mutation($v: ID!, $e: Int!, $d: JSON!) { saveDraftDocument(versionId: $v, expectedVersion: $e, document: $d) { version } }';
  const IMPORT = 'mutation($v: ID!, $e: Int!, $t: String!) { importProtocolDocument(versionId: $v, expectedVersion: $e, text: $t) { version } }';
  const VERSION = 'query($id: ID!) { protocolVersion(id: $id) { version } }';
  const timed = async <T>(f: () => Promise<T>) => {
    const t0 = Date.now();
    const r = await f();
    return { r, ms: Date.now() - t0 };
  };

  beforeAll(async () => {
    stack = await startStack();
    clerk = await signIn(stack.baseUrl, 'clerk.kingsford@accord.example');
    const p = (await gql(stack.baseUrl, 'query($c: ID!) { protocol(councilId: $c) { id } }', { c: stack.db.councils.kingsford }, clerk)).data.protocol;
    draft = (await gql(stack.baseUrl, 'mutation($p: ID!) { startProtocolDraft(protocolId: $p) { id version } }', { p: p.id }, clerk)).data.startProtocolDraft;
  });
  afterAll(() => stack.stop());

  afterEach(async () => {
    // Nothing was written: the draft is at the version it started at, and the API still answers.
    expect((await gql(stack.baseUrl, VERSION, { id: draft.id }, clerk)).data.protocolVersion.version).toBe(draft.version);
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  const saveCases: [string, unknown, RegExp][] = [
    ['a __proto__ key', JSON.parse(`{"format":2,"title":"T","__proto__":{"polluted":true},"clauses":[]}`), /^$/],
    ['a clause text with a NUL', { ...llanfair, clauses: [{ ...llanfair.clauses[0], text: 'a\u0000b' }] }, /^clauses\[0\]\.text$/],
    ['a lone surrogate in a title', { ...llanfair, title: 'Protocol \ud800' }, /title/],
    ['a negative review period', { ...llanfair, review: { ...llanfair.review, reviewEveryMonths: -3 } }, /review/],
    ['a billion-month review period', { ...llanfair, review: { ...llanfair.review, reviewEveryMonths: 1e9 } }, /review/],
    ['a clause number 5,000 characters long', { ...llanfair, clauses: [{ ...llanfair.clauses[1], number: '9'.repeat(5000) }] }, /clauses/],
    ['format 3', { ...llanfair, format: 3 }, /format/],
    ['a string for the whole document', 'not a document', /^$/],
    ['an array for the whole document', [llanfair], /^$/],
    ['a handler that is a 40-deep anyOf', { ...llanfair, chains: [{ ...llanfair.chains[0], steps: [{ ...llanfair.chains[0].steps[0], handler: undefined, handledBy: Array.from({ length: 40 }).reduce((h) => ({ anyOf: [h, 'clerk'] }), 'chairman') }] }] }, /chains/],
  ];

  test.each(saveCases)('saveDraftDocument with %s: BAD_USER_INPUT with a path, nothing written', async (_name, doc, path) => {
    const { r, ms } = await timed(() => gql(stack.baseUrl, SAVE, { v: draft.id, e: draft.version, d: doc }, clerk));
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    const problems = (r.errors![0].extensions!.problems as { path: string }[] | undefined) ?? [{ path: String(r.errors![0].extensions!.field ?? '') }];
    expect(problems.map((p) => p.path).join(' ')).toMatch(path);
    expect(r.errors![0].message.length).toBeLessThan(400);
    expect(ms).toBeLessThan(5000);
  });

  test('20,000 clauses: refused by size with a code, quickly', async () => {
    const many = { ...llanfair, clauses: Array.from({ length: 20000 }, (_, i) => ({ id: `c${i}`, number: String(i + 1), text: `Clause ${i + 1} of a very long protocol.` })) };
    const { r, ms } = await timed(() => gql(stack.baseUrl, SAVE, { v: draft.id, e: draft.version, d: many }, clerk));
    expect(['BAD_USER_INPUT', 'PAYLOAD_TOO_LARGE', 'BAD_REQUEST']).toContain(codeOf(r));
    expect(ms).toBeLessThan(10000);
  });

  const importCases: [string, string][] = [
    ['a YAML alias bomb', ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`)].join('\n')],
    ['a YAML tag asking for a function', 'format: 2\ntitle: !!js/function "function(){ return 1 }"\nclauses: []\n'],
    ['YAML with a duplicated key', 'format: 2\ntitle: A\ntitle: B\nclauses: []\n'],
    ['JSON nested 100,000 deep', '['.repeat(100000) + ']'.repeat(100000)],
    ['text that is neither', '\u0000\u0001 not yaml: [ {'],
    ['an empty text', ''],
  ];

  test.each(importCases)('importProtocolDocument with %s: BAD_USER_INPUT, quickly, nothing written', async (_name, text) => {
    const { r, ms } = await timed(() => gql(stack.baseUrl, IMPORT, { v: draft.id, e: draft.version, t: text }, clerk));
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].message.length).toBeLessThan(400);
    expect(r.errors![0].message).not.toMatch(/at .*\.js:\d+|Error:/);
    expect(ms).toBeLessThan(5000);
  });
});
