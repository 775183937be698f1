import { useFieldValue, useLocaleState, type DateFieldProps } from 'react-admin';
import Typography from '@mui/material/Typography';
import { formatDate, intlKnowsWelsh } from '../common/dates';

/** The BCP 47 locale dates are written in, for each language of the app. */
const dateLocales: Record<string, string> = { en: 'en-GB', cy: 'cy-GB' };

/** The locale to format dates in: British English or Welsh, following the chosen language. */
export function useDateLocales(): string {
  const [locale] = useLocaleState();
  return dateLocales[locale] ?? 'en-GB';
}

/**
 * One date format throughout, in the language on screen: a calendar date as "2 Sept 2026"
 * ("2 Medi 2026"), an instant as "2 Sept 2026, 14:05" in London time. react-admin's own DateField
 * wrote ISO, dd/mm/yyyy or d/m/yyyy depending on the field and the browser.
 */
export const DATE_OPTIONS: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };
export const DATE_TIME_OPTIONS: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' };

/** A date field in the app's one format (see above); `options` may change it. */
export const DateField = (props: DateFieldProps) => {
  const [locale] = useLocaleState();
  const value = useFieldValue(props);
  if (value == null || value === '') {
    return (
      <Typography component="span" variant="body2" className={props.className}>
        {props.emptyText ?? ''}
      </Typography>
    );
  }
  const calendarDay = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = value instanceof Date ? value : new Date(calendarDay ? `${value}T00:00:00Z` : String(value));
  const options = calendarDay ? { ...DATE_OPTIONS, timeZone: 'UTC' } : props.showTime ? DATE_TIME_OPTIONS : { ...DATE_OPTIONS, timeZone: 'Europe/London' };
  const text = Number.isNaN(date.getTime()) ? String(value) : formatDate(locale === 'cy' ? 'cy' : 'en', date, { ...options, ...(props.options ?? {}) }, locale === 'cy' ? !intlKnowsWelsh() : undefined);
  return (
    <Typography component="span" variant="body2" className={props.className} sx={props.sx}>
      {text}
    </Typography>
  );
};
