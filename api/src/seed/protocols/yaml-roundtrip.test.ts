import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeDocument, parseDocument, readDocumentText } from '../../domain/protocol-document';
import { protocol as ashbury } from './ashbury';
import { protocol as cwmbran } from './cwmbran';
import { protocol as eastvale } from './eastvale';
import { protocol as glanmor } from './glanmor';
import { protocol as kingsford } from './kingsford';

/** Before the TypeScript seeds go: each YAML document reads back as its TypeScript object did (normalized: format 2, clause ids). */
test.each(Object.entries({ ashbury, cwmbran, eastvale, glanmor, kingsford }))('%s.yaml reads back as the TypeScript seed', (slug, old) => {
  const read = readDocumentText(readFileSync(join(__dirname, `${slug}.yaml`), 'utf8'));
  expect(read.ok).toBe(true);
  const value = (read as { value: unknown }).value;
  expect(value).toStrictEqual(normalizeDocument(old));
  expect(parseDocument(value)).toStrictEqual({ ok: true, document: normalizeDocument(old) });
  expect(parseDocument(old)).toStrictEqual({ ok: true, document: normalizeDocument(old) });
});
