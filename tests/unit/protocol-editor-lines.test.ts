import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { stringify } from 'yaml';
import type * as Lines from '../../admin/src/protocols/editor/documentLines';
import type * as Handlers from '../../admin/src/protocols/editor/handlers';

// The admin app is an ES-module package that jest cannot require: its (import-free) modules are transpiled here.
function load<T>(name: string): T {
  const file = join(__dirname, '..', '..', 'admin', 'src', 'protocols', 'editor', name);
  const mod = { exports: {} as T };
  new Function('exports', 'module', ts.transpileModule(readFileSync(file, 'utf8'), { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText)(mod.exports, mod);
  return mod.exports;
}
const { lineOfPath, lineRange, pathSegments } = load<typeof Lines>('documentLines.ts');
const { handlerErrorsToInput, handlerText, kindOf, stepsToBody, stepsToValues } = load<typeof Handlers>('handlers.ts');

/** A document as exportDocument writes it (yaml, lineWidth 0), with a clause whose text looks like YAML. */
const doc = {
  format: 2,
  title: 'T',
  clauses: [
    { id: '1', number: '1', text: 'a: b\n- c\nhandler: x' },
    { id: '2', number: '2', heading: 'H', text: 'x' },
  ],
  roles: [{ key: 'clerk', title: 'Clerk', kind: 'officer' }],
  chains: [
    {
      concern: 'about_clerk',
      severity: 'any',
      steps: [
        { handler: 'clerk', action: 'informal_discussion', description: 'd', notify: [] },
        { handledBy: { anyOf: [{ role: 'a' }, { role: 'b' }] }, action: 'referral', description: 'e' },
      ],
    },
  ],
  responseStandards: [{ category: '*', respondWithinDays: 10, description: 'z' }],
  review: { clauses: [] },
};
const yaml = stringify(doc, { lineWidth: 0 });
const json = JSON.stringify(doc, null, 2);
const lineText = (text: string, line: number | null) => (line === null ? null : text.split('\n')[line - 1]!.trim());

describe('where a problem is in the document text (admin/src/protocols/editor/documentLines.ts)', () => {
  test.each([
    ['a top-level key', 'title', 'title: T'],
    ['a key of a list item, not the look-alike inside a clause text', 'clauses[1].heading', 'heading: H'],
    ['a list item: its first line', 'clauses[1]', '- id: "2"'],
    ['deep in a handler expression', 'chains[0].steps[1].handledBy.anyOf[1].role', '- role: b'],
    ['a key after a nested block', 'chains[0].steps[1].description', 'description: e'],
    ['a standard', 'responseStandards[0].respondWithinDays', 'respondWithinDays: 10'],
    ['an empty list', 'review.clauses', 'clauses: []'],
    ['a path past what exists: the nearest line found', 'chains[0].steps[5].handler', 'steps:'],
  ])('YAML, %s: %s', (_, path, expected) => {
    expect(lineText(yaml, lineOfPath(yaml, path))).toBe(expected);
  });

  test.each([
    ['the key named last', 'responseStandards[0].respondWithinDays', '"respondWithinDays": 10,'],
    ['a top-level key', 'title', '"title": "T",'],
  ])('JSON (a file opened as JSON), %s', (_, path, expected) => {
    expect(lineText(json, lineOfPath(json, path))).toBe(expected);
  });

  test('a syntax error names its line; an empty or unknown path names none', () => {
    expect(lineOfPath(yaml, 'line 7, column 3')).toBe(7);
    expect(lineOfPath(yaml, '')).toBeNull();
    expect(lineOfPath(yaml, 'nothing.here')).toBeNull();
  });

  test('paths split into keys and indexes; a line is selected by its offsets', () => {
    expect(pathSegments('chains[2].steps[10].handledBy.anyOf[0]')).toEqual(['chains', 2, 'steps', 10, 'handledBy', 'anyOf', 0]);
    const text = 'ab\ncde\nf';
    expect(lineRange(text, 2)).toEqual([3, 6]);
    expect(text.slice(...lineRange(text, 3))).toBe('f');
    expect(lineRange(text, 99)).toEqual([7, 8]);
  });
});

describe('handler expressions in the editor (admin/src/protocols/editor/handlers.ts)', () => {
  const titles: Record<string, string> = { clerk: 'Town Clerk', chair: 'Chairman', mo: 'Monitoring Officer' };
  const words: Record<string, string> = { 'protocols.handler.or': 'or', 'protocols.handler.and': 'and' };
  const translate = (k: string, o?: any) => (k === 'protocols.handler.nominee_text' ? `${o.who} or their nominee` : (words[k] ?? k));
  const text = (h: unknown, locale = 'en') => handlerText(h, (k) => titles[k] ?? k, translate, locale);

  test.each([
    [{ role: 'clerk' }, 'role', 'Town Clerk'],
    [{ role: 'clerk', orNominee: true }, 'role', 'Town Clerk or their nominee'],
    [{ procedure: { name: 'the Grievance Procedure', nameCy: 'y Weithdrefn Gwyno' } }, 'procedure', 'the Grievance Procedure'],
    [{ anyOf: [{ role: 'clerk' }, { role: 'chair' }] }, 'anyOf', 'Town Clerk or Chairman'],
    [{ allOf: [{ role: 'mo' }, { procedure: { name: 'the Standards Procedure' } }] }, 'allOf', 'Monitoring Officer and the Standards Procedure'],
    [{ anyOf: [{ allOf: [{ role: 'clerk' }, { role: 'mo' }] }, { role: 'chair' }] }, 'anyOf', 'Town Clerk and Monitoring Officer or Chairman'],
  ])('%j is %s: "%s"', (h, kind, words) => {
    expect(kindOf(h)).toBe(kind);
    expect(text(h)).toBe(words);
  });

  test('a procedure is named in Welsh when it has a Welsh name and the reader reads Welsh', () => {
    expect(text({ procedure: { name: 'the Grievance Procedure', nameCy: 'y Weithdrefn Gwyno' } }, 'cy')).toBe('y Weithdrefn Gwyno');
    expect(text({ procedure: { name: 'the Grievance Procedure' } }, 'cy')).toBe('the Grievance Procedure');
  });

  test.each([
    ['a plain role goes back to handler', [{ handler: 'clerk', action: 'x' }], [{ action: 'x', handler: 'clerk' }]],
    ['a nominee stays an expression', [{ handledBy: { role: 'clerk', orNominee: true }, action: 'x' }], [{ action: 'x', handledBy: { role: 'clerk', orNominee: true } }]],
    ['a procedure stays an expression', [{ handledBy: { procedure: { name: 'P' } }, action: 'x' }], [{ action: 'x', handledBy: { procedure: { name: 'P' } } }]],
    ['any of', [{ handledBy: { anyOf: [{ role: 'a' }, { role: 'b' }] } }], [{ handledBy: { anyOf: [{ role: 'a' }, { role: 'b' }] } }]],
    ['a step with neither gets an empty role to pick', [{ action: 'x' }], [{ action: 'x', handler: '' }]],
  ])('steps through the form and back: %s', (_, steps, body) => {
    const values = stepsToValues(steps);
    for (const v of values) {
      expect(v).not.toHaveProperty('handler');
      expect(v.handledBy).toBeDefined();
    }
    expect(stepsToBody(values)).toEqual(body);
  });

  test("the API's errors about a step's handler land beside its handler input", () => {
    expect(handlerErrorsToInput({ 'steps.2.handler': 'says who handles it', 'steps.0.handledBy.anyOf': 'names at least two handlers', description: 'must not be empty' })).toEqual({
      'steps.2.handledBy': 'says who handles it',
      'steps.0.handledBy': 'names at least two handlers',
      description: 'must not be empty',
    });
  });
});
