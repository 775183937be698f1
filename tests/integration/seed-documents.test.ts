import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, readDocumentText } from '@accord/api';
import { DEMO_PROTOCOLS, DEMO_SLUGS, SEED_DIR } from '../../api/src/seed/protocols';
import { startStack, type Stack } from '../support/stack';
import { gql, signIn } from '../support/graphql';

/**
 * The seeds are protocol documents in the user's format (issue 12): what the demo data holds for each
 * seed council is exactly its YAML file, as a clerk exports it, and a seed file imports into a draft
 * through `importProtocolDocument` like any upload (comments and all).
 */
describe('seed documents on the demo data', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  const EXPORT = 'query($c: ID!, $f: DocumentTextFormat!) { protocol(councilId: $c) { id version adopted { exportDocument(format: $f) } } }';

  test.each(DEMO_SLUGS)('%s: the adopted protocol exports as its seed document', async (slug) => {
    const clerk = await signIn(stack.baseUrl, `clerk.${slug}@accord.example`);
    const r = await gql(stack.baseUrl, EXPORT, { c: stack.db.councils[slug], f: 'YAML' }, clerk);
    expect(r.errors).toBeUndefined();
    const read = readDocumentText(r.data.protocol.adopted.exportDocument);
    expect(read.ok && parseDocument(read.value)).toEqual({ ok: true, document: DEMO_PROTOCOLS[slug] });
  });

  test('a seed file, comments and all, imports into a draft as an upload and exports as the same document', async () => {
    const clerk = await signIn(stack.baseUrl, 'clerk.eastvale@accord.example');
    const { protocol } = (await gql(stack.baseUrl, EXPORT, { c: stack.db.councils.eastvale, f: 'JSON' }, clerk)).data;
    const draft = (await gql(stack.baseUrl, 'mutation($p: ID!) { startProtocolDraft(protocolId: $p) { id version } }', { p: protocol.id }, clerk)).data.startProtocolDraft;
    // A different seed's text, so the draft really changes.
    const text = readFileSync(join(SEED_DIR, 'kingsford.yaml'), 'utf8');
    const saved = await gql(
      stack.baseUrl,
      'mutation($v: ID!, $e: Int!, $t: String!) { importProtocolDocument(versionId: $v, expectedVersion: $e, text: $t) { id exportDocument(format: YAML) } }',
      { v: draft.id, e: draft.version, t: text },
      clerk,
    );
    expect(saved.errors).toBeUndefined();
    const back = readDocumentText(saved.data.importProtocolDocument.exportDocument);
    expect(back.ok && parseDocument(back.value)).toEqual({ ok: true, document: DEMO_PROTOCOLS.kingsford });
  });
});
