/**
 * iCalendar (RFC 5545) for deadline feeds: all-day events, written by
 * ical-generator (escaping of TEXT values, CRLF line ends, folding at 75
 * octets), so Outlook and Google Calendar read them. Pure.
 */
import ical, { ICalCalendarMethod, ICalEventTransparency } from 'ical-generator';

export interface CalendarEvent {
  /** Stable across fetches, so calendars update an event rather than duplicate it. */
  uid: string;
  /** YYYY-MM-DD: an all-day event on that day. */
  date: string;
  summary: string;
  description?: string;
  url?: string;
}

/**
 * Text fit for a TEXT value: the control characters RFC 5545 forbids (all but tab and line
 * breaks) become spaces; ical-generator then escapes \ ; , and every line break (CRLF, LF and a bare CR).
 */
const text = (s: string) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ');
/** For values ical-generator writes as they are (the calendar's name, UIDs): one line, no control characters. */
const oneLine = (s: string) => s.replace(/[\u0000-\u001f\u007f]+/g, ' ');
/** A URI value: only http(s), with nothing that could end the line. */
const uri = (s: string | undefined) => (s && /^https?:\/\/[^\s\u0000-\u001f\u007f]+$/i.test(s) ? s : undefined);

const utcDay = (iso: string) => {
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso) throw new RangeError(`not a calendar date: ${iso}`);
  return d;
};

/** The calendar's own description (X-WR-CALDESC) and the language its text is in (the PRODID's: EN, CY). */
export interface CalendarOptions {
  description?: string;
  language?: string;
}

export function icalendar(name: string, events: readonly CalendarEvent[], now: Date, options: CalendarOptions = {}): string {
  const calendar = ical({
    prodId: { company: 'Accord', product: 'Member-officer protocol deadlines', language: (options.language ?? 'EN').toUpperCase() },
    name: oneLine(name),
    description: options.description ? text(options.description) : null,
    method: ICalCalendarMethod.PUBLISH,
    scale: 'GREGORIAN',
    ttl: 60 * 60,
    x: [['X-WR-TIMEZONE', 'Europe/London']],
  });
  for (const e of events) {
    const start = utcDay(e.date);
    calendar.createEvent({
      id: oneLine(e.uid),
      stamp: now,
      // No timezone anywhere: ical-generator writes all-day dates from the UTC calendar day, which is the day given.
      start,
      end: new Date(start.getTime() + 86_400_000),
      allDay: true,
      summary: text(e.summary),
      description: e.description ? text(e.description) : null,
      url: uri(e.url) ?? null,
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  }
  // Every content line ends in CRLF, the last one too (RFC 5545 3.1).
  const out = calendar.toString();
  return out.endsWith('\r\n') ? out : `${out}\r\n`;
}
