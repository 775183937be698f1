/**
 * What a calendar feed says, in the feed's language: English, Welsh, or both (Welsh first), which is
 * what a council in Wales gets unless its feed was set to one language. Dates inside sentences are
 * written out in words ("dydd Iau 24 Rhagfyr 2026" after "erbyn", "ddydd Iau 24 Rhagfyr 2026" when it
 * says when), as the reminder e-mails write them (cases/reminder-templates.ts). Pure.
 */
import type { MessageLocale } from '../domain/vocabularies';
import type { CalendarEvent } from '../domain/icalendar';
import { longDate, welshDate, type WelshDate } from '../cases/reminder-templates';

export type FeedLanguage = MessageLocale;

/** The feed's own language, else its council's default: Welsh and English for a council in Wales. */
export const feedLanguage = (own: 'en' | 'cy' | null | undefined, nation: string | null | undefined): FeedLanguage =>
  own ?? (nation === 'wales' ? 'cy+en' : 'en');

export interface FeedCase {
  id: string;
  reference: string;
  subject: string;
  kind: string;
  classification: string;
  status: string;
  acknowledgeBy: string | null;
  respondBy: string | null;
  stepDue: string | null;
  stepIndex: number;
  council: string;
}

export interface FeedReview {
  councilId: string;
  council: string;
  due: string;
}

type Kind = 'enquiry' | 'concern';
interface Texts {
  acknowledge: string;
  reply: string;
  step: string;
  review: string;
  confidential: string;
  kind: Record<Kind, string>;
}

const EN: Texts = {
  acknowledge: 'Acknowledge',
  reply: 'Reply due',
  step: 'Step due',
  review: 'Protocol review due',
  confidential: 'confidential',
  kind: { enquiry: 'Enquiry', concern: 'Concern' },
};
const CY: Texts = {
  acknowledge: 'Cydnabod',
  reply: 'Ymateb yn ddyledus',
  step: 'Cam yn ddyledus',
  review: "Adolygiad o'r protocol yn ddyledus",
  confidential: 'cyfrinachol',
  kind: { enquiry: 'Ymholiad', concern: 'Pryder' },
};

/** Sentences of an event's description, one per language. */
const en = {
  acknowledge: (k: Kind, ref: string, council: string, d: string) => `${EN.kind[k]} ${ref} (${council}) must be acknowledged by ${d}.`,
  reply: (k: Kind, ref: string, council: string, d: string) => `${EN.kind[k]} ${ref} (${council}) must be answered by ${d}.`,
  step: (k: Kind, ref: string, council: string, d: string) => `The time allowed at this step of ${EN.kind[k].toLowerCase()} ${ref} (${council}) ends on ${d}.`,
  review: (council: string, d: string) => `The member/officer protocol of ${council} is due for review on ${d}.`,
  calendar: (council: string, below: boolean) => `Case deadlines and protocol review dates from Accord: ${council}${below ? ' and the councils below it' : ''}.`,
};
const cy = {
  acknowledge: (k: Kind, ref: string, council: string, d: WelshDate) => `Rhaid cydnabod ${CY.kind[k].toLowerCase()} ${ref} (${council}) erbyn ${d.by}.`,
  reply: (k: Kind, ref: string, council: string, d: WelshDate) => `Rhaid ateb ${CY.kind[k].toLowerCase()} ${ref} (${council}) erbyn ${d.by}.`,
  step: (k: Kind, ref: string, council: string, d: WelshDate) => `Daw'r amser a ganiateir ar gyfer y cam hwn o'r ${CY.kind[k].toLowerCase()} ${ref} (${council}) i ben ${d.on}.`,
  review: (council: string, d: WelshDate) => `Mae protocol aelodau/swyddogion ${council} i'w adolygu erbyn ${d.by}.`,
  calendar: (council: string, below: boolean) => `Terfynau amser achosion a dyddiadau adolygu'r protocol o Accord: ${council}${below ? " a'r cynghorau islaw" : ''}.`,
};

/** Written between the Welsh and the English of a bilingual description. */
const DIVIDER = '\n\n';

/** A label in the feed's language: "Cydnabod / Acknowledge" when bilingual. */
const label = (lang: FeedLanguage, pick: (t: Texts) => string) => (lang === 'en' ? pick(EN) : lang === 'cy' ? pick(CY) : `${pick(CY)} / ${pick(EN)}`);

/** A description in the feed's language, Welsh first when bilingual. */
const sentence = (lang: FeedLanguage, english: string, welsh: string) => (lang === 'en' ? english : lang === 'cy' ? welsh : `${welsh}${DIVIDER}${english}`);

const kindOf = (k: string): Kind => (k === 'concern' ? 'concern' : 'enquiry');

/** The calendar's own description (X-WR-CALDESC). */
export function calendarDescription(lang: FeedLanguage, council: string, below: boolean): string {
  return sentence(lang, en.calendar(council, below), cy.calendar(council, below));
}

/**
 * The events of a feed: each live case's acknowledgement and reply (or current step) deadline, and
 * each council's next protocol review. A confidential case shows its reference only; with several
 * councils in the feed, a summary names the council.
 */
export function feedEvents(lang: FeedLanguage, cases: readonly FeedCase[], reviews: readonly FeedReview[], publicUrl: string, several: boolean): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  for (const k of cases) {
    const kind = kindOf(k.kind);
    const what = `${k.reference}${k.classification === 'public' ? ` ${k.subject}` : ` (${label(lang, (t) => t.confidential)})`}${several ? ` — ${k.council}` : ''}`;
    const url = `${publicUrl}/admin/#/cases/${k.id}/show`;
    if (k.status === 'open' && k.acknowledgeBy) {
      const d = k.acknowledgeBy;
      events.push({
        uid: `case-${k.id}-acknowledge@accord`,
        date: d,
        summary: `${label(lang, (t) => t.acknowledge)}: ${what}`,
        description: sentence(lang, en.acknowledge(kind, k.reference, k.council, longDate(d, 'en-GB')), cy.acknowledge(kind, k.reference, k.council, welshDate(d))),
        url,
      });
    }
    const due = k.stepDue ?? k.respondBy;
    if (due) {
      const reply = k.stepIndex === 0 && k.respondBy !== null;
      events.push({
        uid: `case-${k.id}-step-${k.stepIndex}@accord`,
        date: due,
        summary: `${label(lang, (t) => (reply ? t.reply : t.step))}: ${what}`,
        description: reply
          ? sentence(lang, en.reply(kind, k.reference, k.council, longDate(due, 'en-GB')), cy.reply(kind, k.reference, k.council, welshDate(due)))
          : sentence(lang, en.step(kind, k.reference, k.council, longDate(due, 'en-GB')), cy.step(kind, k.reference, k.council, welshDate(due))),
        url,
      });
    }
  }
  for (const r of reviews) {
    events.push({
      uid: `review-${r.councilId}-${r.due}@accord`,
      date: r.due,
      summary: `${label(lang, (t) => t.review)}: ${r.council}`,
      description: sentence(lang, en.review(r.council, longDate(r.due, 'en-GB')), cy.review(r.council, welshDate(r.due))),
    });
  }
  events.sort((a, b) => a.date.localeCompare(b.date) || a.uid.localeCompare(b.uid));
  return events;
}
