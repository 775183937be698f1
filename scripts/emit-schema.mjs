#!/usr/bin/env node
// `npm run schema`: writes the GraphQL schema the API serves to schema.graphql (committed, so changes show in review).
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';

const require = createRequire(import.meta.url);
const built = spawnSync('npx', ['tsc', '-b', 'api'], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);
const { printSchemaFile } = require('../api/dist/schema-file.js');
const file = new URL('../schema.graphql', import.meta.url);
writeFileSync(file, await printSchemaFile());
console.log('wrote schema.graphql');
