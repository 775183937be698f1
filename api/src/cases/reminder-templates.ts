/**
 * The text of reminders, per language. Councils in Wales get Welsh and English
 * (Welsh first); others English. Pure: the worker fills in and sends these.
 */
export type Locale = 'en' | 'cy+en';

/** What the worker sends: one source, MESSAGE_KINDS in api/src/domain/vocabularies.ts. */
import type { MessageKind } from '../domain/vocabularies';
export type { MessageKind };

export interface MessageFacts {
  kind: MessageKind;
  council: string;
  /** The case's reference and subject, or the protocol's title for a review. */
  reference: string;
  subject: string;
  deadline: string | null;
  recipient: string;
  /** The role the reminder goes to, in the council's own title. */
  role: string;
  /** The same role in Welsh (the glossary's title of a built-in role), for the Welsh half. */
  roleCy?: string;
  link: string;
}

interface Template {
  subject: (f: MessageFacts, date: string) => string;
  lead: (f: MessageFacts, date: string) => string;
}

const en: Record<MessageKind, Template> = {
  acknowledge_soon: { subject: (f, d) => `Acknowledgement due ${d}: ${f.reference}`, lead: (f, d) => `Enquiry ${f.reference} ("${f.subject}") must be acknowledged by ${d}.` },
  acknowledge_missed: { subject: (f) => `Acknowledgement overdue: ${f.reference}`, lead: (f, d) => `Enquiry ${f.reference} ("${f.subject}") was due to be acknowledged by ${d} and has not been.` },
  respond_soon: { subject: (f, d) => `Reply due ${d}: ${f.reference}`, lead: (f, d) => `Enquiry ${f.reference} ("${f.subject}") must be answered by ${d}.` },
  respond_missed: { subject: (f) => `Reply overdue: ${f.reference}`, lead: (f, d) => `Enquiry ${f.reference} ("${f.subject}") was due to be answered by ${d}. Under the protocol it now comes to you.` },
  step_soon: { subject: (f, d) => `Action due ${d}: ${f.reference}`, lead: (f, d) => `Concern ${f.reference} ("${f.subject}") is with you; the time allowed at this step ends on ${d}.` },
  step_missed: { subject: (f) => `Time run out: ${f.reference}`, lead: (f, d) => `The time allowed for concern ${f.reference} ("${f.subject}") ended on ${d}. Under the protocol it now comes to you.` },
  review_due: { subject: (f, d) => `Protocol review due ${d}: ${f.council}`, lead: (f, d) => `The member/officer protocol of ${f.council} is due for review on ${d}.` },
  review_overdue: { subject: (f) => `Protocol review overdue: ${f.council}`, lead: (f, d) => `The member/officer protocol of ${f.council} was due for review on ${d} and has not been reviewed.` },
};

/**
 * Welsh: a date after "erbyn" (by) is written "dydd Iau 24 Rhagfyr 2026"; a date that says when
 * ("on Thursday") takes the soft mutation, "ddydd Iau 24 Rhagfyr 2026", with no "ar" before it.
 */
interface WelshTemplate {
  subject: (f: MessageFacts, d: WelshDate) => string;
  lead: (f: MessageFacts, d: WelshDate) => string;
}
export interface WelshDate {
  /** After "erbyn": "dydd Iau 24 Rhagfyr 2026". */
  by: string;
  /** Saying when: "ddydd Iau 24 Rhagfyr 2026". */
  on: string;
}

