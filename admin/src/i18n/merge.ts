/**
 * Building the catalogues: the app's messages (./en.ts, ./cy.ts) with every feature folder's
 * `messages.ts` merged in. Pure functions, so tests/unit/i18n.test.ts runs the same code.
 */

/** A message catalogue: nested objects whose leaves are polyglot phrases. */
export interface MessageTree {
  [key: string]: string | MessageTree | undefined;
}

/** What `admin/src/<feature>/messages.ts` exports as `messages`: the same keys in both languages. */
export interface FeatureMessages {
  en: MessageTree;
  cy: MessageTree;
}

export const APP_LOCALES = ['en', 'cy'] as const;
export type AppLocale = (typeof APP_LOCALES)[number];

export const isAppLocale = (value: unknown): value is AppLocale => APP_LOCALES.includes(value as AppLocale);

const isTree = (value: unknown): value is MessageTree =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A new tree with `source` merged into `target`, nested objects merged key by key; `source` wins. */
export function deepMerge<T extends MessageTree>(target: T, source: MessageTree): T {
  const out: MessageTree = { ...target };
  for (const [key, value] of Object.entries(source)) {
    if (value === undefined) continue;
    const existing = out[key];
    out[key] = isTree(existing) && isTree(value) ? deepMerge(existing, value) : value;
  }
  return out as T;
}

/** Every leaf of a tree as `dotted.key → phrase`. */
export function flatten(tree: MessageTree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else if (isTree(value)) for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

/** The `messages` export of each feature module, by path, sorted by path so the merge order is fixed. */
export function featureMessagesOf(modules: Record<string, unknown>): [string, FeatureMessages][] {
  const out: [string, FeatureMessages][] = [];
  for (const path of Object.keys(modules).sort()) {
    const messages = (modules[path] as { messages?: unknown } | undefined)?.messages;
    if (isTree(messages) && isTree(messages.en) && isTree(messages.cy)) {
      out.push([path, messages as unknown as FeatureMessages]);
    } else {
      console.error(`${path} should export \`messages = { en: {...}, cy: {...} }\`; its messages are left out`);
    }
  }
  return out;
}

/**
 * The catalogue of each language: the app's, with the features' merged in (in path order).
 * Welsh falls back to English for a key it lacks, so a gap shows English rather than a raw key
 * (the unit test fails on any such gap).
 */
export function buildCatalogues<T extends MessageTree>(
  app: Record<AppLocale, T>,
  features: [string, FeatureMessages][],
): Record<AppLocale, T> {
  let en = app.en;
  let cy = app.cy;
  for (const [, messages] of features) {
    en = deepMerge(en, messages.en);
    cy = deepMerge(cy, messages.cy);
  }
  return { en, cy: deepMerge(en, cy) };
}
