/**
 * Dates in the app's language. Browsers' date formatting knows Welsh only where their
 * ICU data has it (Chromium's does not: `Intl` there falls back to English), so for
 * Welsh the British English layout is used with Welsh day and month names put in.
 */
export type Language = 'en' | 'cy';

const cyWeekdays = {
  short: ['Sul', 'Llun', 'Maw', 'Mer', 'Iau', 'Gwen', 'Sad'],
  long: ['Dydd Sul', 'Dydd Llun', 'Dydd Mawrth', 'Dydd Mercher', 'Dydd Iau', 'Dydd Gwener', 'Dydd Sadwrn'],
};
const cyMonths = {
  short: ['Ion', 'Chwef', 'Maw', 'Ebr', 'Mai', 'Meh', 'Gorff', 'Awst', 'Medi', 'Hyd', 'Tach', 'Rhag'],
  long: ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'],
};

let knowsWelsh: boolean | undefined;
/** Whether this browser's Intl formats Welsh itself. */
export function intlKnowsWelsh(): boolean {
  knowsWelsh ??= Intl.DateTimeFormat.supportedLocalesOf(['cy']).length > 0;
  return knowsWelsh;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(tag: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${tag}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(tag, options)));
  return f;
}

/** Formats `date` in the language; `welshByHand` is for tests (default: only when the browser lacks Welsh). */
export function formatDate(language: Language, date: Date, options: Intl.DateTimeFormatOptions, welshByHand = !intlKnowsWelsh()): string {
  if (language !== 'cy') return formatter('en-GB', options).format(date);
  if (!welshByHand) return formatter('cy-GB', options).format(date);
  // The day's weekday and month, in the same time zone as the text.
  const numeric = Object.fromEntries(
    formatter('en-GB', { timeZone: options.timeZone, year: 'numeric', month: 'numeric', day: 'numeric' })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  const month = Number(numeric.month) - 1;
  const weekday = new Date(Date.UTC(Number(numeric.year), month, Number(numeric.day))).getUTCDay();
  return formatter('en-GB', options)
    .formatToParts(date)
    .map((p, i, parts) => {
      // Welsh always puts a comma after the weekday ("Dydd Sadwrn, 31 Hydref"); British English not always.
      if (p.type === 'literal' && p.value === ' ' && parts[i - 1]?.type === 'weekday') return ', ';
      if (p.type === 'weekday') return options.weekday === 'long' ? cyWeekdays.long[weekday] : cyWeekdays.short[weekday];
      if (p.type === 'month' && options.month !== 'numeric' && options.month !== '2-digit') return options.month === 'long' ? cyMonths.long[month] : cyMonths.short[month];
      if (p.type === 'dayPeriod') return p.value.toLowerCase() === 'am' ? 'yb' : 'yh';
      // British English pads numeric days and months ("01/01/2026"); Welsh does not ("1/1/2026").
      if ((p.type === 'day' && options.day === 'numeric') || (p.type === 'month' && options.month === 'numeric')) return String(Number(p.value));
      return p.value;
    })
    .join('');
}

/** A calendar date (YYYY-MM-DD) written out in the language: "31 October 2026", "31 Hydref 2026". */
export function localDateText(language: Language, day: string | null | undefined): string {
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return day ?? '';
  return formatDate(language, new Date(`${day}T00:00:00Z`), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
