import { DEFAULT_TIME_ZONE, localDateTime } from '../domain/calendar';

/** The instant a London wall-clock time ("08:00") happens on a date, whether GMT or BST that day. */
export function londonInstant(date: string, time: string, timeZone = DEFAULT_TIME_ZONE): Date {
  const guess = new Date(`${date}T${time}:00Z`);
  // The zone's offset at the guess, in minutes (London is UTC+0 or UTC+1).
  const local = localDateTime(guess, timeZone);
  const asUtc = Date.parse(`${local.date}T${local.time}Z`);
  const offset = asUtc - guess.getTime();
  return new Date(guess.getTime() - offset);
}
