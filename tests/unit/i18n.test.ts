import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import * as ts from 'typescript';

/**
 * The admin app's languages: the Welsh react-admin pack (admin/src/i18n/ra-cy.ts) against
 * ra-language-english, the app's Welsh (cy.ts) against its English (en.ts), and each feature
 * folder's messages.ts (found on disk, as Vite's import.meta.glob finds them) Welsh against English.
 *
 * The admin is an ES module package built for the browser, which jest's ts-jest (CommonJS here)
 * cannot require; so its files are loaded by transpiling them with TypeScript to CommonJS.
 */

const ADMIN_SRC = resolve(__dirname, '../../admin/src');

type Tree = { [key: string]: string | Tree };

const loaded = new Map<string, { exports: any }>();

function resolveTs(path: string): string {
  for (const candidate of [path, `${path}.ts`, `${path}.tsx`, join(path, 'index.ts'), join(path, 'index.tsx')]) {
    if (/\.tsx?$/.test(candidate) && existsSync(candidate)) return candidate;
  }
  throw new Error(`Cannot find ${path}`);
}

/** Loads an admin TypeScript module (and the relative modules it imports) as CommonJS. */
function loadTs(file: string): any {
  const cached = loaded.get(file);
  if (cached) return cached.exports;
  const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
    fileName: file,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      esModuleInterop: true,
      jsx: ts.JsxEmit.ReactJSX,
    },
  });
  const module = { exports: {} as any };
  loaded.set(file, module);
  const nodeRequire = createRequire(file);
  const localRequire = (spec: string) => (spec.startsWith('.') ? loadTs(resolveTs(resolve(dirname(file), spec))) : nodeRequire(spec));
  new Function('exports', 'require', 'module', '__filename', '__dirname', outputText)(module.exports, localRequire, module, file, dirname(file));
  return module.exports;
}

const admin = (path: string) => loadTs(join(ADMIN_SRC, path));

/** What `import.meta.glob('../*\/messages.ts')` in admin/src/i18n/features.ts matches. */
function featureFiles(): string[] {
  return readdirSync(ADMIN_SRC, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(ADMIN_SRC, d.name, 'messages.ts')))
    .map((d) => join(ADMIN_SRC, d.name, 'messages.ts'))
    .sort();
}

// ---------------------------------------------------------------------------------------------
// The comparison

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else if (value && typeof value === 'object') for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
    else out.set(prefix + key, value as never); // reported as not a phrase below
  }
  return out;
}

/**
 * Words that are the same in Welsh and English (product and technical names, and words Welsh
 * shares: "protocol", "model"). A phrase may be identical in both languages only when every word of
 * it, placeholders aside, is one of these (or it has no words at all, like "%{name}"); anything else
 * identical in both is an untranslated string.
 */
const SAME_IN_BOTH = new Set(['ok', 'api', 'accord', 'url', 'protocol', 'model']);

const sameInBoth = (phrase: string) =>
  (phrase.replace(/%\{[^}]*\}/g, ' ').match(/\p{L}+/gu) ?? []).every((word) => SAME_IN_BOTH.has(word.toLowerCase()));

/** Lower-case words of a phrase, placeholders and polyglot's plural separators left out. */
const wordsOf = (phrase: string) => (phrase.replace(/%\{[^}]*\}/g, ' ').match(/\p{L}+/gu) ?? []).map((w) => w.toLowerCase());

/**
 * The first run of three words of the English phrase that the Welsh repeats word for word (an English
 * sentence, or part of one, left in a Welsh string), or null. Words Welsh shares with English don't count.
 */
function copiedEnglish(enPhrase: string, cyPhrase: string): string | null {
  const en = wordsOf(enPhrase);
  const cy = ` ${wordsOf(cyPhrase).join(' ')} `;
  for (let i = 0; i + 3 <= en.length; i++) {
    const run = en.slice(i, i + 3);
    if (run.every((w) => SAME_IN_BOTH.has(w))) continue;
    if (cy.includes(` ${run.join(' ')} `)) return run.join(' ');
  }
  return null;
}

const placeholders = (phrase: string) => [...new Set(phrase.match(/%\{[^}]*\}/g) ?? [])].sort();
const pluralForms = (phrase: string) => phrase.split('||||').length;

