import { parse } from 'csv-parse/sync';
import { badInput } from '../common/errors';
import { msg } from '../common/messages';
import { BULK_ONBOARDING_MAX_ROWS, COLUMN_HEADERS, columnOf, type BulkColumn, type BulkRow } from '../domain/onboarding';

/** The most characters a bulk onboarding CSV may have (500 rows of generous width). */
export const BULK_CSV_MAX_CHARS = 512 * 1024;
const REQUIRED: BulkColumn[] = ['name', 'clerkName', 'clerkEmail'];

/**
 * Reads a bulk onboarding CSV (csv-parse): a header row naming the columns (in any order; kind and
 * parent may be left out), UTF-8 with or without a byte-order mark, commas, quoted fields as RFC 4180
 * has them, blank lines skipped. BAD_USER_INPUT (field csv) for what cannot be read as such a file,
 * and for more than BULK_ONBOARDING_MAX_ROWS rows.
 */
export function readOnboardingCsv(text: string): BulkRow[] {
  if (text.length > BULK_CSV_MAX_CHARS) throw badInput('csv', msg('onboarding.tooLarge', { max: BULK_CSV_MAX_CHARS }));
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true }) as string[][];
  } catch (e) {
    throw badInput('csv', msg('onboarding.unreadable', { line: String((e as { lines?: number }).lines ?? '?') }));
  }
  const [header, ...data] = records.filter((r) => r.some((cell) => cell.trim() !== ''));
  const columns = (header ?? []).map(columnOf);
  if (!header || REQUIRED.some((c) => !columns.includes(c))) {
    throw badInput('csv', msg('onboarding.headers', { columns: ['name', 'kind', 'parent', 'clerk name', 'clerk email'] }));
  }
  if (!data.length) throw badInput('csv', msg('onboarding.noRows'));
  if (data.length > BULK_ONBOARDING_MAX_ROWS) throw badInput('csv', msg('onboarding.tooManyRows', { max: BULK_ONBOARDING_MAX_ROWS, count: data.length }));
  const at = (record: string[], column: BulkColumn) => {
    const i = columns.indexOf(column);
    return i >= 0 ? (record[i] ?? '').trim() : '';
  };
  return data.map((record, i) => ({ row: i + 1, name: at(record, 'name'), kind: at(record, 'kind'), parent: at(record, 'parent'), clerkName: at(record, 'clerkName'), clerkEmail: at(record, 'clerkEmail') }));
}

export { COLUMN_HEADERS };
