import { DateField as RaDateField, useLocaleState, type DateFieldProps } from 'react-admin';

/** The BCP 47 locale dates are written in, for each language of the app. */
const dateLocales: Record<string, string> = { en: 'en-GB', cy: 'cy-GB' };

/** The locale to format dates in: British English or Welsh, following the chosen language. */
export function useDateLocales(): string {
  const [locale] = useLocaleState();
  return dateLocales[locale] ?? 'en-GB';
}

/** react-admin's DateField, formatting in the chosen language unless `locales` is given. */
export const DateField = (props: DateFieldProps) => {
  const locales = useDateLocales();
  return <RaDateField locales={locales} {...props} />;
};
