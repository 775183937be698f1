import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import * as ts from 'typescript';
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

/** Loads a self-contained admin module (messages) as CommonJS: the admin is ESM for the browser. */
function loadAdmin(path: string): any {
  const file = join(ADMIN, 'src', path);
  const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
    fileName: file,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  });
  const module = { exports: {} as any };
  new Function('exports', 'require', 'module', outputText)(module.exports, createRequire(file), module);
  return module.exports;
}

test('every value of a schema enum the admin offers as a choice has an English label (Welsh: tests/unit/i18n.test.ts)', () => {
  const schema = buildSchema(readFileSync(join(ROOT, 'schema.graphql'), 'utf8'));
  const values = (name: string, lower = false) => {
    const type = schema.getType(name);
    if (!isEnumType(type)) throw new Error(`${name} is not an enum`);
    return type.getValues().map((v) => (lower ? v.name.toLowerCase() : v.name));
  };
  const app = loadAdmin('i18n/en.ts').en;
  const cases = loadAdmin('cases/messages.ts').messages.en;
  const protocols = loadAdmin('protocols/messages.ts').messages.en;
  const dashboard = loadAdmin('dashboard/messages.ts').messages.en;
  const reviews = loadAdmin('reviews/messages.ts').messages.en;
  const groups: [labels: Record<string, string> | undefined, where: string, enumName: string, lower?: boolean][] = [
    [app.accord.kind, 'accord.kind', 'CouncilKind'],
    [app.accord.nation, 'accord.nation', 'Nation'],
    [app.accord.role, 'accord.role', 'MembershipRole'],
    [app.accord.notification_kind, 'accord.notification_kind', 'NotificationKind'],
    [cases.casework.kind, 'casework.kind', 'CaseKind'],
    [cases.casework.status, 'casework.status', 'CaseStatus'],
    [cases.casework.severity, 'casework.severity', 'Severity'],
    [cases.casework.classification, 'casework.classification', 'Classification'],
    [dashboard.casework_dashboard.review_status, 'casework_dashboard.review_status', 'ReviewStatus'],
    [reviews.reviews.status, 'reviews.status', 'ReviewTaskStatus'],
    [protocols.protocols.vocab.concern, 'protocols.vocab.concern', 'ConcernKind', true],
    [protocols.protocols.vocab.severity, 'protocols.vocab.severity', 'Severity', true],
    [protocols.protocols.vocab.action, 'protocols.vocab.action', 'StepAction', true],
    [protocols.protocols.vocab.precondition, 'protocols.vocab.precondition', 'Precondition', true],
    [protocols.protocols.vocab.category, 'protocols.vocab.category', 'EnquiryCategory', true],
    [protocols.protocols.vocab.classification, 'protocols.vocab.classification', 'Classification', true],
    [protocols.protocols.vocab.disclosure, 'protocols.vocab.disclosure', 'DisclosureExceptionKind', true],
    [protocols.protocols.vocab.correspondence, 'protocols.vocab.correspondence', 'CorrespondenceRuleKind', true],
    [protocols.protocols.vocab.role_kind, 'protocols.vocab.role_kind', 'RoleKind', true],
    [protocols.protocols.vocab.extension, 'protocols.vocab.extension', 'ExtensionTerm', true],
  ];
  const missing = groups.flatMap(([labels, where, enumName, lower]) =>
    values(enumName, lower).filter((v) => typeof labels?.[v] !== 'string').map((v) => `${where}.${v}`),
  );
  expect(missing).toEqual([]);
});
