import polyglotI18nProvider from 'ra-i18n-polyglot';
import { resolveBrowserLocale, type I18nProvider, type TranslationMessages } from 'react-admin';
import { cy } from './cy';
import { en } from './en';
import { featureMessages } from './features';
import { buildCatalogues, isAppLocale, type AppLocale } from './merge';
import { lastLocale, rememberLastLocale } from './preferences';
import { pluralRules } from './plural';

/**
 * The i18n provider on its own, without the i18n components, so that modules below the UI
 * (../graphql.ts, ../dataProvider.ts) can say their messages in the language shown.
 */

/** The languages of the locale menu, each named in itself. */
export const locales: { locale: AppLocale; name: string }[] = [
  { locale: 'en', name: 'English' },
  { locale: 'cy', name: 'Cymraeg' },
];

/** The app's messages with every feature's merged in, one catalogue per language. */
export const catalogues = buildCatalogues<TranslationMessages>({ en, cy }, featureMessages);

/**
 * Before anyone signs in: the language last shown in this browser, else the browser's own if it
 * is Welsh, else English. react-admin's store (the menu's choice) takes over when it holds one, and
 * after sign-in <LocaleSync> applies the person's own language.
 */
function initialLocale(): AppLocale {
  const browser = typeof navigator === 'undefined' ? 'en' : resolveBrowserLocale('en');
  return lastLocale() ?? (isAppLocale(browser) ? browser : 'en');
}

function showLocale(locale: string) {
  rememberLastLocale(locale);
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

const polyglot = polyglotI18nProvider(
  (locale) => (isAppLocale(locale) ? catalogues[locale] : catalogues.en),
  initialLocale(),
  locales,
  // Welsh has six plural forms (see ./plural.ts); polyglot alone knows only English's two for it.
  { pluralRules },
);
showLocale(polyglot.getLocale());

export const i18nProvider: I18nProvider = {
  ...polyglot,
  changeLocale: async (locale, options) => {
    await polyglot.changeLocale(locale, options);
    showLocale(locale);
  },
};
