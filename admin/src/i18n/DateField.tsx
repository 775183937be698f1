import { DateField as RaDateField, useFieldValue, useLocaleState, type DateFieldProps } from 'react-admin';
import Typography from '@mui/material/Typography';
import { formatDate, intlKnowsWelsh } from '../common/dates';

/** The BCP 47 locale dates are written in, for each language of the app. */
const dateLocales: Record<string, string> = { en: 'en-GB', cy: 'cy-GB' };

/** The locale to format dates in: British English or Welsh, following the chosen language. */
export function useDateLocales(): string {
  const [locale] = useLocaleState();
  return dateLocales[locale] ?? 'en-GB';
}

/** Welsh written out by the app where the browser's Intl has no Welsh (see common/dates.ts). */
const WelshDate = (props: DateFieldProps) => {
  const value = useFieldValue(props);
  if (value == null || value === '') return <Typography component="span" variant="body2">{props.emptyText ?? ''}</Typography>;
  const date = value instanceof Date ? value : new Date(/^\d{4}-\d{2}-\d{2}$/.test(String(value)) ? `${value}T00:00:00` : String(value));
  const text = formatDate(
    'cy',
    date,
    props.showTime
      ? { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', ...(props.options ?? {}) }
      : { day: 'numeric', month: 'numeric', year: 'numeric', ...(props.options ?? {}) },
  );
  return (
    <Typography component="span" variant="body2" className={props.className}>
      {text}
    </Typography>
  );
};

/** react-admin's DateField, formatting in the chosen language unless `locales` is given. */
export const DateField = (props: DateFieldProps) => {
  const [locale] = useLocaleState();
  const locales = useDateLocales();
  if (locale === 'cy' && !props.locales && !intlKnowsWelsh()) return <WelshDate {...props} />;
  return <RaDateField locales={locales} {...props} />;
};
