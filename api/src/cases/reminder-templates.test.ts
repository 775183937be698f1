import { MESSAGE_KINDS } from '../domain/vocabularies';
import { BILINGUAL_DIVIDER, NOTE_DIVIDER, clerkInsteadCy, localeOfNation, render, timelineNote, type MessageFacts, type MessageKind, type TimelineNote } from './reminder-templates';

const KINDS: readonly MessageKind[] = MESSAGE_KINDS;

const facts = (kind: MessageKind): MessageFacts => ({
  kind,
  council: 'Cyngor Cymuned Cwmbrân',
  reference: '2026-0002',
  subject: 'Ffordd ŷd',
  deadline: '2026-12-24',
  recipient: 'Siân Jones',
  role: 'Clerk',
  roleCy: 'Clerc',
  link: 'https://accord.example/admin/#/cases/x/show',
});

/** Words of the English half that are not names or facts (the council, subject, people, link). */
function englishWords(kind: MessageKind): Set<string> {
  const f = facts(kind);
  const given = new Set(`${f.council} ${f.subject} ${f.recipient} ${f.link} ${f.reference}`.toLowerCase().match(/\p{L}+/gu));
  const { text, subject } = render(f, 'en');
  return new Set([...`${subject}\n${text}`.toLowerCase().match(/\p{L}+/gu)!].filter((w) => !given.has(w) && w !== 'protocol'));
}