/** Everything wrong with a Welsh catalogue measured against its English one; empty when it is complete. */
function problems(english: Tree, welsh: Tree): string[] {
  const en = flatten(english);
  const cy = flatten(welsh);
  const out: string[] = [];
  for (const [key, enPhrase] of en) {
    const cyPhrase = cy.get(key);
    if (typeof enPhrase !== 'string') out.push(`${key}: the English is not a phrase`);
    else if (cyPhrase === undefined) out.push(`${key}: no Welsh`);
    else if (typeof cyPhrase !== 'string') out.push(`${key}: the Welsh is not a phrase`);
    else {
      if (cyPhrase.trim() === '' && enPhrase.trim() !== '') out.push(`${key}: the Welsh is empty`);
      if (cyPhrase === enPhrase && !sameInBoth(enPhrase)) out.push(`${key}: the Welsh is the English ("${enPhrase}")`);
      else {
        const copied = copiedEnglish(enPhrase, cyPhrase);
        if (copied) out.push(`${key}: the Welsh keeps English words of its twin ("${copied}")`);
      }
      if (placeholders(cyPhrase).join() !== placeholders(enPhrase).join()) {
        out.push(`${key}: placeholders ${placeholders(cyPhrase).join(' ') || 'none'} in Welsh, ${placeholders(enPhrase).join(' ') || 'none'} in English`);
      }
      // English has one/other; Welsh has zero, one, two, few, many, other (admin/src/i18n/plural.ts).
      const wanted = pluralForms(enPhrase) === 1 ? 1 : 6;
      if (pluralForms(cyPhrase) !== wanted) {
        out.push(`${key}: ${pluralForms(cyPhrase)} plural forms in Welsh (want ${wanted}), ${pluralForms(enPhrase)} in English`);
      }
    }
  }
  for (const key of cy.keys()) if (!en.has(key)) out.push(`${key}: Welsh only (a typo, or missing in English)`);
  return out;
}

// ---------------------------------------------------------------------------------------------

const raEnglish: Tree = require('ra-language-english');
/** ra-i18n-polyglot's engine (no type declarations are installed for it). */
const Polyglot: new (options: { locale: string; phrases: Tree; pluralRules?: object }) => { t(key: string, options?: object): string } =
  require('node-polyglot');
const plural = admin('i18n/plural.ts') as typeof import('../../admin/src/i18n/plural');
const raWelsh: Tree = admin('i18n/ra-cy.ts').default;
const { en } = admin('i18n/en.ts') as { en: Tree };
const { cy } = admin('i18n/cy.ts') as { cy: Tree };
const merge = admin('i18n/merge.ts') as typeof import('../../admin/src/i18n/merge');

describe('the check itself', () => {
  test('finds a missing key, an empty or untranslated phrase, changed placeholders and plural forms, and extras', () => {
    const english: Tree = { a: { b: 'Save', c: 'Delete %{name}', d: 'One |||| Many', e: 'Next', f: 'API' } };
    const welsh: Tree = { a: { b: 'Save', c: 'Dileu %{enw}', d: 'Un', e: '  ', f: 'API', g: 'Ychwanegol' } };
    expect(problems(english, welsh)).toEqual([
      'a.b: the Welsh is the English ("Save")',
      'a.c: placeholders %{enw} in Welsh, %{name} in English',
      'a.d: 1 plural forms in Welsh (want 6), 2 in English',
      'a.e: the Welsh is empty',
      'a.g: Welsh only (a typo, or missing in English)',
    ]);
    expect(problems(english, { a: { c: 'Dileu %{name}' } })).toContain('a.b: no Welsh');
    expect(problems({ a: { b: 'Cadw' } }, { a: { b: 'Cadw' } })).toEqual(['a.b: the Welsh is the English ("Cadw")']);
    // Allowed: words Welsh shares with English, placeholders, blanks.
    const same: Tree = { a: 'Protocol: %{council}', b: 'Model', c: '%{name}', d: ' ', e: 'API' };
    expect(problems(same, same)).toEqual([]);
    expect(problems({ a: 'Protocol version' }, { a: 'Protocol version' })).toEqual(['a: the Welsh is the English ("Protocol version")']);
    // Part of the English sentence left in the Welsh.
    expect(problems({ a: 'Reply due by %{date}' }, { a: 'Ateb: Reply due by %{date}' })).toEqual([
      'a: the Welsh keeps English words of its twin ("reply due by")',
    ]);
    expect(problems({ a: 'Reply due by %{date}' }, { a: 'Ateb erbyn %{date}' })).toEqual([]);
  });
});

