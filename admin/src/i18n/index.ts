import polyglotI18nProvider from 'ra-i18n-polyglot';
import { en, type Messages } from './en';

/** One catalogue per language. To add Welsh: write cy.ts as a `Messages`, add it here and to the locale list. */
const catalogues: Record<string, Messages> = { en };

export const i18nProvider = polyglotI18nProvider((locale) => catalogues[locale] ?? en, 'en', [
  { locale: 'en', name: 'English' },
]);
