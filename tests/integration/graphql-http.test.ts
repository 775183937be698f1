import { serverAudits } from 'graphql-http';
import { startStack, type Stack } from '../support/stack';

/** GraphQL over HTTP conformance: every MUST audit of the graphql-http package passes against /graphql. */
describe('GraphQL over HTTP audits', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  const audits = serverAudits({ url: () => `${stack.baseUrl}/graphql` });
  const must = audits.filter((a) => a.name.startsWith('MUST'));

  test('there are MUST audits to run', () => {
    expect(must.length).toBeGreaterThan(10);
  });

  test.each(must.map((a) => [a.name, a] as const))('%s', async (_name, audit) => {
    const result = await audit.fn();
    if (result.status !== 'ok') throw new Error(`${result.reason}${'response' in result ? `\n${await result.response.text().catch(() => '')}` : ''}`);
  });
});