describe("react-admin's messages in Welsh (admin/src/i18n/ra-cy.ts)", () => {
  test('cover every key of ra-language-english, translated, with the same placeholders and plural forms', () => {
    expect(flatten(raEnglish).size).toBeGreaterThan(150);
    expect(problems(raEnglish, raWelsh)).toEqual([]);
  });

  test('say the everyday words as a Welsh council officer would', () => {
    const ra = raWelsh.ra as any;
    expect(ra.action.save).toBe('Cadw');
    expect(ra.action.delete).toBe('Dileu');
    expect(ra.action.search).toBe('Chwilio');
    expect(ra.action.cancel).toBe('Canslo');
    expect(ra.auth.logout).toBe('Allgofnodi');
    expect(ra.auth.sign_in).toBe('Mewngofnodi');
    expect(ra.navigation.page_rows_per_page).toBe('Rhesi fesul tudalen:');
  });

  test('give the right plural form and fill the placeholders through polyglot, as the app does', () => {
    const polyglot = new Polyglot({ locale: 'cy', phrases: raWelsh, pluralRules: plural.pluralRules });
    expect(polyglot.t('ra.action.bulk_actions', { smart_count: 1 })).toBe("1 eitem wedi'i dewis");
    expect(polyglot.t('ra.action.bulk_actions', { smart_count: 3 })).toBe("3 eitem wedi'u dewis");
    expect(polyglot.t('ra.navigation.page_range_info', { offsetBegin: 1, offsetEnd: 25, total: 40 })).toBe('1-25 o 40');
    expect(polyglot.t('ra.validation.maxLength', { max: 200 })).toBe('Dim mwy na 200 nod');
  });
});

describe("the app's own messages (admin/src/i18n/en.ts, cy.ts)", () => {
  test('have Welsh for every English key, translated, with the same placeholders and plural forms', () => {
    expect(problems(en, cy)).toEqual([]);
  });

  test('keep the sign-in label of the e-mail address, in both languages', () => {
    expect((en.ra as any).auth.username).toBe('E-mail address');
    expect((cy.ra as any).auth.username).toBe('Cyfeiriad e-bost');
  });
});

describe("the feature folders' messages (admin/src/<feature>/messages.ts)", () => {
  const files = featureFiles();
  const modules = Object.fromEntries(files.map((f) => [`../${relative(ADMIN_SRC, dirname(f))}/messages.ts`, loadTs(f)]));

  test.each(files.length ? files.map((f) => [relative(ADMIN_SRC, f)]) : [['(none yet)']])(
    '%s: exports { en, cy } with Welsh for every English key',
    (name) => {
      if (name === '(none yet)') return;
      const { messages } = loadTs(join(ADMIN_SRC, name));
      expect(Object.keys(messages ?? {}).sort()).toEqual(['cy', 'en']);
      expect(problems(messages.en, messages.cy)).toEqual([]);
    },
  );

  test('no two features give the same key different English or Welsh (which one wins would depend on file order)', () => {
    const clashes: string[] = [];
    for (const lang of ['en', 'cy'] as const) {
      const seen = new Map<string, { value: string; file: string }>();
      for (const [file, mod] of Object.entries(modules)) {
        for (const [key, value] of flatten(mod.messages?.[lang] ?? {})) {
          const before = seen.get(key);
          if (before && before.value !== value) clashes.push(`${lang} ${key}: ${before.file} and ${file}`);
          seen.set(key, { value, file });
        }
      }
    }
    expect(clashes).toEqual([]);
  });

  test('are merged into the catalogues the app uses, and the Welsh catalogue is complete', () => {
    const features = merge.featureMessagesOf(modules);
    expect(features.map(([path]) => path)).toEqual(Object.keys(modules).sort());
    const catalogues = merge.buildCatalogues({ en, cy }, features) as Record<'en' | 'cy', Tree>;
    const mergedEn = flatten(catalogues.en);
    const mergedCy = flatten(catalogues.cy);
    for (const [, messages] of features) {
      for (const [key, value] of flatten(messages.en as Tree)) expect([key, mergedEn.get(key)]).toEqual([key, value]);
      for (const [key, value] of flatten(messages.cy as Tree)) expect([key, mergedCy.get(key)]).toEqual([key, value]);
    }
    // The app's own keys survive the merge.
    expect(mergedCy.get('ra.action.save')).toBe('Cadw');
    expect(mergedCy.get('accord.dashboard.councils')).toBe('Eich cynghorau');
    expect([...mergedEn.keys()].filter((k) => !mergedCy.has(k))).toEqual([]);
  });
});

