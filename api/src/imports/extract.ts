/**
 * Suggested rules from a protocol's text: deterministic, explainable pattern matching, no network and no
 * model. Each suggestion names its clause, the character span in that clause's text, a confidence and the
 * pattern that produced it, so a reviewer can see why it was suggested. Pure: no I/O.
 */
import type { Classification, CorrespondenceRuleKey, RoleKey, RoleKind } from '../domain/protocol';
import type { ImportedClause, StructuredText } from './structure';

export const SUGGESTION_KINDS = ['role', 'time_limit', 'escalation', 'adoption', 'last_updated', 'review', 'access', 'correspondence'] as const;
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number];

export const TIME_LIMIT_UNITS = ['working_days', 'calendar_days', 'hours', 'end_of_next_working_day', 'promptly', 'before_meeting'] as const;
export type TimeLimitUnit = (typeof TIME_LIMIT_UNITS)[number];

export interface RoleValue {
  /** The built-in role this title maps to (the key used today). */
  key: RoleKey;
  /** The council's own title as written ("Town Clerk", "Executive Head"). */
  title: string;
  kind: RoleKind;
  /** Every clause that names it. */
  clauses: string[];
}

export interface TimeLimitValue {
  what: 'acknowledge' | 'respond' | 'unspecified';
  /** Null for "promptly" and "before the meeting". */
  amount: number | null;
  unit: TimeLimitUnit;
  /** Who the clause says receives or handles it, where one role is named. */
  handler?: RoleKey;
}

export interface EscalationValue {
  /**
   * In order; `alternatives` are the roles named with "or" beside the handler ("the Executive Director or Service
   * Manager"); `clause` is given for a step found in a later clause than the suggestion's (a chain spread over
   * consecutive clauses: "If the matter cannot be resolved at the initial stage…" in the next one).
   */
  steps: { role: RoleKey; title: string; alternatives?: RoleKey[]; clause?: string }[];
}

export interface DateValue {
  /** As stated: YYYY, YYYY-MM or YYYY-MM-DD. */
  on: string;
  by?: RoleKey;
  /** For last-updated: what was updated ("Members Enquiries section"). */
  scope?: string;
}

export interface ReviewValue {
  everyMonths?: number;
  on?: string;
  body?: RoleKey;
  amendedBy?: RoleKey;
}

export interface AccessValue {
  classification: Classification;
}

export interface CorrespondenceValue {
  key: CorrespondenceRuleKey;
}

interface SuggestionBase<K extends SuggestionKind, V> {
  id: string;
  kind: K;
  /** The clause id it came from. */
  clause: string;
  /** [start, end) in that clause's text. */
  span: [number, number];
  /** The matched text. */
  excerpt: string;
  /** 0..1: how sure the pattern is. */
  confidence: number;
  /** Which pattern produced it (stable names, for review and for tests). */
  pattern: string;
  value: V;
}

export type Suggestion =
  | SuggestionBase<'role', RoleValue>
  | SuggestionBase<'time_limit', TimeLimitValue>
  | SuggestionBase<'escalation', EscalationValue>
  | SuggestionBase<'adoption', DateValue>
  | SuggestionBase<'last_updated', DateValue>
  | SuggestionBase<'review', ReviewValue>
  | SuggestionBase<'access', AccessValue>
  | SuggestionBase<'correspondence', CorrespondenceValue>;

// ---------------------------------------------------------------------------------------------------------------
// Roles

interface RolePattern {
  re: RegExp;
  key: RoleKey;
  kind: RoleKind;
  /** Generic words ("Members", "Council") are weaker evidence. */
  generic?: boolean;
}

