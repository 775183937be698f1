import { DEFAULT_TIME_ZONE } from '../domain/calendar';
import { instantAt } from '../domain/local-time';

/**
 * The instant a wall-clock time ("08:00") happens on a date in the configured zone (Europe/London by
 * default), whether GMT or BST that day. One rule with the review sweep's: domain/local-time.ts, which
 * is right across a clock change (a one-pass offset guess is an hour out near one).
 */
export function londonInstant(date: string, time: string, timeZone = DEFAULT_TIME_ZONE): Date {
  return instantAt(date, time, timeZone);
}
