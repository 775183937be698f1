import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import type * as FieldDiff from '../../admin/src/protocols/editor/fieldDiff';

// The admin app is an ES-module package that jest cannot require: its (import-free) module is transpiled here.
const file = join(__dirname, '..', '..', 'admin', 'src', 'protocols', 'editor', 'fieldDiff.ts');
const mod = { exports: {} as typeof FieldDiff };
new Function('exports', 'module', ts.transpileModule(readFileSync(file, 'utf8'), { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText)(mod.exports, mod);
const { changeText, fieldChanges } = mod.exports;

/** The compare tab's rule changes in plain words (admin/src/protocols/editor/fieldDiff.ts), table-driven. */
describe('fieldChanges', () => {
  const chain = (days: number[]) => ({ concern: 'about_clerk', steps: days.map((d, i) => ({ handler: i ? 'chair' : 'clerk', workingDays: d })) });
  test.each([
    ['one number in a step', chain([5, 10]), chain([5, 8]), ['steps › 2 › workingDays: 10 → 8']],
    ['a step added', chain([5]), chain([5, 10]), ['steps › 2 › handler: — → chair', 'steps › 2 › workingDays: — → 10']],
    ['a step removed', chain([5, 10]), chain([5]), ['steps › 2 › handler: chair → —', 'steps › 2 › workingDays: 10 → —']],
    ['a list of words', { escalateTo: ['chair'] }, { escalateTo: ['chair', 'mayor'] }, ['escalateTo: chair → chair, mayor']],
    ['a flag', { urgent: false }, { urgent: true }, ['urgent: no → yes']],
    ['a rule added whole', undefined, { acknowledgeWithinDays: 2, respondWithinDays: 10 }, ['acknowledgeWithinDays: — → 2', 'respondWithinDays: — → 10']],
    ['an empty list against none', { notify: [] }, {}, []],
    ['nothing changed', chain([5, 10]), chain([5, 10]), []],
  ])('%s', (_, before, after, expected) => {
    expect(fieldChanges(before, after).map((c) => changeText(c))).toEqual(expected);
  });
});
