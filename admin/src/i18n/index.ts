export { DateField, useDateLocales } from './DateField';
export { LanguageMenu } from './LanguageMenu';
export { LocaleSync } from './LocaleSync';
export { catalogues, i18nProvider, locales } from './provider';
