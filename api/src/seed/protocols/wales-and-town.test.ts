import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { protocolProblems, type ConcernKind, type ProtocolDocument, type RoleKey } from '../../domain/protocol';
import { DEMO_PROTOCOLS } from './index';

/** The seed documents, read from their YAML files as an upload is. */
const { cwmbran, glanmor, kingsford } = DEMO_PROTOCOLS;

const documents: [name: string, doc: ProtocolDocument][] = [
  ['cwmbran', cwmbran],
  ['glanmor', glanmor],
  ['kingsford', kingsford],
];

const chain = (doc: ProtocolDocument, concern: ConcernKind, about?: RoleKey) => {
  const found = doc.chains.filter((c) => c.concern === concern && c.about === about);
  if (found.length !== 1) throw new Error(`expected one ${concern} chain${about ? ` about ${about}` : ''}, found ${found.length}`);
  return found[0];
};
const handlers = (doc: ProtocolDocument, concern: ConcernKind, about?: RoleKey) => chain(doc, concern, about).steps.map((s) => s.handler);
const role = (doc: ProtocolDocument, key: RoleKey) => {
  const r = doc.roles.find((x) => x.key === key);
  if (!r) throw new Error(`no role ${key}`);
  return r;
};
const standard = (doc: ProtocolDocument, category: string) => doc.responseStandards.find((s) => s.category === category);
const exception = (doc: ProtocolDocument, key: string) => doc.disclosureExceptions.find((e) => e.key === key);
const numbers = (doc: ProtocolDocument) => doc.clauses.flatMap((c) => (c.number ? [c.number] : []));

describe('Wales and town protocols: consistency', () => {
  test.each(documents)('%s has no protocol problems', (_name, doc) => {
    expect(protocolProblems(doc)).toEqual([]);
  });

  test.each(documents)('%s clause texts are tidy (no stray spaces or empty lines)', (_name, doc) => {
    for (const c of doc.clauses) {
      expect({ number: c.number, text: c.text.trim() }).toEqual({ number: c.number, text: c.text });
      expect({ number: c.number, doubleSpace: / {2}/.test(c.text), emptyLine: /\n\s*\n/.test(c.text) }).toEqual({
        number: c.number,
        doubleSpace: false,
        emptyLine: false,
      });
    }
  });
});

