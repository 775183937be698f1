import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { printSchemaFile } from '@accord/api';

test('the committed schema.graphql is the schema the API serves (run `npm run schema` after changing it)', async () => {
  const committed = readFileSync(join(__dirname, '..', '..', 'schema.graphql'), 'utf8');
  expect(committed).toBe(await printSchemaFile());
});
