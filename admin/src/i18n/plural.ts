/**
 * Plural forms for polyglot (ra-i18n-polyglot's engine), which has no rule for Welsh and would
 * fall back to English's one/other: Welsh needs six forms, because a noun after a numeral mutates
 * ("2 gyngor", "3 chyngor", "6 chyngor") and the forms differ by number, not just one/many.
 *
 * Welsh follows CLDR's cardinal rule (the same categories as `Intl.PluralRules('cy')`, written out
 * here because browsers' Intl may lack Welsh data): zero 0, one 1, two 2, few 3, many 6, other
 * everything else. A Welsh phrase lists its forms in that order, separated by `||||`.
 */
export const WELSH_PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

export function welshPluralIndex(n: number): number {
  switch (n) {
    case 0:
      return 0;
    case 1:
      return 1;
    case 2:
      return 2;
    case 3:
      return 3;
    case 6:
      return 4;
    default:
      return 5;
  }
}

/** English (and the fallback): one, other. */
export const englishPluralIndex = (n: number): number => (n === 1 ? 0 : 1);

/** The `pluralRules` option of node-polyglot. */
export const pluralRules = {
  pluralTypes: { welsh: welshPluralIndex, english: englishPluralIndex },
  pluralTypeToLanguages: { welsh: ['cy'], english: ['en'] },
};

/** How many `||||`-separated forms a plural phrase has in a language. */
export const pluralFormCount = (locale: string): number => (locale === 'cy' ? WELSH_PLURAL_CATEGORIES.length : 2);
