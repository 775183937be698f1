import { parse } from 'graphql';
import { checkTextInput, forbiddenCharacter } from './inputs';

describe('forbidden characters', () => {
  test.each([
    ['plain text', 'A blocked drain', null],
    ['tab, CR and LF', 'a\tb\r\nc', null],
    ['an emoji (a surrogate pair)', 'ok \u{1F3DB}', null],
    ['Welsh and other scripts', 'ŵŷ 日本語 عربى', null],
    ['zero-width and BOM', '\u200d\uFEFF', null],
    ['DEL (not C0)', '\u007f', null],
    ['NUL', 'a\u0000', 'U+0000'],
    ['a bell', '\u0007', 'U+0007'],
    ['vertical tab', '\u000b', 'U+000B'],
    ['form feed', '\u000c', 'U+000C'],
    ['unit separator', '\u001f', 'U+001F'],
    ['a lone high surrogate at the end', 'x\ud83c', 'U+D83C'],
    ['a lone high surrogate before text', '\ud83cx', 'U+D83C'],
    ['a lone low surrogate', 'x\udfdb', 'U+DFDB'],
    ['two high surrogates', '\ud83c\ud83c\udfdb', 'U+D83C'],
  ])('%s', (_what, text, expected) => {
    expect(forbiddenCharacter(text)).toBe(expected);
  });
});

describe('checkTextInput names the field', () => {
  const doc = parse(`mutation($i: OpenCaseInput!, $note: String, $ids: [ID!]) {
    openCase(input: $i) { id }
    addCaseNote(id: "x", note: $note) { id }
    cases(filter: { ids: $ids, search: "fine" }) { totalCount }
  }`);
  test.each([
    ['nothing wrong', { i: { subject: 'ok', documents: ['a'] }, note: 'fine', ids: ['a'] }, null],
    ['a nested input field', { i: { subject: 'o\u0000k' } }, 'subject'],
    ['a list item in an input', { i: { documents: ['a', 'b\u0007'] } }, 'documents'],
    ['a top-level variable, by its argument', { note: '\ud800' }, 'note'],
    ['a list variable, by its input field', { ids: ['ok', '\u0000'] }, 'ids'],
    ['a JSON key', { i: { extra: { 'k\u0000': 1 } } }, 'extra'],
    // Inside objects in a list (a whole document's clauses), the path a document's problems use.
    ['a text in an object in a list', { i: { extra: { clauses: [{ text: 'ok' }, { text: 'b\u0000' }] } } }, 'clauses[1].text'],
    ['deeper still', { i: { extra: { chains: [{ steps: [{ handledBy: { anyOf: ['clerk', 'x\u0007'] } }] }] } } }, 'chains[0].steps[0].handledBy.anyOf'],
    ['a key in an object in a list', { i: { extra: { roles: [{ 'k\u0000': 1 }] } } }, 'roles[0]'],
  ])('%s', (_what, variables, field) => {
    const found = checkTextInput(doc, variables);
    expect(found?.extensions.field ?? null).toBe(field);
    if (found) expect(found.extensions).toMatchObject({ code: 'BAD_USER_INPUT', http: { status: 400 } });
  });

  test('a string written in the document, by its argument or input field', () => {
    expect(checkTextInput(parse('{ cases(filter: { search: "a\\u0000" }) { totalCount } }'), {})?.extensions.field).toBe('search');
    expect(checkTextInput(parse('{ case(id: "\\u0007") { id } }'), {})?.extensions.field).toBe('id');
    expect(checkTextInput(parse('query($s: String = "\\u0000") { cases(filter: { search: $s }) { totalCount } }'), {})?.extensions.field).toBe('s');
    expect(checkTextInput(parse('{ cases(filter: { search: "\\uD83C\\uDFDB" }) { totalCount } }'), {})).toBeNull();
  });
});
