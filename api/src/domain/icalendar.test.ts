import ICAL from 'ical.js';
import { icalendar } from './icalendar';

describe('iCalendar feeds', () => {
  const now = new Date('2026-11-23T10:00:00Z');
  const text = icalendar(
    'Ashbury, deadlines',
    [
      { uid: 'case-1-respond@accord', date: '2026-09-14', summary: 'Reply due: 2026-0001 Blocked drain; Mill Lane, north side', description: 'Line one\nLine two', url: 'https://accord.example/admin/#/cases/1/show' },
      { uid: 'review-9@accord', date: '2026-12-31', summary: `Protocol review due: ${'Cyngor Cymuned Cwmbrân '.repeat(5)}` },
    ],
    now,
  );

  test('a real parser reads every event back as written', () => {
    const vcalendar = new ICAL.Component(ICAL.parse(text));
    expect(vcalendar.getFirstPropertyValue('x-wr-calname')).toBe('Ashbury, deadlines');
    const events = vcalendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => [e.uid, e.startDate.toString(), e.endDate.toString(), e.startDate.isDate])).toEqual([
      ['case-1-respond@accord', '2026-09-14', '2026-09-15', true],
      ['review-9@accord', '2026-12-31', '2027-01-01', true],
    ]);
    expect(events[0].summary).toBe('Reply due: 2026-0001 Blocked drain; Mill Lane, north side');
    expect(events[0].description).toBe('Line one\nLine two');
    expect(events[1].summary).toBe(`Protocol review due: ${'Cyngor Cymuned Cwmbrân '.repeat(5)}`);
  });

  test('lines end in CRLF and none is longer than 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.split('\r\n').slice(0, -1);
    expect(lines.every((l) => Buffer.byteLength(l, 'utf8') <= 75)).toBe(true);
    expect(text.split('\n').every((l, i, all) => i === all.length - 1 || l.endsWith('\r'))).toBe(true);
  });
});