const s = '(?:s|’s|\'s|s’|s\')?';
/** Most specific first: a span claimed by one pattern is not matched again by a later one. */
const ROLE_PATTERNS: RolePattern[] = [
  { re: new RegExp(`\\bPublic Services? Ombudsman for Wales\\b|\\b(?:Local Government (?:and Social Care )?)?Ombudsman${s}\\b`, 'g'), key: 'ombudsman', kind: 'external' },
  { re: /\bSociety (?:for|of) Local Council Clerks\b|\bSLCC\b/g, key: 'slcc', kind: 'external' },
  { re: /\bNational Association of Local Councils\b|\bNALC\b/g, key: 'nalc', kind: 'external' },
  { re: /\b(?:One Voice Wales|[A-Z][a-z]+ Association of Local Councils)\b/g, key: 'county_association', kind: 'external' },
  { re: /\bindependent mediator\b/gi, key: 'independent_mediator', kind: 'external' },
  { re: /\bpolice\b/gi, key: 'police', kind: 'external' },
  { re: new RegExp(`\\b(?:Deputy|Assistant) Chief Executive${s}\\b`, 'g'), key: 'deputy_chief_executive', kind: 'officer' },
  { re: new RegExp(`\\bChief Executive(?: Officer)?${s}(?! Member)\\b|\\bHead of Paid Service\\b`, 'g'), key: 'chief_executive', kind: 'officer' },
  { re: new RegExp(`\\b(?:Deputy|Assistant) (?:Town |Parish )?Clerk${s}\\b`, 'g'), key: 'deputy_clerk', kind: 'officer' },
  { re: new RegExp(`\\b(?:Town|Parish|Community|City) Clerk${s}\\b|\\bClerk to the Council\\b|\\bClerk${s}\\b`, 'g'), key: 'clerk', kind: 'officer' },
  { re: new RegExp(`\\bMonitoring Officer${s}\\b`, 'gi'), key: 'monitoring_officer', kind: 'officer' },
  { re: /\bSection 151 [Oo]fficer\b|\b(?:Designated|Chief) Finance Officer\b|\bResponsible Financial Officer\b/g, key: 'section_151_officer', kind: 'officer' },
  { re: /\bDemocratic Services? Manager\b/gi, key: 'democratic_services_manager', kind: 'officer' },
  { re: /\bMembers?’? Enquir(?:y|ies) (?:Mailbox|Inbox)\b|\bDemocratic Services\b/g, key: 'democratic_services', kind: 'officer' },
  { re: /\b(?:planning control|planning) [Mm]anager\b/gi, key: 'planning_manager', kind: 'officer' },
  { re: /\bPublic Relations Officer\b|\bcommunications (?:unit|team|officer)\b|\bPress Officer\b/gi, key: 'communications_officer', kind: 'officer' },
  { re: /\bCorporate Directors Group\b|\bCorporate Management Team\b|\bSenior Management Team\b/g, key: 'corporate_management_team', kind: 'body' },
  { re: /\b(?:Corporate|Executive|Strategic) Directors?\b|\bDirectors?\b/g, key: 'director', kind: 'officer' },
  { re: /\bHeads? of Service\b|\bExecutive Heads?\b/g, key: 'head_of_service', kind: 'officer' },
  { re: /\bService Managers?\b/gi, key: 'service_manager', kind: 'officer' },
  { re: /\bSection Heads?\b|\bteam leaders?\b/gi, key: 'team_leader', kind: 'officer' },
  { re: /\b[Ll]ine [Mm]anagers?\b/g, key: 'line_manager', kind: 'officer' },
  { re: /\bcase officers?\b/gi, key: 'case_officer', kind: 'officer' },
  { re: /\bH(?:R|uman Resources) (?:Officers?|team|section)\b/g, key: 'hr_officer', kind: 'officer' },
  { re: /\bDeputy Mayor\b/g, key: 'deputy_mayor', kind: 'member' },
  { re: /\bMayor\b/g, key: 'mayor', kind: 'member' },
  { re: /\bDeputy Leader(?: of the Council)?\b|\bDeputy leader\b/g, key: 'deputy_leader', kind: 'member' },
  { re: /\b(?:Council )?Leader of the Council\b|\bCouncil Leader\b/g, key: 'leader', kind: 'member' },
  { re: /\b(?:party )?[Gg]roup [Ll]eaders?\b|\b[Ll]eaders? of (?:the )?(?:relevant |their )?(?:political|party) groups?\b/g, key: 'group_leader', kind: 'member' },
  { re: /\bVice[- ]Chair(?:man|person)?(?: of the Council)?\b/g, key: 'vice_chairman', kind: 'member' },
  { re: /\bChair(?:man|person)?s? of (?:a|the) (?:Panel|Committee|Sub-Committee)(?: or (?:Panel|Committee))?\b|\bCommittee Chair(?:man|s)?\b/g, key: 'committee_chair', kind: 'member' },
  { re: /\bChair(?:man|person)? of the Council\b|\bChair(?:man|person)\b/g, key: 'chairman', kind: 'member' },
  { re: /\b(?:Cabinet|Executive) Members?\b|\bPortfolio Holders?\b|\bMembers? of the Cabinet\b/g, key: 'cabinet_member', kind: 'member' },
  { re: /\b[Cc]o-opted\)? Members?\b/g, key: 'co_opted_member', kind: 'member' },
  { re: /\b[Ww]ard (?:[Mm]embers?|[Cc]ouncillors?)\b|\b[Ll]ocal Members?\b/g, key: 'ward_member', kind: 'member' },
  { re: /\bStandards Committee\b/g, key: 'standards_committee', kind: 'body' },
  { re: /\bPolicy (?:&|and) Finance Committee\b|\bPolicy Committee\b/g, key: 'policy_committee', kind: 'body' },
  { re: /\bPersonnel Committee\b|\bStaffing Committee\b/g, key: 'personnel_committee', kind: 'body' },
  { re: /\bOverview and Scrutiny (?:Committee|Panel)s?\b|\bScrutiny (?:Committee|Panel)s?\b/g, key: 'overview_scrutiny_committee', kind: 'body' },
  { re: /\b(?:[Pp]arty )?[Pp]olitical [Gg]roups?\b|\b[Pp]arty [Gg]roups?\b/g, key: 'party_group', kind: 'body' },
  { re: /\bCabinet\b|\bthe Executive\b/g, key: 'executive', kind: 'body' },
  { re: /\bFull Council\b/g, key: 'full_council', kind: 'body' },
  { re: /\b(?:[Cc]ommittee or [Ss]ub-[Cc]ommittee|Panel or Committee|Committees?)\b/g, key: 'committee', kind: 'body', generic: true },
  { re: /\bCouncillors?\b|\bMembers?\b/g, key: 'member', kind: 'member', generic: true },
  { re: /\bOfficers?\b|\b[Ee]mployees?\b/g, key: 'officer', kind: 'officer', generic: true },
  { re: /\bthe Council\b|\bCouncil\b/g, key: 'full_council', kind: 'body', generic: true },
];