describe('merging (admin/src/i18n/merge.ts)', () => {
  test('merges nested objects key by key without changing its inputs, the later one winning', () => {
    const base = { resources: { councils: { name: 'Council', fields: { name: 'Name' } } } };
    const added = { resources: { councils: { fields: { slug: 'Slug' } }, cases: { name: 'Case' } } };
    expect(merge.deepMerge(base, added)).toEqual({
      resources: { councils: { name: 'Council', fields: { name: 'Name', slug: 'Slug' } }, cases: { name: 'Case' } },
    });
    expect(base.resources.councils.fields).toEqual({ name: 'Name' });
    expect(merge.deepMerge({ a: 'one' }, { a: 'two' })).toEqual({ a: 'two' });
  });

  test('leaves out a feature module without a proper `messages` export, saying so', () => {
    const error = jest.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const features = merge.featureMessagesOf({
        '../b/messages.ts': { messages: { en: { x: 'X' }, cy: { x: 'Ex' } } },
        '../a/messages.ts': { messages: { en: { y: 'Y' } } },
      });
      expect(features.map(([p]) => p)).toEqual(['../b/messages.ts']);
      expect(error).toHaveBeenCalledWith(expect.stringContaining('../a/messages.ts'));
    } finally {
      error.mockRestore();
    }
  });

  test('falls back to English in the Welsh catalogue for a key a feature left untranslated', () => {
    const catalogues = merge.buildCatalogues({ en: { a: 'A' }, cy: { a: 'Ah' } }, [['../f/messages.ts', { en: { b: 'B' }, cy: {} }]]);
    expect(catalogues.cy).toEqual({ a: 'Ah', b: 'B' });
  });
});