const cy: Record<MessageKind, WelshTemplate> = {
  acknowledge_soon: { subject: (f, d) => `Cydnabyddiaeth yn ddyledus ${d.on}: ${f.reference}`, lead: (f, d) => `Rhaid cydnabod ymholiad ${f.reference} ("${f.subject}") erbyn ${d.by}.` },
  acknowledge_missed: { subject: (f) => `Cydnabyddiaeth yn hwyr: ${f.reference}`, lead: (f, d) => `Roedd ymholiad ${f.reference} ("${f.subject}") i fod i gael ei gydnabod erbyn ${d.by}, ac nid yw wedi'i gydnabod.` },
  respond_soon: { subject: (f, d) => `Ymateb yn ddyledus ${d.on}: ${f.reference}`, lead: (f, d) => `Rhaid ateb ymholiad ${f.reference} ("${f.subject}") erbyn ${d.by}.` },
  respond_missed: { subject: (f) => `Ymateb yn hwyr: ${f.reference}`, lead: (f, d) => `Roedd ymholiad ${f.reference} ("${f.subject}") i fod i gael ei ateb erbyn ${d.by}. O dan y protocol, mae bellach yn dod atoch chi.` },
  step_soon: { subject: (f, d) => `Cam gweithredu yn ddyledus ${d.on}: ${f.reference}`, lead: (f, d) => `Mae pryder ${f.reference} ("${f.subject}") gyda chi; daw'r amser a ganiateir ar gyfer y cam hwn i ben ${d.on}.` },
  step_missed: { subject: (f) => `Amser wedi dod i ben: ${f.reference}`, lead: (f, d) => `Daeth yr amser a ganiateir ar gyfer pryder ${f.reference} ("${f.subject}") i ben ${d.on}. O dan y protocol, mae bellach yn dod atoch chi.` },
  review_due: { subject: (f, d) => `Adolygiad o'r protocol yn ddyledus ${d.on}: ${f.council}`, lead: (f, d) => `Mae protocol aelodau/swyddogion ${f.council} i'w adolygu erbyn ${d.by}.` },
  review_overdue: { subject: (f) => `Adolygiad o'r protocol yn hwyr: ${f.council}`, lead: (f, d) => `Roedd protocol aelodau/swyddogion ${f.council} i fod i gael ei adolygu erbyn ${d.by}, ac nid yw wedi'i adolygu.` },
};

const formats = new Map<string, Intl.DateTimeFormat>();
/** Dates already written out, by language and day (a batch writes the same few dates many times). */
const written = new Map<string, string>();

/** "Wednesday 2 September 2026", "Dydd Mercher 2 Medi 2026": put together from parts, whatever punctuation the ICU version adds. */
export const longDate = (iso: string | null, lang: 'en-GB' | 'cy') => {
  if (!iso) return '—';
  const key = `${lang}:${iso}`;
  const known = written.get(key);
  if (known) return known;
  let format = formats.get(lang);
  if (!format) formats.set(lang, (format = new Intl.DateTimeFormat(lang, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })));
  const parts = Object.fromEntries(
    format
      .formatToParts(new Date(`${iso}T12:00:00Z`))
      .map((p) => [p.type, p.value]),
  );
  const text = `${parts.weekday} ${parts.day} ${parts.month} ${parts.year}`;
  if (written.size > 10_000) written.clear();
  written.set(key, text);
  return text;
};

/** The Welsh date in its two forms (see WelshTemplate). */
export const welshDate = (iso: string | null): WelshDate => {
  if (!iso) return { by: '—', on: '—' };
  const by = longDate(iso, 'cy').replace(/^Dydd /, 'dydd ');
  return { by, on: `d${by}` };
};

/** Written between the Welsh and the English halves of a bilingual message. */
export const BILINGUAL_DIVIDER = '— Saesneg isod / English below —';

export function render(f: MessageFacts, locale: Locale): { subject: string; text: string } {
  const enDate = longDate(f.deadline, 'en-GB');
  const english = {
    subject: en[f.kind].subject(f, enDate),
    text: [`Dear ${f.recipient},`, '', en[f.kind].lead(f, enDate), '', `You receive this as ${f.role} of ${f.council}.`, f.link].join('\n'),
  };
  if (locale === 'en') return english;
  const cyDate = welshDate(f.deadline);
  const welsh = {
    subject: cy[f.kind].subject(f, cyDate),
    text: [`Annwyl ${f.recipient},`, '', cy[f.kind].lead(f, cyDate), '', `Anfonwyd y neges hon atoch fel ${f.roleCy ?? f.role}, ${f.council}.`, f.link].join('\n'),
  };
  return { subject: `${welsh.subject} / ${english.subject}`, text: `${welsh.text}\n\n${BILINGUAL_DIVIDER}\n\n${english.text}` };
}