describe('reminder messages in Welsh', () => {
  test.each(KINDS)('%s: the Welsh half has no English, and English follows it whole', (kind) => {
    const { subject, text } = render(facts(kind), 'cy+en');
    const [welshText, englishText] = text.split(`\n\n${BILINGUAL_DIVIDER}\n\n`);
    expect(englishText).toBe(render(facts(kind), 'en').text);
    const welshSubject = subject.split(' / ')[0];
    const english = englishWords(kind);
    const leaked = [...`${welshSubject}\n${welshText}`.toLowerCase().match(/\p{L}+/gu)!].filter((w) => english.has(w));
    expect(leaked).toEqual([]);
    expect(welshText).toContain('Anfonwyd y neges hon atoch fel Clerc, Cyngor Cymuned Cwmbrân.');
  });

  test('a date that says when takes its mutation ("yn ddyledus ddydd Iau"); after "erbyn" it does not', () => {
    const soon = render(facts('respond_soon'), 'cy+en');
    expect(soon.subject).toMatch(/^Ymateb yn ddyledus ddydd Iau 24 Rhagfyr 2026: 2026-0002 \/ Reply due Thursday 24 December 2026/);
    expect(soon.text).toContain('erbyn dydd Iau 24 Rhagfyr 2026.');
    const step = render(facts('step_soon'), 'cy+en');
    expect(step.text).toContain('i ben ddydd Iau 24 Rhagfyr 2026.');
    expect(step.text).not.toMatch(/ar [Dd]dydd|ar Dydd|yn ddyledus Dydd/);
    const review = render(facts('review_due'), 'cy+en');
    expect(review.subject).toMatch(/^Adolygiad o'r protocol yn ddyledus ddydd Iau 24 Rhagfyr 2026: /);
  });

  test('English councils get English only', () => {
    const { subject, text } = render(facts('respond_missed'), 'en');
    expect(subject).toBe('Reply overdue: 2026-0002');
    expect(text).not.toContain(BILINGUAL_DIVIDER);
    expect(text).toContain('You receive this as Clerk of Cyngor Cymuned Cwmbrân.');
  });
});

/** Every timeline note the worker (or an escalation) writes, for one kind of reminder. */
const NOTES = (kind: MessageKind): [string, TimelineNote][] => [
  [`${kind} sent`, { kind: 'sent', facts: facts(kind), names: ['Siân Jones', 'Dafydd Rhys'] }],
  [`${kind} sent to no one`, { kind: 'sent', facts: facts(kind), names: [] }],
];
const OTHER_NOTES: [string, TimelineNote][] = [
  ['not acknowledged', { kind: 'not_acknowledged', deadline: '2026-12-24' }],
  ['last step missed', { kind: 'last_step_missed', deadline: '2026-12-24' }],
  ['escalated', { kind: 'escalated', role: 'monitoring officer', roleCy: 'Swyddog Monitro' }],
];
const ALL_NOTES = [...KINDS.flatMap(NOTES), ...OTHER_NOTES];
/** Words of a note's English that are not names or facts. */
const noteEnglishWords = (n: TimelineNote) => {
  const given = new Set(`Cyngor Cymuned Cwmbrân Ffordd ŷd Siân Jones Dafydd Rhys 2026-0002`.toLowerCase().match(/\p{L}+/gu));
  return new Set([...timelineNote(n, 'en').toLowerCase().match(/\p{L}+/gu)!].filter((w) => w.length > 1 && !given.has(w) && w !== 'protocol'));
};

describe('timeline notes in the council\'s languages', () => {
  test.each(ALL_NOTES)('%s: Welsh first with no English in it, then the English whole', (_label, n) => {
    const note = timelineNote(n, 'cy+en');
    const english = timelineNote(n, 'en');
    expect(note.endsWith(`${NOTE_DIVIDER}${english}`)).toBe(true);
    const welsh = note.slice(0, note.length - NOTE_DIVIDER.length - english.length);
    const leaked = [...welsh.toLowerCase().match(/\p{L}+/gu)!].filter((w) => noteEnglishWords(n).has(w));
    expect(leaked).toEqual([]);
    // Dates in words (Welsh month names), never ISO.
    expect(note).not.toMatch(/\d{4}-\d\d-\d\d/);
  });

  test('a note says what went, with the date in words and its mutation, and who it went to', () => {
    const soon = timelineNote({ kind: 'sent', facts: facts('respond_soon'), names: ['Siân Jones'] }, 'cy+en');
    expect(soon).toBe(
      'Ymateb yn ddyledus ddydd Iau 24 Rhagfyr 2026: 2026-0002 — anfonwyd. Derbynwyr: Siân Jones / Reply due Thursday 24 December 2026: 2026-0002 — sent to Siân Jones',
    );
    // An overdue message's subject has no date: the note adds when it was due, mutated as it says when.
    expect(timelineNote({ kind: 'sent', facts: facts('acknowledge_missed'), names: ['Siân Jones'] }, 'cy+en')).toContain(
      'Cydnabyddiaeth yn hwyr: 2026-0002 (yn ddyledus ddydd Iau 24 Rhagfyr 2026) — anfonwyd.',
    );
    // After "erbyn" the date does not mutate; in brackets neither.
    expect(timelineNote({ kind: 'not_acknowledged', deadline: '2026-12-24' }, 'cy+en')).toBe('Heb ei gydnabod erbyn dydd Iau 24 Rhagfyr 2026 / Not acknowledged by Thursday 24 December 2026');
    expect(timelineNote({ kind: 'last_step_missed', deadline: '2026-12-24' }, 'cy+en')).toMatch(/^Aeth y terfyn amser heibio \(dydd Iau 24 Rhagfyr 2026\) ar gam olaf y llwybr/);
    expect(timelineNote({ kind: 'escalated', role: 'monitoring officer', roleCy: 'Swyddog Monitro' }, 'cy+en')).toBe('Uwchgyfeiriwyd. Y cam nesaf: Swyddog Monitro / Escalated to monitoring officer');
    // Each Welsh month by name.
    const months = ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'];
    months.forEach((month, i) => {
      const deadline = `2027-${String(i + 1).padStart(2, '0')}-15`;
      expect(timelineNote({ kind: 'not_acknowledged', deadline }, 'cy+en')).toMatch(new RegExp(`^Heb ei gydnabod erbyn dydd \\p{L}+ 15 ${month} 2027 / `, 'u'));
    });
  });

  test('English councils get English notes only; the locale follows the nation', () => {
    expect(timelineNote({ kind: 'sent', facts: facts('respond_missed'), names: [] }, 'en')).toBe(
      'Reply overdue: 2026-0002 (due Thursday 24 December 2026) — sent to no one (no office holder or clerk has an e-mail address)',
    );
    expect(localeOfNation('wales')).toBe('cy+en');
    expect(localeOfNation('england')).toBe('en');
  });

  test('the clerk standing in for a role no one holds is titled in Welsh in the Welsh half', () => {
    const title = clerkInsteadCy('Clerc', ['Cyfarwyddwr', 'Swyddog Monitro']);
    expect(title).toBe("Clerc (dim deiliad swydd wedi'i gofnodi: Cyfarwyddwr neu Swyddog Monitro)");
    const { text } = render({ ...facts('respond_soon'), role: 'clerk (no director is recorded)', roleCy: title }, 'cy+en');
    const [welsh] = text.split(`\n\n${BILINGUAL_DIVIDER}\n\n`);
    expect(welsh).toContain(`Anfonwyd y neges hon atoch fel ${title}, Cyngor Cymuned Cwmbrân.`);
    expect(welsh).not.toMatch(/recorded|clerk \(no/);
  });
});
