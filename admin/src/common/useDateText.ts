import { useLocaleState } from 'react-admin';
import { localDateText } from './dates';

/** Calendar dates written out in the language on screen, for dates inside sentences (never YYYY-MM-DD). */
export function useDateText(): (day: string | null | undefined) => string {
  const [locale] = useLocaleState();
  return (day) => localDateText(locale === 'cy' ? 'cy' : 'en', day);
}
