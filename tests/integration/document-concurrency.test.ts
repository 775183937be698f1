import { startStack, type Stack } from '../support/stack';
import { codeOf, gql, signIn } from '../support/graphql';
import { llanfair } from '../fixtures/protocol-llanfair';

/**
 * Whole-document saves on the same draft at once (issue 12): exactly one of many saves with the
 * same expectedVersion wins, every other is a CONFLICT (never a 500, never a lost update or a
 * document made of two saves), and a discard racing saves leaves either the draft as one save
 * wrote it or no draft at all.
 */
describe('whole-document saves at once on one draft', () => {
  let stack: Stack;
  let clerk: { token: string };
  let protocolId: string;

  const SAVE = 'mutation($v: ID!, $e: Int!, $d: JSON!) { saveDraftDocument(versionId: $v, expectedVersion: $e, document: $d) { version } }';
  const READ = 'query($id: ID!) { protocolVersion(id: $id) { version document } }';
  const START = 'mutation($p: ID!) { startProtocolDraft(protocolId: $p) { id version } }';
  const DISCARD = 'mutation($v: ID!, $e: Int!) { discardDraft(versionId: $v, expectedVersion: $e) }';
  /** A document that says which save wrote it in its title and in every clause. */
  const written = (n: number) => ({ ...llanfair, title: `Save ${n}`, clauses: llanfair.clauses.map((c: any) => ({ ...c, text: `${c.text} [save ${n}]` })) });

  beforeAll(async () => {
    stack = await startStack();
    clerk = await signIn(stack.baseUrl, 'clerk.kingsford@accord.example');
    protocolId = (await gql(stack.baseUrl, 'query($c: ID!) { protocol(councilId: $c) { id } }', { c: stack.db.councils.kingsford }, clerk)).data.protocol.id;
  });
  afterAll(() => stack.stop());

  test('50 saves with the same expectedVersion: one wins, 49 CONFLICT, the draft is that one save whole', async () => {
    const draft = (await gql(stack.baseUrl, START, { p: protocolId }, clerk)).data.startProtocolDraft;
    const answers = await Promise.all(Array.from({ length: 50 }, (_, n) => gql(stack.baseUrl, SAVE, { v: draft.id, e: draft.version, d: written(n) }, clerk)));
    const won = answers.map((a, n) => (a.errors ? -1 : n)).filter((n) => n >= 0);
    expect(won).toHaveLength(1);
    expect(answers.filter((a) => a.errors).map(codeOf)).toEqual(Array(49).fill('CONFLICT'));
    const now = (await gql(stack.baseUrl, READ, { id: draft.id }, clerk)).data.protocolVersion;
    expect(now.version).toBe(draft.version + 1);
    expect(now.document.title).toBe(`Save ${won[0]}`);
    // Every clause from the one save that won: no document stitched from two saves.
    expect(new Set(now.document.clauses.map((c: any) => /\[save (\d+)\]$/.exec(c.text)?.[1]))).toEqual(new Set([String(won[0])]));
    await gql(stack.baseUrl, DISCARD, { v: draft.id, e: now.version }, clerk);
  });

  test('a discard racing saves, 10 rounds: the draft is one save whole, or gone with nothing left behind', async () => {
    for (let round = 0; round < 10; round++) {
      const draft = (await gql(stack.baseUrl, START, { p: protocolId }, clerk)).data.startProtocolDraft;
      const [a, b, gone] = await Promise.all([
        gql(stack.baseUrl, SAVE, { v: draft.id, e: draft.version, d: written(1) }, clerk),
        gql(stack.baseUrl, SAVE, { v: draft.id, e: draft.version, d: written(2) }, clerk),
        gql(stack.baseUrl, DISCARD, { v: draft.id, e: draft.version }, clerk),
      ]);
      for (const r of [a, b, gone]) if (r.errors) expect(['CONFLICT', 'NOT_FOUND']).toContain(codeOf(r));
      const wins = [a, b, gone].filter((r) => !r.errors).length;
      expect(wins).toBe(1);
      const clauses = (await stack.db.admin.query('SELECT text FROM protocol_clauses WHERE version_id = $1', [draft.id])).rows.map((r: any) => r.text);
      if (!gone.errors) {
        expect(clauses).toEqual([]);
        expect(codeOf(await gql(stack.baseUrl, READ, { id: draft.id }, clerk))).toBe('NOT_FOUND');
      } else {
        const n = a.errors ? 2 : 1;
        expect(clauses.length).toBe(llanfair.clauses.length);
        expect(clauses.every((t: string) => t.endsWith(`[save ${n}]`))).toBe(true);
        const now = (await gql(stack.baseUrl, READ, { id: draft.id }, clerk)).data.protocolVersion;
        await gql(stack.baseUrl, DISCARD, { v: draft.id, e: now.version }, clerk);
      }
    }
    // No session was left inside a transaction by any of it.
    const open = await stack.db.admin.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'");
    expect(open.rows[0].n).toBe(0);
  });
});
