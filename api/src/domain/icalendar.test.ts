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

  describe('text that would break the format reads back exactly (RFC 5545 escaping)', () => {
    const hostile = [
      // [what, summary written, summary read back]
      ['a bare CR', 'Reply due\rEND:VEVENT\rBEGIN:VEVENT\rSUMMARY:forged', 'Reply due\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:forged'],
      ['CRLF', 'one\r\nDESCRIPTION:forged', 'one\nDESCRIPTION:forged'],
      ['a bare LF', 'one\nATTACH:http://evil.example/', 'one\nATTACH:http://evil.example/'],
      ['separators and backslashes', 'a;b,c\\d:e', 'a;b,c\\d:e'],
      ['other control characters', 'bell\u0007 nul\u0000 esc\u001b', 'bell  nul  esc '],
      ['long Welsh text', 'Cyngor Cymuned Cwmbrân — ymholiad '.repeat(8), 'Cyngor Cymuned Cwmbrân — ymholiad '.repeat(8)],
    ] as const;
    const written = icalendar(
      'Evil\r\nX-INJECTED:yes\rname',
      hostile.map(([, summary], i) => ({ uid: `e${i}@accord`, date: '2026-10-01', summary, description: summary, url: 'https://accord.example/admin/#/cases/1/show' })),
      now,
    );
    const vcalendar = new ICAL.Component(ICAL.parse(written));
    const events = vcalendar.getAllSubcomponents('vevent');

    test.each(hostile.map(([what, , back], i) => [what, i, back] as const))('%s', (_what, i, back) => {
      const event = new ICAL.Event(events[i]);
      expect(event.summary).toBe(back);
      expect(event.description).toBe(back);
    });

    test('nothing was injected: one event per event, no forged properties, the name on one line', () => {
      expect(events).toHaveLength(hostile.length);
      for (const v of events) expect(v.getAllProperties().map((p) => p.name).sort()).toEqual([
          'description', 'dtend', 'dtstamp', 'dtstart', 'sequence', 'summary', 'transp', 'uid', 'url',
          // ical-generator's all-day hints for Outlook
          'x-microsoft-cdo-alldayevent', 'x-microsoft-msncalendar-alldayevent',
        ]);
      expect(vcalendar.getAllProperties().map((p) => p.name)).not.toContain('x-injected');
      expect(vcalendar.getFirstPropertyValue('x-wr-calname')).toBe('Evil X-INJECTED:yes name');
      // No line break other than CRLF: a bare CR or LF anywhere would be a line end to some readers.
      expect(written.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    });

    test('a URL other than http(s) is left out', () => {
      const out = icalendar('x', [{ uid: 'u@accord', date: '2026-10-01', summary: 's', url: 'javascript:alert(1)' }], now);
      expect(out).not.toMatch(/javascript/);
    });
  });
});
