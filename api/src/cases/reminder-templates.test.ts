import { MESSAGE_KINDS } from '../domain/vocabularies';
import { BILINGUAL_DIVIDER, render, type MessageFacts, type MessageKind } from './reminder-templates';

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