/**
 * Timeline notes the worker (and an escalation) writes on a case, from this same catalogue: a reminder's
 * note is its message's subject (so its date is in words, mutated as in the e-mail) and who it went to.
 * For councils in Wales, Welsh first, then " / " and the English. Phrased so that no placeholder follows
 * a word that would mutate it (no "at" or "i" before a name or a title).
 */
export type TimelineNote =
  /** A reminder went (names: the recipients; none when no one has an address). */
  | { kind: 'sent'; facts: MessageFacts; names: string[] }
  /** An acknowledgement deadline passed. */
  | { kind: 'not_acknowledged'; deadline: string | null }
  /** A deadline passed at the last step, with no one further to escalate to. */
  | { kind: 'last_step_missed'; deadline: string | null }
  /** The case went on to the next step's handler (a built-in role's key, or the council's own words). */
  | { kind: 'escalated'; role: string; roleCy: string };

/** Kinds whose subject carries no date: their note adds when it was due. */
const UNDATED: ReadonlySet<MessageKind> = new Set(['acknowledge_missed', 'respond_missed', 'step_missed', 'review_overdue']);

const notes: Record<'en' | 'cy', (n: TimelineNote) => string> = {
  en: (n) => {
    const date = longDate('deadline' in n ? n.deadline : n.kind === 'sent' ? n.facts.deadline : null, 'en-GB');
    switch (n.kind) {
      case 'sent': {
        const due = UNDATED.has(n.facts.kind) ? ` (due ${longDate(n.facts.deadline, 'en-GB')})` : '';
        const to = n.names.length ? n.names.join(', ') : 'no one (no office holder or clerk has an e-mail address)';
        return `${en[n.facts.kind].subject(n.facts, longDate(n.facts.deadline, 'en-GB'))}${due} — sent to ${to}`;
      }
      case 'not_acknowledged':
        return `Not acknowledged by ${date}`;
      case 'last_step_missed':
        return `Deadline of ${date} missed at the last step of the route: there is no one further to escalate to`;
      case 'escalated':
        return `Escalated to ${n.role}`;
    }
  },
  cy: (n) => {
    switch (n.kind) {
      case 'sent': {
        const d = welshDate(n.facts.deadline);
        const due = UNDATED.has(n.facts.kind) ? ` (yn ddyledus ${d.on})` : '';
        const to = n.names.length ? n.names.join(', ') : "neb (nid oes gan yr un deiliad swydd na'r clerc gyfeiriad e-bost)";
        return `${cy[n.facts.kind].subject(n.facts, d)}${due} — anfonwyd. Derbynwyr: ${to}`;
      }
      case 'not_acknowledged':
        return `Heb ei gydnabod erbyn ${welshDate(n.deadline).by}`;
      case 'last_step_missed':
        return `Aeth y terfyn amser heibio (${welshDate(n.deadline).by}) ar gam olaf y llwybr: nid oes neb pellach i uwchgyfeirio ato`;
      case 'escalated':
        return `Uwchgyfeiriwyd. Y cam nesaf: ${n.roleCy}`;
    }
  },
};

/**
 * The Welsh title of the clerk standing in for roles no one holds (the English is domain/reminders.ts's
 * "clerk (no director is recorded)"); the roles given in Welsh. After a colon, so nothing mutates.
 */
export const clerkInsteadCy = (clerk: string, rolesCy: string[]) => `${clerk} (dim deiliad swydd wedi'i gofnodi: ${rolesCy.join(' neu ')})`;

/** Written between the Welsh and the English of a bilingual timeline note. */
export const NOTE_DIVIDER = ' / ';

/** A timeline note in the council's languages: English, or Welsh then English. */
export function timelineNote(n: TimelineNote, locale: Locale): string {
  return locale === 'en' ? notes.en(n) : `${notes.cy(n)}${NOTE_DIVIDER}${notes.en(n)}`;
}

/** The locale of a council's messages and notes: Welsh and English in Wales, else English. */
export const localeOfNation = (nation: string): Locale => (nation === 'wales' ? 'cy+en' : 'en');
