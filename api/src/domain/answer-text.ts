/**
 * The sentences the protocol questions answer with (issue 12 point 15, format v2 point 8), in English
 * and Welsh: route notes and warnings, handler expressions in words, why a chain was chosen, and how a
 * response standard's days are counted. One small catalogue, so that each sentence exists in both
 * languages or the test that reads it fails. Pure. Welsh terms follow TermCymru where it has them
 * (diwrnod gwaith: working day; Swyddog Monitro is the protocol's own title, not ours).
 */
import type { CountUnit, ReceiptConvention } from './calendar';

export const LANGUAGES = ['en', 'cy'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The text in the language asked for, falling back to English per field (`title` / `titleCy`). */
export function inLanguage(lang: Language, en: string, cy: string | undefined | null): string {
  return lang === 'cy' && cy ? cy : en;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "the Director" / "y Cyfarwyddwr", "yr Ombwdsmon": a role's title as a noun phrase. */
function the(lang: Language, title: string): string {
  if (lang === 'en') return `the ${title}`;
  return `${/^[aeiouwyh]/i.test(title) ? 'yr' : 'y'} ${title}`;
}

/**
 * A Welsh word before a noun phrase, the article shortened after a vowel ("i'r Prif Weithredwr",
 * "mae'r Cyfarwyddwr", "â'r Swyddog Monitro"), as written Welsh does.
 */
function cyBefore(word: string, np: string): string {
  const m = /^(y|yr) (.*)$/.exec(np);
  return m && /[aeiouwyâ]$/i.test(word) ? `${word}'r ${m[2]}` : `${word} ${np}`;
}

const WEEKDAYS: Record<Language, string[]> = {
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  cy: ['dydd Sul', 'dydd Llun', 'dydd Mawrth', 'dydd Mercher', 'dydd Iau', 'dydd Gwener', 'dydd Sadwrn'],
};
const MONTHS: Record<Language, string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  cy: ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'],
};

/** "Monday 9 March 2026" / "dydd Llun 9 Mawrth 2026", of a date written YYYY-MM-DD. */
export function longDate(lang: Language, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return `${WEEKDAYS[lang][day]} ${d} ${MONTHS[lang][m - 1]} ${y}`;
}

export interface Phrases {
  /** A role's title as a noun phrase: "the Director". */
  the(title: string): string;
  /** "A, B or C" / "A, B and C". */
  list(parts: string[], joiner: 'or' | 'and'): string;
  orNominee(who: string): string;
  /** The subject left out of a step's lists: which lists (told, consulted). */
  subjectWithheld(subject: string, told: boolean, consulted: boolean): string;
  /** The subject taken out of the handlers of a step. */
  subjectNotHandler(subject: string): string;
  /** A handler who reports to the subject (step is 1-based). */
  reportsToSubject(step: number, handler: string, subject: string, through: string[]): string;
  /** Why a chain was chosen. */
  onlyRoute: string;
  raisedBy(who: string): string;
  seeks(what: string): string;
  chosenByAsker: string;
  generalRoute: string;
  otherRoutesDoNotFit: string;
  mustChoose: string;
  /** How a standard's numbers are counted. */
  counting(receipt: ReceiptConvention, unit: CountUnit): string;
  urgentIn(counting: string): string;
  /** Day 0 of the count. */
  countedFrom(receivedOn: string, startDay: string, receipt: ReceiptConvention): string;
}

const en: Phrases = {
  the: (t) => the('en', t),
  list: (parts, joiner) => (parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} ${joiner} ${parts[parts.length - 1]}`),
  orNominee: (who) => `${who}, or a person they nominate`,
  subjectWithheld: (s, told, consulted) => `${capital(s)} is not ${[told && 'told', consulted && 'consulted'].filter(Boolean).join(' or ')}: the concern is about them.`,
  subjectNotHandler: (s) => `${capital(s)} does not take this step: the concern is about them.`,
  reportsToSubject: (n, h, s, through) => `Step ${n}: ${capital(h)} reports to ${s}${through.length ? ` (through ${through.join(', ')})` : ''}, whom the concern is about.`,
  onlyRoute: 'The only route the protocol gives for this concern.',
  raisedBy: (who) => `raised by ${who}`,
  seeks: (what) => `seeking ${what}`,
  chosenByAsker: 'The route asked for.',
  generalRoute: 'The general route for this concern; the protocol gives other routes for particular cases (see choices).',
  otherRoutesDoNotFit: "The general route: the protocol's other routes for this concern do not fit the question.",
  mustChoose: 'The protocol gives more than one route for this concern: choose one (see choices).',
  counting: (receipt, unit) => {
    if (unit === 'hours') return 'hours from the time of receipt';
    const what = unit === 'working_days' ? 'working days' : 'calendar days (a due date on a non-working day moves to the next working day)';
    const how =
      receipt === 'ico'
        ? 'day 1 is the first working day after the date of receipt, which need not be a working day (ICO reading)'
        : 'a receipt on a non-working day is moved to the next working day and counted from the day after';
    return `${what}; ${how}`;
  },
  urgentIn: (c) => `urgent handling in ${c}`,
  countedFrom: (received, start, receipt) =>
    received === start
      ? `Received ${longDate('en', received)}; counted from that day (day 0).`
      : `Received ${longDate('en', received)}; counted from ${longDate('en', start)} (day 0)${receipt === 'next_working_day' ? ', the next working day' : ''}.`,
};

const cy: Phrases = {
  the: (t) => the('cy', t),
  list: (parts, joiner) =>
    parts.length <= 1
      ? (parts[0] ?? '')
      : `${parts.slice(0, -1).join(', ')} ${joiner === 'or' ? 'neu' : /^[aeiouwy]/i.test(parts[parts.length - 1]!) ? 'ac' : 'a'} ${parts[parts.length - 1]}`,
  orNominee: (who) => `${who}, neu berson y maent yn ei enwebu`,
  subjectWithheld: (s, told, consulted) =>
    [told && `Ni roddir gwybod ${cyBefore('i', s)}`, consulted && `${told ? 'ac nid' : 'Nid'} ymgynghorir ${cyBefore('â', s)}`].filter(Boolean).join(' ') +
    ": mae'r pryder amdanynt.",
  subjectNotHandler: (s) => `Nid ${s} sy'n ymdrin â'r cam hwn: mae'r pryder amdanynt.`,
  reportsToSubject: (n, h, s, through) => `Cam ${n}: ${cyBefore('mae', h)} yn adrodd ${cyBefore('i', s)}${through.length ? ` (drwy ${through.join(', ')})` : ''}, sef testun y pryder.`,
  onlyRoute: "Yr unig lwybr y mae'r protocol yn ei roi ar gyfer y pryder hwn.",
  raisedBy: (who) => `wedi'i godi gan ${who}`,
  seeks: (what) => `yn ceisio ${what}`,
  chosenByAsker: "Y llwybr y gofynnwyd amdano.",
  generalRoute: "Y llwybr cyffredinol ar gyfer y pryder hwn; mae'r protocol yn rhoi llwybrau eraill ar gyfer achosion penodol (gweler y dewisiadau).",
  otherRoutesDoNotFit: "Y llwybr cyffredinol: nid yw llwybrau eraill y protocol ar gyfer y pryder hwn yn cyd-fynd â'r cwestiwn.",
  mustChoose: "Mae'r protocol yn rhoi mwy nag un llwybr ar gyfer y pryder hwn: dewiswch un (gweler y dewisiadau).",
  counting: (receipt, unit) => {
    if (unit === 'hours') return "oriau o adeg ei dderbyn";
    const what =
      unit === 'working_days'
        ? 'diwrnodau gwaith'
        : "diwrnodau calendr (mae dyddiad dyledus ar ddiwrnod nad yw'n ddiwrnod gwaith yn symud i'r diwrnod gwaith nesaf)";
    const how =
      receipt === 'ico'
        ? "diwrnod 1 yw'r diwrnod gwaith cyntaf ar ôl y dyddiad derbyn, nad oes rhaid iddo fod yn ddiwrnod gwaith (dehongliad yr ICO)"
        : "mae rhywbeth a dderbynnir ar ddiwrnod nad yw'n ddiwrnod gwaith yn cael ei symud i'r diwrnod gwaith nesaf a'i gyfrif o'r diwrnod wedyn";
    return `${what}; ${how}`;
  },
  urgentIn: (c) => `ymdrin ar frys mewn ${c}`,
  countedFrom: (received, start, receipt) =>
    received === start
      ? `Derbyniwyd ${mutateDydd(longDate('cy', received))}; cyfrifir o'r diwrnod hwnnw (diwrnod 0).`
      : `Derbyniwyd ${mutateDydd(longDate('cy', received))}; cyfrifir o ${mutateDydd(longDate('cy', start))} (diwrnod 0)${receipt === 'next_working_day' ? ', y diwrnod gwaith nesaf' : ''}.`,
};

/** "o ddydd Llun", "Derbyniwyd ddydd Sadwrn": the soft mutation after "o" and of a time adverbial. */
const mutateDydd = (s: string) => s.replace(/^dydd /, 'ddydd ');

export const PHRASES: Record<Language, Phrases> = { en, cy };

export const phrase = (lang: Language): Phrases => PHRASES[lang];
