import { useLocaleState } from 'react-admin';
import { formatDate, type Language } from '../common/dates';

/** Today in the councils' time zone, YYYY-MM-DD (deadlines are days in Europe/London). */
export function londonToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Whole days from one YYYY-MM-DD to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** YYYY-MM-DD plus n days. */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** Formatters for the UI's language: a local date ("Wed 2 Sept 2026", "Mer 2 Medi 2026") and a date and time. */
export function useDates() {
  const [locale] = useLocaleState();
  const language: Language = locale === 'cy' ? 'cy' : 'en';
  const day: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' };
  const time: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' };
  return {
    /** A LocalDate (YYYY-MM-DD), as a date with its weekday. */
    day: (d: string | null | undefined) => (d ? formatDate(language, new Date(`${d}T00:00:00Z`), day) : ''),
    /** A DateTime, in London time. */
    dateTime: (d: string | null | undefined) => (d ? formatDate(language, new Date(d), time) : ''),
  };
}
