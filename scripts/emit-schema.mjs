#!/usr/bin/env node
// `npm run schema`: writes the GraphQL schema the API serves to schema.graphql (committed, so changes show in review),
// the protocol document's JSON Schema to schema/protocol-document.v2.json,
// then the admin's types generated from it (admin/src/generated/graphql.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';

const require = createRequire(import.meta.url);
const built = spawnSync('npx', ['tsc', '-b', 'api'], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);
const { printSchemaFile, documentSchemaFile } = require('../api/dist/schema-file.js');
const file = new URL('../schema.graphql', import.meta.url);
writeFileSync(file, await printSchemaFile());
console.log('wrote schema.graphql');
// The JSON Schema of a protocol document, served at /schema/protocol-document.v2.json.
mkdirSync(new URL('../schema/', import.meta.url), { recursive: true });
writeFileSync(new URL('../schema/protocol-document.v2.json', import.meta.url), documentSchemaFile());
console.log('wrote schema/protocol-document.v2.json');
// The admin's types follow the schema (tests/unit/admin-codegen.test.ts fails when they differ).
const generated = spawnSync('npm', ['run', 'codegen', '-w', 'admin', '--silent'], { stdio: 'inherit' });
if (generated.status !== 0) process.exit(generated.status ?? 1);
console.log('wrote admin/src/generated/graphql.ts');