interface RoleMention {
  key: RoleKey;
  kind: RoleKind;
  title: string;
  start: number;
  end: number;
  generic: boolean;
}

/** Every role named in a text, in order, most specific title winning where titles overlap. */
export function roleMentions(text: string): RoleMention[] {
  const claimed: [number, number][] = [];
  const out: RoleMention[] = [];
  for (const p of ROLE_PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (claimed.some(([a, b]) => start < b && end > a)) continue;
      // "Council" inside another body's name ("Unitary Council's", "Town Council") is not the Council as a body.
      if (p.key === 'full_council' && p.generic && /[A-Z][a-z]+ $/.test(text.slice(Math.max(0, start - 20), start)) && !/(the|The|of|by|to) $/.test(text.slice(Math.max(0, start - 4), start))) continue;
      if (p.key === 'full_council' && p.generic && /^Council(?:’s|'s)? (?:Code|Standing|Constitution|website|business|resources|policy|services|work)/.test(text.slice(start))) continue;
      claimed.push([start, end]);
      out.push({ key: p.key, kind: p.kind, title: m[0], start, end, generic: !!p.generic });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A title in its usual form: singular, without the possessive. */
function normaliseTitle(t: string): string {
  let x = t.replace(/(?:’s|'s|s’|s')$/, '');
  if (/(?:Officers|Members|Directors|Managers|Heads|Leaders|Councillors|Employees|Groups|Committees|Panels|Holders|leaders|managers|officers|members|groups|councillors|employees)$/.test(x) && !/Enquiries/.test(x)) x = x.replace(/s$/, '');
  x = x.replace(/^Heads of/, 'Head of').replace(/^the /, '');
  return x;
}

function roleSuggestions(doc: StructuredText, next: () => string, isLocalCouncil: boolean): Suggestion[] {
  const byKey = new Map<RoleKey, { title: Map<string, number>; clauses: string[]; first: { clause: string; start: number; end: number; excerpt: string }; generic: boolean; kind: RoleKind; count: number }>();
  for (const c of doc.clauses) {
    for (const m of roleMentions(c.text)) {
      const key: RoleKey = m.key === 'monitoring_officer' && isLocalCouncil ? 'principal_council_monitoring_officer' : m.key;
      let e = byKey.get(key);
      if (!e) {
        e = { title: new Map(), clauses: [], first: { clause: c.id, start: m.start, end: m.end, excerpt: m.title }, generic: m.generic, kind: m.kind, count: 0 };
        byKey.set(key, e);
      }
      const t = normaliseTitle(m.title);
      e.title.set(t, (e.title.get(t) ?? 0) + 1);
      e.count++;
      if (!e.clauses.includes(c.id)) e.clauses.push(c.id);
    }
  }
  const out: Suggestion[] = [];
  for (const [key, e] of byKey) {
    // A generic committee mention is only a role when the text speaks of committees as such more than in passing.
    if (key === 'committee' && e.count < 4) continue;
    const title = [...e.title].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]![0];
    out.push({
      id: next(),
      kind: 'role',
      clause: e.first.clause,
      span: [e.first.start, e.first.end],
      excerpt: e.first.excerpt,
      confidence: e.generic ? 0.6 : e.count > 1 ? 0.9 : 0.75,
      pattern: e.generic ? 'role.generic_title' : 'role.title',
      value: { key, title: key === 'principal_council_monitoring_officer' || key === 'monitoring_officer' ? 'Monitoring Officer' : title, kind: e.kind, clauses: e.clauses },
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Time limits

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fourteen: 14, fifteen: 15, twenty: 20, 'twenty-one': 21, 'twenty one': 21, thirty: 30, 'twenty-eight': 28, 'forty-eight': 48,
};
const NUM = `(\\d{1,3}|${Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join('|')})(?:\\s*\\(\\d{1,3}\\))?`;
const toNumber = (s: string) => (/^\d+$/.test(s) ? Number(s) : NUMBER_WORDS[s.toLowerCase()]!);

const TIME_PATTERNS: { re: RegExp; pattern: string; unit: (m: RegExpExecArray) => TimeLimitUnit; amount: (m: RegExpExecArray) => number | null; confidence: number }[] = [
  {
    re: /\bby the end of the (?:next|following) working day\b/gi,
    pattern: 'time.end_of_next_working_day',
    unit: () => 'end_of_next_working_day',
    amount: () => 1,
    confidence: 0.9,
  },
  {
    re: new RegExp(`\\b(?:within|in|no later than|not later than|no more than|up to)\\s+${NUM}\\s+(working|business|clear|calendar)?\\s*(days?|hours?|weeks?)\\b`, 'gi'),
    pattern: 'time.within_n_units',
    unit: (m) => (/hour/i.test(m[3]!) ? 'hours' : /week/i.test(m[3]!) ? 'working_days' : /calendar|clear/i.test(m[2] ?? '') ? 'calendar_days' : 'working_days'),
    amount: (m) => (/week/i.test(m[3]!) ? toNumber(m[1]!.toLowerCase()) * 5 : toNumber(m[1]!.toLowerCase())),
    confidence: 0.9,
  },
  {
    re: /\b(?:promptly|as soon as (?:reasonably )?(?:possible|practicable)|without (?:undue )?delay)\b/gi,
    pattern: 'time.promptly',
    unit: () => 'promptly',
    amount: () => null,
    confidence: 0.6,
  },
  {
    re: /\b(?:before|prior to|in advance of) the (?:relevant )?meeting\b/gi,
    pattern: 'time.before_meeting',
    unit: () => 'before_meeting',
    amount: () => null,
    confidence: 0.5,
  },
];

/** What a time limit is for, from the words just before it in the same sentence. */
function timeLimitWhat(before: string): TimeLimitValue['what'] {
  const sentence = before.split(/(?<=[.;])\s/).pop() ?? before;
  const ack = sentence.search(/acknowledg\w*(?![\s\S]*(?:respon|repl))/i);
  const resp = sentence.search(/(?:respon|repl|answer|provided|dealt with|deal with)\w*(?![\s\S]*acknowledg)/i);
  if (ack >= 0 && (resp < 0 || ack > resp)) return 'acknowledge';
  if (resp >= 0) return 'respond';
  return 'unspecified';
}

const ENQUIRY_CONTEXT = /enquir|request|correspondence|respon|repl|acknowledg|letter|e-?mail|information/i;

function timeLimitSuggestions(doc: StructuredText, next: () => string): Suggestion[] {
  const out: Suggestion[] = [];
  for (const c of doc.clauses) {
    const claimed: [number, number][] = [];
    for (const p of TIME_PATTERNS) {
      p.re.lastIndex = 0;
      for (let m = p.re.exec(c.text); m; m = p.re.exec(c.text)) {
        const start = m.index;
        const end = start + m[0].length;
        if (claimed.some(([a, b]) => start < b && end > a)) continue;
        claimed.push([start, end]);
        const sentenceStart = Math.max(c.text.lastIndexOf('. ', start) + 1, 0);
        const context = c.text.slice(sentenceStart, Math.min(c.text.length, end + 80));
        // A limit outside any talk of enquiries, requests or replies ("within their ward") is not a response standard.
        if (!ENQUIRY_CONTEXT.test(context)) continue;
        const what = timeLimitWhat(c.text.slice(Math.max(0, start - 200), start));
        const handlerMention = roleMentions(c.text.slice(sentenceStart, start)).filter((r) => !r.generic).pop();
        out.push({
          id: next(),
          kind: 'time_limit',
          clause: c.id,
          span: [start, end],
          excerpt: m[0],
          confidence: what === 'unspecified' ? p.confidence - 0.2 : p.confidence,
          pattern: p.pattern,
          value: { what, amount: p.amount(m), unit: p.unit(m), ...(handlerMention ? { handler: handlerMention.key } : {}) },
        });
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Escalation sequences

const ESCALATION_CUE =
  /\bin the first (?:instance|place)\b|\bif (?:the matter|this|it|the issue|the concern)?\s*(?:cannot be|is not|has not been|can ?not be) resolved\b|\bif (?:this|that|it|the matter) (?:does not|doesn['’]t|did not) (?:prove possible|work|succeed)\b|\bmay be necessary to\b|\bunresolved\b|\b(?:raise|raised|raising|refer|referred|referring|report|reported|reporting|escalate|escalated|direct|directed|made|sent|taken|take up|takes up)\b[^.]{0,60}\b(?:to|with)\b|\bthen\b|\bcomplain(?:t|ts)? (?:about|to)\b|\binitially be (?:determined|decided|considered) by\b|\b(?:disputes?|disagreements?)\b[^.]{0,120}\b(?:will|shall|is to) be (?:determined|decided|resolved) by\b|\bmay (?:lead|result) (?:to|in)\b/i;

/** Words that make a clause worth reading for an escalation (a concern, and what happens to it). */
const ESCALATION_TOPIC = /\b(?:concern(?!ed\b|ing\b)|concerned about|complain|complaint|dissatisfied|unhappy|breach|dispute|grievance|allegation|misconduct|not resolved|first instance|escalat|difficult|for resolution)/i;

/** A clause that carries on the chain of the clause before it ("If the matter cannot be resolved at the initial stage…"). */
const CONTINUATION =
  /\bcannot be resolved\b|\bnot (?:been )?resolved\b|\bunresolved\b|\bof a serious nature\b|\bserious breach\b|\bmay lead to\b|\bmay be necessary\b|\bmediation\b|\bconciliation\b|\bif (?:this|that|it|the matter) (?:does not|fails)\b|\bstill dissatisfied\b/i;

/** "The Town Clerk will instigate any appropriate investigations": the role before it is the one who deals with the matter. */
const SUBJECT_CUE = /^\s*(?:will|shall|is to|should) (?:instigate|investigate|look into|deal with)\b/i;

/**
 * A role only told, consulted or advising, not a step of the chain: "who will notify the relevant Director",
 * "who will discuss it with the Group Leader", "in conjunction with the Leader", "(with advice from the
 * Monitoring Officer)", "approaching the Group Leader", "also raise with their Group Leader", "whether it is
 * appropriate for referral to the Ombudsman". Read in the words between the step before and the role.
 */
const TOLD_BEFORE =
  /\b(?:notify|notifies|notified|inform|informs|informed|advise|advises|consult|consults|copy|copies|copied|approach|approaching)\b[^.;]{0,40}$|\bwho (?:will|may|should|must) (?:\w+ )?discuss\w*\b[^.;]{0,40}\bwith\b[^.;]{0,25}$|\bin conjunction with\b[^.;]{0,25}$|\b(?:with|upon|on) (?:the )?advice (?:from|of)\b[^.;]{0,25}$|\balso (?:raise|inform|notify|copy|tell|refer)\w*\b[^.;]{0,40}$|\bwhether\b[^.;]*$/i;
/** "…the appropriate Cabinet Member or Committee Chair concerned should be advised": told, after the role. */
const TOLD_AFTER = /^[^.;]{0,40}?\b(?:should|will|must|may|shall) be (?:advised|informed|notified|told|consulted|copied|kept informed|asked for (?:assistance|advice))\b/i;
/** Words joining two roles as one step: "X, Y or Z", "X and / or Y". */
const JOINED = /^\s*(?:,|or|and\s*\/\s*or|\/)\s*(?:or\s+)?(?:to\s+)?(?:the|their|an?|relevant|appropriate|\s)*$/i;
/** Words joining a role to one only told before it ("with the Chief Executive and then, if appropriate, with the…"). */
const JOINED_TOLD = /^\s*(?:,|or|and|and\s*\/\s*or|\/|and then,? (?:if appropriate,? )?with)\s*(?:the|their|an?|relevant|appropriate|\s)*$/i;

type EscalationStep = EscalationValue['steps'][number];

/** The steps one clause adds to a chain (which may already have steps, from the clause before). */
function clauseSteps(text: string, steps: EscalationStep[], isLocalCouncil: boolean, clause?: string): { first: [number, number] | null; last: number } {
  const sentences = [...text.matchAll(/[^.!?]+[.!?]*/g)];
  let first: [number, number] | null = null;
  let last = 0;
  for (const sm of sentences) {
    const sent = sm[0];
    const offset = sm.index!;
    const cue = ESCALATION_CUE.exec(sent);
    const named = roleMentions(sent);
    const subjects = named.filter((r) => !r.generic && SUBJECT_CUE.test(sent.slice(r.end)) && /breach|complain|concern|allegation/i.test(sent));
    if (!cue && !subjects.length) continue;
    let previousEnd = -1;
    let previousTold = false;
    // A procedure named as the next stage ("invoke the council's Disciplinary Procedure") is the council's to run.
    const procedures: RoleMention[] = [...sent.matchAll(/\b(?:formal |the |council(?:’s|'s) )*(disciplinary|grievance|complaints?) procedures?\b/gi)].map((m) => ({
      key: 'full_council' as RoleKey,
      kind: 'body' as RoleKind,
      title: `Council (${m[1]!.replace(/^./, (c) => c.toUpperCase())} Procedure)`,
      start: m.index!,
      end: m.index! + m[0].length,
      generic: false,
    }));
    const mentions = [...named.filter((r) => !procedures.some((p) => r.start < p.end && r.end > p.start)), ...procedures].sort((a, b) => a.start - b.start);
    for (const r of mentions) {
      if (r.generic) continue;
      const subject = subjects.includes(r);
      // Roles named before the cue in the first sentence are usually who complains, not who handles.
      if (!subject && steps.length === 0 && (!cue || r.start < cue.index) && !/first (?:instance|place)/i.test(cue?.[0] ?? '')) continue;
      const key: RoleKey = r.key === 'monitoring_officer' && isLocalCouncil ? 'principal_council_monitoring_officer' : r.key;
      if (['party_group', 'committee', 'executive'].includes(key)) continue;
      const between = previousEnd >= 0 ? sent.slice(previousEnd, r.start) : null;
      const before = sent.slice(Math.max(0, previousEnd), r.start);
      // Told, consulted or advising (or joined to one who is): not a step.
      const told: boolean = TOLD_BEFORE.test(before) || TOLD_AFTER.test(sent.slice(r.end)) || (previousTold && between !== null && JOINED_TOLD.test(between));
      previousEnd = r.end;
      previousTold = told;
      if (told) continue;
      // "the Executive Director or Service Manager", "X, Y or to Z": one step with alternatives, not a sequence.
      const current = steps[steps.length - 1];
      if (current && between !== null && JOINED.test(between)) {
        if (key !== current.role && !current.alternatives?.includes(key)) (current.alternatives ??= []).push(key);
        last = offset + r.end;
        continue;
      }
      if (current?.role === key) continue;
      steps.push({ role: key, title: normaliseTitle(r.title), ...(clause ? { clause } : {}) });
      first ??= [offset + r.start, offset + r.end];
      last = offset + r.end;
    }
  }
  return { first, last };
}

function escalationSuggestions(doc: StructuredText, next: () => string, isLocalCouncil: boolean): Suggestion[] {
  const out: Suggestion[] = [];
  // The chain last found, which the next clauses of its section may carry on (at most two clauses between).
  let open: { suggestion: Suggestion & { kind: 'escalation' }; section: string | null; index: number } | null = null;
  doc.clauses.forEach((c, index) => {
    const carries = open && open.section === c.section && index - open.index <= 3 && CONTINUATION.test(c.text) && !/\bin the first (?:instance|place)\b/i.test(c.text);
    if (carries && open) {
      const steps = open.suggestion.value.steps;
      const before = steps.length;
      clauseSteps(c.text, steps, isLocalCouncil, c.id);
      if (steps.length > before) {
        open.index = index;
        open.suggestion.confidence = 0.7;
        open.suggestion.pattern = 'escalation.sequence';
      }
      return;
    }
    if (!ESCALATION_TOPIC.test(c.text)) return;
    const steps: EscalationStep[] = [];
    const { first, last } = clauseSteps(c.text, steps, isLocalCouncil);
    if (steps.length === 0 || !first) return;
    const suggestion: Suggestion & { kind: 'escalation' } = {
      id: next(),
      kind: 'escalation',
      clause: c.id,
      span: [first[0], last],
      excerpt: c.text.slice(first[0], last),
      confidence: steps.length > 1 ? 0.7 : 0.5,
      pattern: steps.length > 1 ? 'escalation.sequence' : 'escalation.single_step',
      value: { steps },
    };
    out.push(suggestion);
    open = { suggestion, section: c.section, index };
  });
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Dates: adoption, last updated, review

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_RE = `(?:${MONTHS.join('|')}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?`;
const pad = (n: number) => String(n).padStart(2, '0');
const year4 = (y: string) => (y.length === 2 ? (Number(y) > 70 ? `19${y}` : `20${y}`) : y);
const validDate = (y: number, m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();

/** A date as stated, at the precision stated: "25 June 2009", "June 2009", "2009", "25/06/2009", "09.09.21", "250609". */
export const DATE_RE = new RegExp(
  [
    `(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_RE})\\s*,?\\s+(\\d{4})`,
    `(${MONTH_RE})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`,
    `(${MONTH_RE})\\s+(\\d{4})`,
    `(\\d{1,2})[./-](\\d{1,2})[./-](\\d{4}|\\d{2})`,
    `(\\d{4})-(\\d{2})-(\\d{2})`,
    `\\b(\\d{2})(\\d{2})(\\d{2})\\b`,
    `\\b((?:19|20)\\d{2})\\b`,
  ]
    .map((p) => `(?:${p})`)
    .join('|'),
  'i',
);

export function parseStatedDate(m: RegExpExecArray): string | null {
  const g = m.slice(1);
  const month = (s: string) => MONTHS.findIndex((x) => x.startsWith(s.toLowerCase().replace('.', '').slice(0, 3))) + 1;
  const full = (y: string, mo: number, d: number) => (validDate(Number(y), mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : null);
  if (g[0]) return full(g[2]!, month(g[1]!), Number(g[0]));
  if (g[3]) return full(g[5]!, month(g[3]!), Number(g[4]));
  if (g[6]) return `${g[7]}-${pad(month(g[6]!))}`;
  if (g[8]) return full(year4(g[10]!), Number(g[9]), Number(g[8]));
  if (g[11]) return full(g[11]!, Number(g[12]), Number(g[13]));
  if (g[14]) return full(year4(g[16]!), Number(g[15]), Number(g[14])); // DDMMYY, as in "Agreed Council 250609"
  if (g[17]) return g[17]!;
  return null;
}

const BODY_KEYS: RoleKey[] = ['full_council', 'executive', 'standards_committee', 'policy_committee', 'personnel_committee', 'overview_scrutiny_committee', 'committee'];
const bodyIn = (text: string): RoleKey | undefined => {
  const mentions = roleMentions(text).filter((r) => BODY_KEYS.includes(r.key));
  const specific = mentions.find((r) => !r.generic) ?? mentions.find((r) => r.key !== 'committee');
  if (specific) return specific.key;
  return /\bCouncil\b/.test(text) ? 'full_council' : undefined;
};

function dateSuggestions(doc: StructuredText, next: () => string): Suggestion[] {
  const out: Suggestion[] = [];
  const lines: { clause: ImportedClause | { id: string; text: string }; text: string }[] = doc.clauses.map((c) => ({ clause: c, text: c.text }));
  for (const { clause, text } of lines) {
    // Adoption: "Adopted: October 2024", "Agreed Council 250609", "adopted by the Council on 12 March 2020".
    const adopt = new RegExp(`\\b(adopted|agreed|approved)\\b(?:\\s*(?:by|at))?\\s*:?\\s*((?:the\\s+)?(?:Full\\s+)?(?:Council|Cabinet|[A-Z][A-Za-z&]+(?:\\s+(?:and|&)\\s+[A-Z][a-z]+)?\\s+Committee)(?:’s|'s)?)?\\s*(?:on|in|at its meeting on|meeting of)?\\s*:?\\s*(?=\\S)`, 'gi');
    for (let m = adopt.exec(text); m; m = adopt.exec(text)) {
      const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
      const d = DATE_RE.exec(rest);
      if (!d || d.index > 3) continue;
      const on = parseStatedDate(d);
      if (!on) continue;
      const end = m.index + m[0].length + d.index + d[0].length;
      const by = m[2] ? bodyIn(m[2]) : undefined;
      out.push({
        id: next(),
        kind: 'adoption',
        clause: clause.id,
        span: [m.index, end],
        excerpt: text.slice(m.index, end),
        confidence: /^adopted/i.test(m[1]!) ? 0.95 : 0.8,
        pattern: m[2] ? 'adoption.body_and_date' : 'adoption.date',
        value: { on, ...(by ? { by } : {}) },
      });
    }
    // Last updated: "(Members Enquiries section updated on 09.09.21)", "Last updated: March 2023".
    const upd = /(?:\b([A-Z][A-Za-z’' ]{2,40}?)\s+)?\b(?:last\s+)?(?:updated|amended|revised)\b(?:\s+on)?\s*:?\s*/gi;
    for (let m = upd.exec(text); m; m = upd.exec(text)) {
      const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
      const d = DATE_RE.exec(rest);
      if (!d || d.index > 2) continue;
      const on = parseStatedDate(d);
      if (!on) continue;
      const end = m.index + m[0].length + d.index + d[0].length;
      const scope = m[1] && !/^last$/i.test(m[1].trim()) ? m[1].replace(/^\(/, '').trim() : undefined;
      out.push({
        id: next(),
        kind: 'last_updated',
        clause: clause.id,
        span: [m.index, end],
        excerpt: text.slice(m.index, end),
        confidence: 0.85,
        pattern: scope ? 'last_updated.scope_and_date' : 'last_updated.date',
        value: { on, ...(scope ? { scope } : {}) },
      });
    }
    // Review: "Review: October 2025", "reviewed annually by the Standards Committee", "every two years".
    const rev = /\b(?:next\s+)?review(?:ed)?(?:\s+date)?\b\s*(?::|due|by|on|in)?\s*/gi;
    for (let m = rev.exec(text); m; m = rev.exec(text)) {
      const sentEnd = text.indexOf('.', m.index);
      const sentence = text.slice(m.index, sentEnd < 0 ? text.length : sentEnd + 1);
      const value: ReviewValue = {};
      const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
      const d = DATE_RE.exec(rest);
      if (d && d.index <= 2) {
        const on = parseStatedDate(d);
        if (on && on.length >= 7) value.on = on;
      }
      const cadence = /\b(annually|every year|each year|yearly)\b|\bevery\s+(\d+|two|three|four|five)\s+years?\b|\bevery\s+(\d+|six|twelve|eighteen)\s+months\b/i.exec(sentence);
      if (cadence) value.everyMonths = cadence[1] ? 12 : cadence[2] ? toNumber(cadence[2].toLowerCase()) * 12 : Number(NUMBER_WORDS[cadence[3]!.toLowerCase()] ?? cadence[3]);
      const byBody = /\b(?:reviewed|monitored)\b[^.]*?\bby\s+((?:the\s+)?[^,.;]{3,60})/i.exec(sentence) ?? /\bby\s+((?:the\s+)?[^,.;]{3,60}?)\s+who\s+will\s+(?:monitor|review)/i.exec(text);
      if (byBody) value.body = bodyIn(byBody[1]!);
      const amended = /\b(?:recommendations?|amendments?)\b[^.]*?\bto\s+(?:the\s+)?(Full\s+Council|Council|Cabinet)\b/i.exec(sentence);
      if (amended) value.amendedBy = bodyIn(amended[1]!);
      if (!value.on && !value.everyMonths && !value.body) continue;
      out.push({
        id: next(),
        kind: 'review',
        clause: clause.id,
        span: [m.index, m.index + sentence.length],
        excerpt: sentence,
        confidence: value.on || value.everyMonths ? 0.9 : 0.7,
        pattern: value.on ? 'review.date' : value.everyMonths ? 'review.cadence' : 'review.body',
        value,
      });
      break;
    }
    // "approved by the Council's Standards Committee who will monitor its operation": a reviewing body.
    const monitor = /\bapproved by\s+((?:the\s+)?[^,.;]{3,60}?)\s+who\s+will\s+(?:monitor|review|oversee)\b[^.]*/i.exec(text);
    if (monitor && !out.some((o) => o.kind === 'review' && o.clause === clause.id)) {
      const body = bodyIn(monitor[1]!);
      if (body) out.push({ id: next(), kind: 'review', clause: clause.id, span: [monitor.index, monitor.index + monitor[0].length], excerpt: monitor[0], confidence: 0.7, pattern: 'review.monitoring_body', value: { body } });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Confidentiality, access, correspondence

const ACCESS_PATTERNS: { re: RegExp; classification: Classification; pattern: string }[] = [
  { re: /\bexempt (?:or confidential )?(?:information|items?|reports?|papers?|business)\b|\bexempt\b/gi, classification: 'exempt', pattern: 'access.exempt' },
  { re: /\bconfidential(?:ity)?\b|\bconfidences?\b/gi, classification: 'confidential', pattern: 'access.confidential' },
  { re: /\b(?:personal|sensitive) (?:data|information|details) (?:about|on|of|relating to) (?:individual )?(?:employees|staff|officers)\b|\bpersonnel (?:files|records|matters)\b|\binformation regarding officers\b/gi, classification: 'employee_personal', pattern: 'access.employee_personal' },
  { re: /\bcommercially sensitive\b|\bcommercial(?:ly)? (?:confidential|interests?)\b/gi, classification: 'commercially_sensitive', pattern: 'access.commercially_sensitive' },
  { re: /\bdraft (?:reports?|documents?|papers?)\b/gi, classification: 'draft_report', pattern: 'access.draft_report' },
  { re: /\b(?:party|political) group (?:meetings?|discussions?|deliberations?)\b[^.]*\b(?:confidential|private)\b/gi, classification: 'party_group', pattern: 'access.party_group' },
  { re: /\bpublic(?:ly)? (?:available|domain|inspection)\b|\bopen to the public\b|\bright to (?:inspect|see|access)\b/gi, classification: 'public', pattern: 'access.public' },
];

const ACCESS_CONTEXT = /\b(?:information|documents?|papers?|reports?|access|inspect|disclos|release|see|data)\w*/i;

function accessSuggestions(doc: StructuredText, next: () => string): Suggestion[] {
  const out: Suggestion[] = [];
  for (const c of doc.clauses) {
    const seen = new Set<Classification>();
    for (const p of ACCESS_PATTERNS) {
      p.re.lastIndex = 0;
      const m = p.re.exec(c.text);
      if (!m || seen.has(p.classification)) continue;
      if (!ACCESS_CONTEXT.test(c.text)) continue;
      seen.add(p.classification);
      out.push({
        id: next(),
        kind: 'access',
        clause: c.id,
        span: [m.index, m.index + m[0].length],
        excerpt: m[0],
        confidence: p.classification === 'confidential' || p.classification === 'exempt' ? 0.7 : 0.6,
        pattern: p.pattern,
        value: { classification: p.classification },
      });
    }
  }
  return out;
}

const CORRESPONDENCE_PATTERNS: { re: RegExp; key: CorrespondenceRuleKey; pattern: string }[] = [
  { re: /\b(?:blind|silent)[”"’']? cop(?:y|ies|ied)\b|\bblind copied\b|\bbcc\b/gi, key: 'no_blind_copies', pattern: 'correspondence.no_blind_copies' },
  {
    re: /\bcorrespondence[^.]{0,120}\bshould not (?:normally )?be copied\b|\bshould not (?:normally )?(?:be )?cop(?:y|ied)[^.]{0,80}\bcorrespondence\b|\bcop(?:y|ied) the correspondence to another [Mm]ember\b/gi,
    key: 'copy_member_letter_with_notice_or_consent',
    pattern: 'correspondence.copy_with_notice',
  },
  { re: /\bcopies of correspondence will (?:normally )?be sent to all councillors\b|\bcop(?:y|ied) to (?:the )?(?:other )?ward [Mm]embers\b/gi, key: 'members_copied_on_ward_issues_unless_asked', pattern: 'correspondence.ward_copies' },
  { re: /\bward [Mm]ember(?:\/s)?[^.]{0,40}\b(?:notified|informed|told)\b/gi, key: 'ward_members_notified', pattern: 'correspondence.ward_notified' },
  { re: /\b(?:letters?|correspondence)[^.]{0,80}\bin the name of the (?:relevant |appropriate )?(?:officer|employee)\b|\bnever be sent (?:out )?in the name of a Member\b|\bin (?:the|their|his or her) own name\b[^.]{0,40}\bofficer/gi, key: 'officer_letters_in_own_name', pattern: 'correspondence.officer_name' },
  { re: /\bMayor may initiate correspondence\b|\bMayor\b[^.]{0,60}\bcorrespondence\b/gi, key: 'mayor_correspondence', pattern: 'correspondence.mayor' },
  {
    re: /\b(?:party political|campaigning|political)\b[^.]{0,80}\b(?:stationery|resources|support services|headed paper|franking)\b|\b(?:stationery|resources|support services)\b[\s\S]{0,160}?\b(?:party political|political purposes|campaigning)\b/gi,
    key: 'political_correspondence_not_on_council_resources',
    pattern: 'correspondence.political_resources',
  },
  { re: /\bshould not be copied[^.]{0,40}\bto the media\b|\bcopied by the Member to the media\b/gi, key: 'no_copies_to_media', pattern: 'correspondence.no_media_copies' },
  { re: /\bshould not contact the Press\b|\bcontact (?:with )?the (?:press|media)[^.]{0,60}\bthrough the (?:Town )?Clerk\b/gi, key: 'press_contact_through_clerk', pattern: 'correspondence.press_through_clerk' },
];

function correspondenceSuggestions(doc: StructuredText, next: () => string): Suggestion[] {
  const out: Suggestion[] = [];
  for (const c of doc.clauses) {
    for (const p of CORRESPONDENCE_PATTERNS) {
      p.re.lastIndex = 0;
      const m = p.re.exec(c.text);
      if (!m) continue;
      out.push({ id: next(), kind: 'correspondence', clause: c.id, span: [m.index, m.index + m[0].length], excerpt: m[0], confidence: 0.7, pattern: p.pattern, value: { key: p.key } });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------

/**
 * A local (town, parish or community) council's protocol names a Clerk and no Chief Executive; its
 * Monitoring Officer is the principal council's.
 */
export function looksLikeLocalCouncil(doc: StructuredText): boolean {
  const keys = new Set(doc.clauses.flatMap((c) => roleMentions(c.text).map((m) => m.key)));
  return keys.has('clerk') && !keys.has('chief_executive');
}

/** Every suggestion for a structured document, in a stable order (kind, then position). */
export function suggest(doc: StructuredText): Suggestion[] {
  let n = 0;
  const next = () => `s${++n}`;
  const local = looksLikeLocalCouncil(doc);
  return [
    ...roleSuggestions(doc, next, local),
    ...timeLimitSuggestions(doc, next),
    ...escalationSuggestions(doc, next, local),
    ...dateSuggestions(doc, next),
    ...accessSuggestions(doc, next),
    ...correspondenceSuggestions(doc, next),
  ];
}