/** Facts that could break, each checked against the seed text it comes from. */
const facts: [fact: string, actual: () => unknown, expected: unknown][] = [
  // Cwmbran (seed 000)
  ['cwmbran: clauses 1 to 39 in order', () => numbers(cwmbran), Array.from({ length: 39 }, (_, i) => String(i + 1))],
  ['cwmbran: a complaint about the Clerk starts with the Chairman (clause 15)', () => [handlers(cwmbran, 'about_clerk', 'clerk')[0], chain(cwmbran, 'about_clerk', 'clerk').steps[0].clauses], ['chairman', ['15']]],
  ['cwmbran: the chairman is titled as the text has it', () => role(cwmbran, 'chairman').title, 'Chairman of the Council'],
  [
    "cwmbran: a member's complaint about an officer goes to the Clerk, or the Chairman when it is about the Clerk",
    () => {
      const s = chain(cwmbran, 'member_about_officer').steps[0];
      return [s.handler, s.alternatives, s.clauses];
    },
    ['clerk', ['chairman'], ['14', '15']],
  ],
  ['cwmbran: the Clerk decides on disciplinary procedures (clause 35)', () => chain(cwmbran, 'member_about_officer').steps[1].clauses, ['35']],
  ["cwmbran: an officer's concern about a member: Clerk, then advice from Torfaen's Monitoring Officer", () => handlers(cwmbran, 'officer_about_member'), ['clerk', 'principal_council_monitoring_officer']],
  ['cwmbran: a member/member breach: Clerk, then Monitoring Officer advice (clause 36)', () => handlers(cwmbran, 'member_about_member'), ['clerk', 'principal_council_monitoring_officer']],
  ['cwmbran: the Monitoring Officer belongs to Torfaen', () => role(cwmbran, 'principal_council_monitoring_officer').organisation, 'Torfaen County Borough Council'],
  ['cwmbran: code-of-conduct breaches go to the Ombudsman (clause 4)', () => [chain(cwmbran, 'code_of_conduct').externalBody, chain(cwmbran, 'code_of_conduct').clauses], ['ombudsman', ['4']]],
  ['cwmbran: the Ombudsman is named as the text names it', () => role(cwmbran, 'ombudsman').title, 'Public Services Ombudsman for Wales'],
  [
    'cwmbran: reviewed by the Policy & Finance Committee (clause 39), no interval given',
    () => [cwmbran.review.reviewingBody, role(cwmbran, 'policy_committee').title, cwmbran.review.reviewEveryMonths, cwmbran.review.clauses],
    ['policy_committee', 'Policy & Finance Committee', undefined, ['39']],
  ],
  ['cwmbran: no blind copies (clause 28)', () => cwmbran.correspondenceRules.find((r) => r.key === 'no_blind_copies')?.clauses, ['28']],
  ['cwmbran: no time limits, so no response standards', () => cwmbran.responseStandards, []],
  ['cwmbran: 11 expectations listed in clause 9', () => cwmbran.expectations.filter((e) => e.clauses[0] === '9').length, 11],
  ['cwmbran: 8 expectations listed in clause 10', () => cwmbran.expectations.filter((e) => e.clauses[0] === '10').length, 8],

  // Glanmor (seed 001)
  [
    'glanmor: general correspondence is acknowledged within 5 working days (clause 6.3)',
    () => {
      const s = standard(glanmor, 'general_correspondence');
      return [s?.acknowledgeWithinDays, s?.clauses];
    },
    [5, ['6.3']],
  ],
  [
    "glanmor: a member's concern about an officer: Head of Service / Corporate Director / Chief Executive, Group Leader told",
    () => {
      const s = chain(glanmor, 'member_about_officer').steps[0];
      return [s.handler, s.alternatives, s.notify, s.action];
    },
    ['head_of_service', ['director', 'chief_executive'], ['group_leader'], 'investigate_and_report'],
  ],
  [
    "glanmor: a member's concern about an officer then goes to mediation on a relationship breakdown, needing the consent of all parties (clause 4.5)",
    () => {
      const s = chain(glanmor, 'member_about_officer').steps[1];
      return [s.handler, s.action, s.preconditions, s.clauses];
    },
    ['chief_executive', 'mediation', ['relationship_breakdown', 'consent_of_all_parties'], ['4.5']],
  ],
  ["glanmor: an officer's concern about a member: Head of Service, Chief Executive (mediation), Monitoring Officer", () => handlers(glanmor, 'officer_about_member'), ['head_of_service', 'chief_executive', 'monitoring_officer']],
  [
    'glanmor: serious misconduct starts at the Monitoring Officer and may end with the Ombudsman (clause 4.11)',
    () => {
      const c = chain(glanmor, 'officer_about_member');
      return [c.seriousStartsAt, c.steps[2].preconditions, c.steps[2].clauses, c.externalBody, role(glanmor, 'ombudsman').title];
    },
    [2, ['serious_only'], ['4.11'], 'ombudsman', 'Public Service Ombudsman for Wales'],
  ],
  [
    'glanmor: the Head of Service notifies the Director, and the Group Leader if the Member has one (clauses 4.7, 4.8)',
    () => [chain(glanmor, 'officer_about_member').steps[0].notify, chain(glanmor, 'officer_about_member').steps[0].mayNotify],
    [['director'], ['group_leader']],
  ],
  ['glanmor: a dissatisfied information request goes to the Corporate Director, then the Chief Executive (clause 6.2)', () => handlers(glanmor, 'information_request_refused'), ['director', 'chief_executive']],
  [
    // Issue 15, point 6: a committee's exempt papers are its confidential papers (6.4, 8.2), with the same grounds.
    'glanmor: committee members see their committee’s exempt papers as well as its confidential ones (clauses 6.4, 8.2)',
    () => (['confidential', 'exempt'] as const).map((c) => { const r = glanmor.accessRules.find((a) => a.classification === c); return [r?.grants.map((g) => g.kind), r?.clauses]; }),
    [[['committee_member', 'overview_scrutiny', 'need_to_know'], ['6.2', '6.4', '8.2']], [['committee_member', 'overview_scrutiny', 'need_to_know'], ['6.2', '6.4', '8.2']]],
  ],
  [
    // Issue 15, point 3: clause 26 sends a concern about the Town Clerk or another employee to the Town Clerk first, even about the Town Clerk.
    'kingsford: the Town Clerk takes the first step even when the concern is about the Town Clerk (clause 26)',
    () => [chain(kingsford, 'member_about_officer').steps[0].withSubjectFirst, chain(kingsford, 'about_clerk', 'clerk').steps[0].withSubjectFirst],
    [true, true],
  ],
  ['glanmor: the four confidentiality exceptions of clause 8.1', () => glanmor.disclosureExceptions.map((e) => [e.key, e.clauses[1]]), [['consent', '8.1.1'], ['required_by_law', '8.1.2'], ['professional_advice', '8.1.3'], ['public_interest', '8.1.4']]],
  ['glanmor: public interest disclosure needs the Monitoring Officer consulted first (clause 8.6)', () => [exception(glanmor, 'public_interest')?.consult, exception(glanmor, 'public_interest')?.clauses.includes('8.6')], ['monitoring_officer', true]],
  ["glanmor: no 'silent copies' (clause 9.2.2)", () => glanmor.correspondenceRules.find((r) => r.key === 'no_blind_copies')?.clauses, ['9.2.2']],
  ['glanmor: the misplaced 9.3.1 sits between 1.1 and 1.2, as written', () => numbers(glanmor).slice(1, 5), ['1.1', '9.3.1', '1.2', '1.3']],
  ['glanmor: the misplaced 9.3.4 follows 9.4.3, as written', () => numbers(glanmor).slice(numbers(glanmor).indexOf('9.4.3'), numbers(glanmor).indexOf('9.4.3') + 3), ['9.4.3', '9.3.4', '10']],
  ['glanmor: the text is silent on review', () => glanmor.review, { clauses: [] }],

  // Kingsford (seed 003)
  [
    'kingsford: adopted October 2024, review October 2025',
    () => [kingsford.review.adoptedOn?.slice(0, 7), kingsford.review.reviewOn?.slice(0, 7), kingsford.review.clauses],
    ['2024-10', '2025-10', ['adoption']],
  ],
  ['kingsford: the unitary Monitoring Officer belongs to another council', () => [role(kingsford, 'principal_council_monitoring_officer').kind, role(kingsford, 'principal_council_monitoring_officer').organisation], ['external', 'Westmere Council']],
  [
    "kingsford: the unitary Monitoring Officer may mediate an officer's concern (clause 25), before NALC / SLCC advice and the Grievance Procedure",
    // Format 2: "an appropriate third party" or the Monitoring Officer; NALC and/or SLCC; the procedure itself.
    () => chain(kingsford, 'officer_about_member').steps.map((s) => [s.handledBy, s.action]),
    [
      [{ anyOf: [{ role: 'principal_council_monitoring_officer' }, { role: 'appropriate_third_party' }] }, 'mediation'],
      [{ anyOf: [{ role: 'nalc' }, { role: 'slcc' }] }, 'advice'],
      [{ procedure: { name: 'the Council’s formal Grievance Procedure' } }, 'grievance_procedure'],
    ],
  ],
  ['kingsford: the Town Clerk is the first point for complaints about staff (clause 26)', () => [handlers(kingsford, 'member_about_officer')[0], role(kingsford, 'clerk').title], ['clerk', 'Town Clerk']],
  ['kingsford: even about the Town Clerk, the Town Clerk first; then the Disciplinary Procedure', () => chain(kingsford, 'about_clerk', 'clerk').steps.map((s) => s.action), ['informal_discussion', 'disciplinary_procedure']],
  ['kingsford: the Town Clerk investigates breaches of confidence (clause 22)', () => [handlers(kingsford, 'confidentiality_breach'), chain(kingsford, 'confidentiality_breach').clauses], [['clerk'], ['22']]],
  [
    'kingsford: employee data only via the Personnel Committee (clause 10)',
    () => kingsford.accessRules.find((a) => a.classification === 'employee_personal')?.grants.map((g) => [g.kind, g.committee]),
    [['committee_member', 'personnel_committee']],
  ],
  ['kingsford: 12 expectations listed in clause 8', () => kingsford.expectations.filter((e) => e.clauses[0] === '8').length, 12],
  ['kingsford: 8 expectations listed in clause 9', () => kingsford.expectations.filter((e) => e.clauses[0] === '9').length, 8],
  ['kingsford: NALC and SLCC are external', () => [role(kingsford, 'nalc').kind, role(kingsford, 'slcc').title], ['external', 'Society for Local Council Clerks']],
];

