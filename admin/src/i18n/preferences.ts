import { isAppLocale, type AppLocale } from './merge';

/**
 * What this browser remembers about languages, outside react-admin's store (which signing out
 * clears): the language last shown, for the sign-in page; and, per person, a language they picked
 * themselves in this browser, which wins over the one in their profile.
 */
const LAST = 'accord.locale';
const chosenKey = (userId: string | number) => `accord.locale.chosen.${userId}`;

function read(key: string): AppLocale | undefined {
  try {
    const value = localStorage.getItem(key);
    return isAppLocale(value) ? value : undefined;
  } catch {
    return undefined; // storage blocked: nothing remembered
  }
}

function write(key: string, value: string) {
  try {
    localStorage.setItem(key, value);
  } catch {
    // storage blocked: the choice lasts until the page is reloaded
  }
}

export const lastLocale = () => read(LAST);
export const rememberLastLocale = (locale: string) => write(LAST, locale);
export const chosenLocale = (userId: string | number) => read(chosenKey(userId));
export const rememberChosenLocale = (userId: string | number, locale: AppLocale) => write(chosenKey(userId), locale);
