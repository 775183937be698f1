import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSchema, isEnumType } from 'graphql';

/**
 * The admin's GraphQL types are generated from schema.graphql (admin/codegen.ts, `npm run codegen -w admin`),
 * not copied: regenerating must give the committed admin/src/generated/graphql.ts byte for byte, so a schema
 * change that was not carried into the admin fails here (and then, where the admin relies on it, its typecheck).
 */
const ROOT = resolve(__dirname, '../..');
const ADMIN = join(ROOT, 'admin');
const COMMITTED = join(ADMIN, 'src/generated/graphql.ts');

test('regenerating the admin types from schema.graphql gives the committed file (run `npm run codegen -w admin`)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'accord-codegen-'));
  try {
    const out = join(dir, 'graphql.ts');
    const run = spawnSync(join(ROOT, 'node_modules/.bin/graphql-codegen'), ['--config', 'codegen.ts'], {
      cwd: ADMIN,
      env: { ...process.env, CODEGEN_OUT: out },
      encoding: 'utf8',
    });
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
    expect(readFileSync(COMMITTED, 'utf8')).toBe(readFileSync(out, 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);

test('every enum of schema.graphql is in the generated file with exactly its values', () => {
  const schema = buildSchema(readFileSync(join(ROOT, 'schema.graphql'), 'utf8'));
  const generated = readFileSync(COMMITTED, 'utf8');
  const enums = Object.values(schema.getTypeMap()).filter((t) => isEnumType(t) && !t.name.startsWith('__'));
  expect(enums.length).toBeGreaterThan(30);
  for (const e of enums) {
    if (!isEnumType(e)) continue;
    const block = new RegExp(`export const ${e.name} = \\{([^}]*)\\} as const;`).exec(generated);
    expect({ enum: e.name, found: !!block }).toEqual({ enum: e.name, found: true });
    const values = [...block![1].matchAll(/(\w+): '(\w+)'/g)].map((m) => (m[1] === m[2] ? m[2] : `${m[1]}≠${m[2]}`));
    expect({ enum: e.name, values }).toEqual({ enum: e.name, values: e.getValues().map((v) => v.name) });
  }
});