describe('Wales and town protocols: facts from the texts', () => {
  test.each(facts)('%s', (_fact, actual, expected) => {
    expect(actual()).toEqual(expected);
  });
});

/**
 * The seed texts live beside the project in development only (../shared/seeds); a user's clone does not
 * have them, and then this block is skipped. Each pattern finds the clause numbers that start a line.
 */
const SEEDS = resolve(__dirname, '../../../../..', 'shared', 'seeds');
const haveSeeds = existsSync(SEEDS);
const seeds: [name: string, doc: ProtocolDocument, file: string, clauseStart: RegExp][] = [
  // "1. The Code of Conduct applies ..."
  ['cwmbran', cwmbran, '000_1600a86ae58f63c6.txt', /^[ \t]*(\d{1,2})\.[ \t]/gm],
  // "1.0  Introduction", "4. Dealing with Disputes", "10.1.1 being a Member ...", "3 Roles of Officers";
  // one or two digits per part, so a wrapped line starting "1986 from publishing" is not a clause.
  ['glanmor', glanmor, '001_52068c9ac8df453b.txt', /^[ \t]*(\d{1,2}(?:\.\d{1,2})*)\.?[ \t]+\S/gm],
  // Markdown: "1. This protocol is intended ..."
  ['kingsford', kingsford, '003_fbcb302b638d596d.txt', /^[ \t]*(\d{1,2})\.[ \t]/gm],
];
const inText = (file: string, pattern: RegExp) => [...readFileSync(join(SEEDS, file), 'utf8').matchAll(pattern)].map((m) => m[1]);

(haveSeeds ? describe : describe.skip)(
  haveSeeds ? 'Wales and town protocols: clause numbers against the seed texts' : 'Wales and town protocols: clause numbers against the seed texts (skipped: ../shared/seeds is not in this checkout)',
  () => {
    test.each(seeds)('%s has every clause number that starts a line of its text', (_name, doc, file, pattern) => {
      const found = inText(file, pattern);
      expect(found.length).toBeGreaterThan(0);
      expect(found.filter((n) => !numbers(doc).includes(n))).toEqual([]);
    });

    test.each(seeds)('%s has them in the order of its text, and no other numbered clauses', (_name, doc, file, pattern) => {
      expect(numbers(doc).filter((n) => /^\d/.test(n))).toEqual(inText(file, pattern));
    });
  },
);
