import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The current definition of every function, policy and trigger that has one file in
 * `api/src/db/sql/` (migrations keep tables and their history; these files keep what is
 * replaced whole). Each file is written to be applied again and again (`CREATE OR
 * REPLACE FUNCTION`, `DROP POLICY IF EXISTS` then `CREATE POLICY`, …); `migrate()`
 * applies them all, in name order, in one transaction after the migrations.
 *
 * The folder is read from the source tree in both the built and the test layout
 * (api/dist/db and api/src/db are both two levels below api/), and the image ships it.
 */
export const SQL_DIR = join(__dirname, '..', '..', 'src', 'db', 'sql');

export interface SqlDefinition {
  name: string;
  sql: string;
}

export function sqlDefinitions(dir = SQL_DIR): SqlDefinition[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((name) => ({ name, sql: readFileSync(join(dir, name), 'utf8') }));
}
