import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLError } from 'graphql';
import { MESSAGES, THINGS, TABLES, CASE_TERMS, MEMBERSHIP_ROLE_TERMS, GLOSSARY_TERMS, languageFromHeader, msg, placeholdersOf, roleTerm, type MessageKey } from './messages';
import { RequestLanguage, currentLanguage, withLanguage } from './language';
import { formatError, fromDatabase } from './format-error';
import { badInput, conflict, notFound, staleVersion } from './errors';
import type { Logger } from './log';

/**
 * The API's message catalogue (messages.ts), every key: Welsh present, the same placeholders as the
 * English, no English left in the Welsh, no term the glossary rejects, one apostrophe style.
 */

/** Words Welsh text may share with English: product, technical and API names the caller types. */
const SHARED = new Set(
  [
    'api', 'json', 'mb', 'slug', 'protocol', 'bearer', 'apikey', 'authorization', 'retry', 'after', 'yyyy', 'mm', 'dd', 'hh',
    'expectedversion', 'fromdate', 'date', 'number', 'record',
  ].map((w) => w.toLowerCase()),
);

/** English words that are not Welsh words: one of them in a Welsh message means English was left there. */
const ENGLISH = new Set(
  'the is must not and of your this with be has have cannot only or already for you it are was by from that which there been try again will should would than more most least any every been does do their its what who when where been'.split(' '),
);

/** The words of a phrase, placeholders, quoted text and <angle> parts left out. */
const wordsOf = (phrase: string) =>
  (phrase.replace(/\{\w+\}/g, ' ').replace(/"[^"]*"/g, ' ').replace(/<[^>]*>/g, ' ').match(/\p{L}+/gu) ?? []).map((w) => w.toLowerCase());

/** The first run of three words of the English the Welsh repeats (an English phrase left in the Welsh), or null. */
function copiedEnglish(en: string, cy: string): string | null {
  const e = wordsOf(en);
  const c = ` ${wordsOf(cy).join(' ')} `;
  for (let i = 0; i + 3 <= e.length; i++) {
    const run = e.slice(i, i + 3);
    if (run.every((w) => SHARED.has(w))) continue;
    if (c.includes(` ${run.join(' ')} `)) return run.join(' ');
  }
  return null;
}

const keys = Object.keys(MESSAGES) as MessageKey[];

describe('the API message catalogue', () => {
  test('has messages', () => {
    expect(keys.length).toBeGreaterThan(100);
  });

  test.each(keys)('%s: Welsh, with the same placeholders and no English left', (key) => {
    const { en, cy } = MESSAGES[key] as { en: string; cy: string };
    expect(cy.trim().length).toBeGreaterThan(0);
    expect(placeholdersOf(cy)).toEqual(placeholdersOf(en));
    const words = wordsOf(en);
    if (words.length && !words.every((w) => SHARED.has(w))) expect(cy).not.toBe(en);
    expect(copiedEnglish(en, cy)).toBeNull();
    expect(wordsOf(cy).filter((w) => ENGLISH.has(w))).toEqual([]);
    // (A rejected variant in quotes, like "'Bach'", is a whole label: the value quoted as the source quotes it.)
    for (const term of GLOSSARY_TERMS) for (const bad of term.notCy ?? []) expect(`'${cy}'`.toLowerCase()).not.toContain(bad.toLowerCase());
    expect(cy).not.toContain('\u2019');
  });

  test('every key is used by the API (no message left behind when its use went)', () => {
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
        d.isDirectory() ? sources(join(dir, d.name)) : d.name.endsWith('.ts') && !d.name.endsWith('.test.ts') && d.name !== 'messages.ts' ? [readFileSync(join(dir, d.name), 'utf8')] : [],
      );
    const text = sources(join(__dirname, '..')).join('\n');
    // unique.<constraint>: format-error.ts names the constraint; the others by their key.
    const unused = keys.filter((k) => (k.startsWith('unique.') ? !text.includes(`${k.slice('unique.'.length)}:`) : !text.includes(`'${k}'`)));
    expect(unused).toEqual([]);
  });

  test('every thing, table and term has Welsh that is not its English', () => {
    const terms = [...Object.values(THINGS), ...Object.values(TABLES), ...Object.values(MEMBERSHIP_ROLE_TERMS), ...Object.values(CASE_TERMS).flatMap((t) => Object.values(t))];
    for (const t of terms as { en: string; cy: string }[]) {
      expect(t.cy.length).toBeGreaterThan(0);
      if (!['protocol'].includes(t.en.toLowerCase())) expect([t.en, t.cy.toLowerCase()]).not.toEqual([t.en, t.en.toLowerCase()]);
      expect(wordsOf(t.cy).filter((w) => ENGLISH.has(w))).toEqual([]);
    }
  });
});

