import { simpleParser } from 'mailparser';
import { composeMessage, parseAddress, type OutgoingMail } from './mail';

/** Messages as the worker writes them, read back by a real MIME parser (mailparser). */
describe('composing a reminder e-mail', () => {
  const from = parseAddress('Accord <no-reply@accord.local>');
  const date = new Date('2026-12-01T08:00:00Z');
  const cases: [string, OutgoingMail][] = [
    ['plain English', { to: 'director@ashbury.example', toName: 'Dan Director', subject: 'Reply due Friday 4 December 2026: 2026-0001', text: 'Dear Dan Director,\n\nEnquiry 2026-0001 must be answered.', messageId: '<r1.0@accord>', language: 'en' }],
    [
      'Welsh and English, with accents in names, subject and body',
      {
        to: 'clerc@cwmbran.example',
        toName: 'Siân Prydderch-Ŵyn',
        subject: "Cydnabyddiaeth yn ddyledus Dydd Mercher 2 Medi 2026: 2026-0002 / Acknowledgement due Wednesday 2 September 2026: 2026-0002 — Cwmbrân",
        text: 'Annwyl Siân,\n\nRhaid cydnabod ymholiad 2026-0002 ("Ffordd ŷd") erbyn Dydd Mercher 2 Medi 2026.\n\n— English below —\n\nDear Siân,',
        messageId: '<r2.0@accord>',
        language: 'cy, en',
      },
    ],
    [
      'a long line, a line of a single dot, trailing spaces and an equals sign',
      { to: 'a@b.example', subject: 'Dots', text: `${'word '.repeat(40)}\n.\n..leading dots\n= sign =3D and tabs\tend   \n`, messageId: '<r3.0@accord>' },
    ],
    ['a name that needs quoting', { to: 'x@y.example', toName: 'Shaw, Anna (Cllr)', subject: 'Hi', text: 'Hi', messageId: '<r4.0@accord>' }],
  ];

  test.each(cases)('%s: read back exactly as written', async (_name, mail) => {
    const raw = composeMessage(from, mail, date);
    const parsed = await simpleParser(raw);
    expect(parsed.subject).toBe(mail.subject);
    expect(parsed.text).toBe(mail.text.replace(/\r?\n/g, '\n'));
    expect(parsed.messageId).toBe(mail.messageId);
    expect(parsed.date?.toISOString()).toBe(date.toISOString());
    const to = Array.isArray(parsed.to) ? parsed.to[0] : parsed.to;
    expect(to?.value).toEqual([{ address: mail.to, name: mail.toName ?? '' }]);
    const sender = Array.isArray(parsed.from) ? parsed.from[0] : parsed.from;
    expect(sender?.value).toEqual([{ address: 'no-reply@accord.local', name: 'Accord' }]);
    if (mail.language) expect(parsed.headers.get('content-language')).toBe(mail.language);
  });

  test.each(cases)('%s: 7-bit, CRLF line ends, no line over 78 octets', (_name, mail) => {
    const raw = composeMessage(from, mail, date);
    expect(/^[\x00-\x7f]*$/.test(raw)).toBe(true);
    expect(raw.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of raw.split('\r\n')) expect(line.length).toBeLessThanOrEqual(78);
  });

  test('an unusable From address is refused when the mailer is made, not when it first sends', () => {
    expect(() => parseAddress('Accord')).toThrow(/not an e-mail address/);
  });
});
