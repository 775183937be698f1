export { DateField, useDateLocales } from './DateField';
export { LanguageMenu } from './LanguageMenu';
export { LocaleSync } from './LocaleSync';
export { SignInPage } from './SignInPage';
export { catalogues, i18nProvider, locales } from './provider';