describe('rendering a message', () => {
  test('fills placeholders in the reader\'s language: terms, nested messages and lists', () => {
    const m = msg('input.field', { field: 'name', problem: msg('input.lengthRange', { min: 1, max: 200 }) });
    expect(m.in('en')).toBe('name: must be 1 to 200 characters');
    expect(m.in('cy')).toBe('name: rhaid iddo fod o 1 i 200 nod');
    const stale = staleVersion('Case', 'c1', 3, 4);
    expect(stale.message).toBe('Case has been changed by someone else (you had version 3, it is now 4); reload it and try again');
    expect(stale.messageIn('cy')).toBe('Mae rhywun arall wedi newid y cofnod hwn (Achos) ers i chi ei ddarllen: roedd gennych fersiwn 3, mae bellach yn fersiwn 4; ail-lwythwch ef a rhowch gynnig arall arni');
    const held = msg('council.notEmpty', { council: 'Cwmbran Community Council', held: [msg('council.heldChildren', { count: 2 }), msg('council.heldMembers', { count: 3 })] });
    expect(held.in('en')).toBe('Council Cwmbran Community Council is not empty: it has 2 council(s) below it, 3 member(s)');
    expect(held.in('cy')).toBe("Cwmbran Community Council: nid yw'r cyngor yn wag (cynghorau islaw: 2; aelodau: 3)");
    expect(msg('case.roleNotInProtocol', { role: roleTerm('standards_committee') }).in('cy')).toBe("nid yw'r protocol sydd mewn grym yn enwi'r rôl hon (Pwyllgor Safonau)");
  });
});

describe('the language of a request', () => {
  test.each([
    [undefined, null],
    ['', null],
    ['*', null],
    ['cy', 'cy'],
    ['cy-GB', 'cy'],
    ['CY', 'cy'],
    ['en-GB,en;q=0.9', 'en'],
    ['cy,en;q=0.8', 'cy'],
    ['en;q=0.5, cy;q=0.9', 'cy'],
    ['fr-FR, cy;q=0.3', 'cy'],
    ['de, fr', null],
    ['cy;q=0, en', 'en'],
    ['en, cy', 'en'],
  ])('Accept-Language %p → %p', (header, want) => {
    expect(languageFromHeader(header)).toBe(want);
  });

  test('what the request asks for wins over the profile; the profile over English', () => {
    const asked = new RequestLanguage('en');
    asked.profile = 'cy';
    expect(asked.language).toBe('en');
    const none = new RequestLanguage(null);
    expect(none.language).toBe('en');
    none.profile = 'cy';
    expect(none.language).toBe('cy');
    expect(currentLanguage()).toBe('en');
    expect(withLanguage(none, () => currentLanguage())).toBe('cy');
  });
});

describe('formatError in Welsh', () => {
  const log: Logger = { debug() {}, info() {}, warn() {}, error() {} };
  const welsh = new RequestLanguage('cy');
  const format = (e: unknown, lang = welsh) => withLanguage(lang, () => formatError(log)({ message: (e as Error).message, path: ['f'] }, e));

  test('keeps the code and field, and changes only the message', () => {
    const e = badInput('subject', msg('input.lengthRange', { min: 1, max: 200 }));
    const cy = format(e);
    const en = format(e, new RequestLanguage(null));
    expect(cy.extensions).toEqual(en.extensions);
    expect(cy.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'subject' });
    expect(en.message).toBe('subject: must be 1 to 200 characters');
    expect(cy.message).toBe('subject: rhaid iddo fod o 1 i 200 nod');
  });

  test.each([
    ['not found', notFound('Council', 'abc'), "Ni ddaethpwyd o hyd i'r cofnod hwn: Cyngor abc"],
    ['a conflict', conflict(msg('review.completed')), "Mae'r adolygiad hwn eisoes wedi'i gwblhau"],
    ['a known unique index', fromDatabase({ code: '23505', table: 'protocol_versions', constraint: 'protocol_versions_one_draft' }), "Mae drafft o'r protocol hwn eisoes (efallai bod rhywun newydd ei ddechrau); golygwch hwnnw"],
    ['a unique key Postgres describes', fromDatabase({ code: '23505', table: 'councils', constraint: 'x', detail: 'Key (council_id, lower(name))=(x, y) already exists.' }), "Mae cofnod o'r math hwn (cyngor) â'r un gwerth eisoes yn bodoli (name)"],
    ['a table it does not know', fromDatabase({ code: '23505', table: 'widgets', constraint: 'widgets_x_key' }), "Mae'r cofnod hwn (cofnod) eisoes yn bodoli"],
    ['a not-null column', fromDatabase({ code: '23502', table: 'cases', column: 'raised_by_name' }), 'raisedByName: rhaid rhoi gwerth'],
    ['a malformed value', fromDatabase({ code: '22P02' }), "Un o'r gwerthoedd: nid yw'n werth dilys"],
    ['a deadlock', fromDatabase({ code: '40P01' }), 'Newidiodd rhywun arall yr un cofnodion ar yr un pryd; rhowch gynnig arall arni'],
  ])('%s', (_what, e, welshMessage) => {
    expect(e).not.toBeNull();
    expect(format(e).message).toBe(welshMessage);
  });

  test('an unexpected error is masked in Welsh too', () => {
    const out = format(new Error('boom'));
    expect(out).toEqual({ message: 'Gwall mewnol ar y gweinydd', path: ['f'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  test("graphql-js's own request errors stay as graphql-js writes them (English)", () => {
    const e = new GraphQLError('Cannot query field "x" on type "Query".', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    const out = withLanguage(welsh, () => formatError(log)({ message: e.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, e));
    expect(out.message).toBe(e.message);
  });
});