describe('Welsh plural forms (admin/src/i18n/plural.ts)', () => {
  test("the rule gives CLDR's category for every count, as Node's Intl.PluralRules('cy') does", () => {
    const intl = new Intl.PluralRules('cy');
    expect(intl.resolvedOptions().locale).toBe('cy');
    for (let n = 0; n <= 1000; n++) expect([n, plural.WELSH_PLURAL_CATEGORIES[plural.welshPluralIndex(n)]]).toEqual([n, intl.select(n)]);
  });

  const catalogues = merge.buildCatalogues({ en, cy }, merge.featureMessagesOf(
    Object.fromEntries(featureFiles().map((f) => [`../${relative(ADMIN_SRC, dirname(f))}/messages.ts`, loadTs(f)])),
  )) as Record<'en' | 'cy', Tree>;
  const welsh = new Polyglot({ locale: 'cy', phrases: { ...raWelsh, ...catalogues.cy }, pluralRules: plural.pluralRules });
  const english = new Polyglot({ locale: 'en', phrases: catalogues.en, pluralRules: plural.pluralRules });
  const COUNTS = [0, 1, 2, 3, 4, 6, 11, 20];
  /** The noun after a numeral, mutated as spoken: soft after 2 (dau/dwy), aspirate after 3 (tri) and 6 (chwe). */
  const NOUNS: Record<string, Record<number, string>> = {
    cyngor: { 0: 'cyngor', 1: 'cyngor', 2: 'gyngor', 3: 'chyngor', 4: 'cyngor', 6: 'chyngor', 11: 'cyngor', 20: 'cyngor' },
    cymal: { 0: 'cymal', 1: 'cymal', 2: 'gymal', 3: 'chymal', 4: 'cymal', 6: 'chymal', 11: 'cymal', 20: 'cymal' },
    diwrnod: { 0: 'diwrnod', 1: 'diwrnod', 2: 'ddiwrnod', 3: 'diwrnod', 4: 'diwrnod', 6: 'diwrnod', 11: 'diwrnod', 20: 'diwrnod' },
    problem: { 0: 'problem', 1: 'broblem', 2: 'broblem', 3: 'problem', 4: 'problem', 6: 'phroblem', 11: 'problem', 20: 'problem' },
    rheol: { 0: 'rheol', 1: 'rheol', 2: 'reol', 3: 'rheol', 4: 'rheol', 6: 'rheol', 11: 'rheol', 20: 'rheol' },
    mis: { 0: 'mis', 1: 'mis', 2: 'fis', 3: 'mis', 4: 'mis', 6: 'mis', 11: 'mis', 20: 'mis' },
    cofnod: { 0: 'cofnod', 1: 'cofnod', 2: 'gofnod', 3: 'chofnod', 4: 'cofnod', 6: 'chofnod', 11: 'cofnod', 20: 'cofnod' },
  };
  // Every mutated or radical form of the nouns above, to recognise which noun a phrase counts.
  const FORMS = new Map<string, string>(Object.entries(NOUNS).flatMap(([noun, byCount]) => Object.values(byCount).map((f) => [f, noun] as [string, string])));
  const counted = [...flatten(catalogues.cy)].filter(([, phrase]) => phrase.includes('%{smart_count}') && phrase.includes('||||'));

  test('the catalogues count things in Welsh', () => {
    expect(counted.length).toBeGreaterThanOrEqual(12);
  });

  test.each(counted.map(([key]) => [key]))('%s: the noun after each count takes its mutation (0, 1, 2, 3, 4, 6, 11, 20)', (key) => {
    const wrong: string[] = [];
    for (const n of COUNTS) {
      const text = welsh.t(key, { smart_count: n, date: '1 Ionawr', name: 'achosion', recordRepresentation: '', base: 1, other: 2 });
      const after = new RegExp(`(?:^|\\D)${n} (\\p{L}+)`, 'u').exec(text)?.[1];
      if (after === undefined) {
        // The singular form may say "Cofnod" or "1 eitem" without the number; it must still not be an English form.
        if (n !== 1) wrong.push(`${n}: "${text}" has no count`);
        continue;
      }
      const noun = FORMS.get(after.toLowerCase());
      if (noun && NOUNS[noun][n] !== after.toLowerCase()) wrong.push(`${n}: "${text}" (want ${NOUNS[noun][n]})`);
    }
    expect(wrong).toEqual([]);
  });

  test('the counts read right in whole sentences', () => {
    expect(welsh.t('casework_dashboard.total', { smart_count: 2 })).toBe('Cyfanswm (2 gyngor)');
    expect(welsh.t('casework_dashboard.total', { smart_count: 3 })).toBe('Cyfanswm (3 chyngor)');
    expect(welsh.t('casework_dashboard.total', { smart_count: 6 })).toBe('Cyfanswm (6 chyngor)');
    expect(welsh.t('casework_dashboard.total', { smart_count: 11 })).toBe('Cyfanswm (11 cyngor)');
    expect(english.t('casework_dashboard.total', { smart_count: 1 })).toBe('Total (1 council)');
    expect(english.t('casework_dashboard.total', { smart_count: 6 })).toBe('Total (6 councils)');
    expect(welsh.t('ra.notification.updated', { smart_count: 2 })).toBe("2 gofnod wedi'u diweddaru");
  });

  test('no count follows a word that would mutate it ("a 1" must be "ac 1"): a list of counts is joined with a comma', () => {
    const joins = [...flatten(catalogues.cy)].filter(([, phrase]) => /\b(a|ac|ynghylch|islaw|i|o|dau|dwy|tri|tair|chwe)\s+%\{(clauses|rules|smart_count|count|n)\}/u.test(phrase));
    expect(joins).toEqual([]);
  });
});
