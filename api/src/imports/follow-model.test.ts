import { protocolProblems, type ProtocolDocument } from '../domain/protocol';
import { followModelWith, modelDifferences, type Keep } from './follow-model';

const base = (over: Partial<ProtocolDocument>): ProtocolDocument => ({
  format: 2,
  title: 'Protocol',
  clauses: [],
  roles: [],
  expectations: [],
  chains: [],
  responseStandards: [],
  accessRules: [],
  disclosureExceptions: [],
  correspondenceRules: [],
  obligations: [],
  adviceRoutes: [],
  review: { clauses: [] },
  ...over,
});

/** The county's model: 5 working days, the Clerk, a confidentiality clause, a Monitoring Officer. */
const MODEL = base({
  title: 'Model protocol',
  sections: [{ id: 's-enquiries', heading: 'Enquiries' }],
  clauses: [
    { id: '1', number: '1', section: 's-enquiries', text: 'The Clerk responds to enquiries within 5 working days.' },
    { id: '2', number: '2', section: 's-enquiries', text: 'Members keep confidential information confidential.' },
    { id: '3', number: '3', text: 'The Monitoring Officer advises on the Code.' },
  ],
  roles: [
    { key: 'clerk', title: 'Clerk', kind: 'officer', clauses: ['1'] },
    { key: 'monitoring_officer', title: 'Monitoring Officer', kind: 'officer', clauses: ['3'] },
  ],
  responseStandards: [{ category: 'general_correspondence', handler: 'clerk', escalateTo: [], respondWithinDays: 5, description: 'Responses', clauses: ['1'] }],
  review: { adoptedOn: '2023-05-01', adoptedBy: 'clerk', reviewEveryMonths: 12, clauses: ['1'] },
});

/** The council's document: 10 working days from the Town Clerk, a clause of its own, its own Chairman. */
const DOC = base({
  title: 'Kingsford protocol',
  sections: [{ id: 's-enquiries', heading: 'Enquiries' }, { id: 's-extra', heading: 'Local' }],
  clauses: [
    { id: 'p1', number: null, text: 'Adopted: October 2024' },
    { id: '1', number: '1', section: 's-enquiries', text: 'The Town Clerk responds to enquiries within 10 working days.' },
    { id: '2', number: '2', section: 's-enquiries', text: 'Members keep confidential information confidential.' },
    { id: '4', number: '4', section: 's-extra', text: 'The Chairman hears complaints about the Clerk.' },
  ],
  roles: [
    { key: 'clerk', title: 'Town Clerk', kind: 'officer', clauses: ['1'] },
    { key: 'chairman', title: 'Chairman', kind: 'member', clauses: ['4'] },
  ],
  responseStandards: [{ category: 'general_correspondence', handler: 'clerk', escalateTo: [], respondWithinDays: 10, description: 'Responses', clauses: ['1'] }],
  chains: [
    {
      concern: 'about_clerk',
      severity: 'any',
      steps: [{ handler: 'chairman', action: 'raise_concern', description: 'Raise it with the Chairman', notify: [], preconditions: [], clauses: ['4'] }],
      clauses: ['4'],
    },
  ],
  review: { adoptedOn: '2024-10', clauses: ['p1'] },
});

describe('modelDifferences', () => {
  const diffs = modelDifferences(MODEL, DOC);
  it.each([
    ['clause:1', 'changed', 'document'],
    ['clause:3', 'removed', 'model'],
    ['clause:p1', 'added', 'document'],
    ['clause:4', 'added', 'document'],
    ['rule:role:clerk', 'changed', 'document'],
    ['rule:role:chairman', 'added', 'document'],
    ['rule:role:monitoring_officer', 'removed', 'model'],
    ['rule:response_standard:general_correspondence', 'changed', 'document'],
    ['rule:chain:about_clerk/any', 'added', 'document'],
  ] as const)('%s is %s, the %s kept by default', (id, change, keep) => {
    expect(diffs.find((d) => d.id === id)).toMatchObject({ change, keep });
  });
  it('a clause worded the same is no difference; each side says what it says', () => {
    expect(diffs.find((d) => d.id === 'clause:2')).toBeUndefined();
    const std = diffs.find((d) => d.id === 'rule:response_standard:general_correspondence')!;
    expect([(std.model as any).respondWithinDays, (std.document as any).respondWithinDays]).toEqual([5, 10]);
  });
  it('the review schedule differs only where the document states one', () => {
    expect(diffs.find((d) => d.kind === 'review')).toBeUndefined();
    const withReview = modelDifferences(MODEL, { ...DOC, review: { ...DOC.review, reviewEveryMonths: 24 } });
    expect(withReview.find((d) => d.kind === 'review')).toMatchObject({ change: 'changed', model: { reviewEveryMonths: 12 }, document: { reviewEveryMonths: 24 } });
  });
});

describe('followModelWith', () => {
  const cases: [string, Record<string, Keep>, (d: ProtocolDocument) => unknown, unknown][] = [
    ["by default the document's time limit", {}, (d) => d.responseStandards[0]!.respondWithinDays, 10],
    ["the model's time limit when chosen", { 'rule:response_standard:general_correspondence': 'model' }, (d) => d.responseStandards[0]!.respondWithinDays, 5],
    ["by default the document's wording of a clause both have, in the model's place and section", {}, (d) => d.clauses.find((c) => c.id === '1'), { id: '1', number: '1', section: 's-enquiries', text: 'The Town Clerk responds to enquiries within 10 working days.' }],
    ["the model's wording when chosen", { 'clause:1': 'model' }, (d) => d.clauses.find((c) => c.id === '1')!.text, 'The Clerk responds to enquiries within 5 working days.'],
    ['clause order: the model\'s, each of the document\'s own right after the clause before it in the document', {}, (d) => d.clauses.map((c) => c.id), ['p1', '1', '2', '4', '3']],
    ["a clause only in the model stays unless dropped", { 'clause:3': 'document', 'rule:role:monitoring_officer': 'document' }, (d) => d.clauses.map((c) => c.id), ['p1', '1', '2', '4']],
    ["the document's own clause left out when chosen", { 'clause:4': 'model', 'clause:p1': 'model', 'rule:chain:about_clerk/any': 'model', 'rule:role:chairman': 'model' }, (d) => d.clauses.map((c) => c.id), ['1', '2', '3']],
    ["the document's own section comes with its clause", {}, (d) => d.sections?.map((s) => s.id), ['s-enquiries', 's-extra']],
    ['roles: the model\'s kept, the document\'s title for one both have, the document\'s own added', {}, (d) => d.roles.map((r) => `${r.key}:${r.title}`), ['clerk:Town Clerk', 'monitoring_officer:Monitoring Officer', 'chairman:Chairman']],
    ["the model's adoption facts are not the council's; the document's dates are", {}, (d) => d.review, { adoptedOn: '2024-10', reviewEveryMonths: 12, clauses: ['1'] }],
  ];
  it.each(cases)('%s', (_what, choices, pick, expected) => {
    const { document } = followModelWith(MODEL, DOC, choices);
    expect(pick(document)).toEqual(expected);
  });

  it('the default makes a consistent draft', () => {
    expect(protocolProblems(followModelWith(MODEL, DOC).document)).toEqual([]);
  });

  it("a rule kept from the document whose clause or role was left out is a problem shown, not mended", () => {
    const left = followModelWith(MODEL, DOC, { 'clause:4': 'model', 'rule:role:chairman': 'model' });
    expect(left.document.clauses.some((c) => c.id === '4')).toBe(false);
    expect(left.document.chains).toHaveLength(1);
    const paths = protocolProblems(left.document).map((p) => p.path);
    expect(paths.some((p) => p.startsWith('chains[0]'))).toBe(true);
  });

  it("the model's Welsh text of a clause whose words the document changes is left out, and said so", () => {
    const model = { ...MODEL, clauses: MODEL.clauses.map((c) => (c.id === '1' ? { ...c, textCy: "Mae'r Clerc yn ymateb." } : c)) };
    const { document, notes } = followModelWith(model, DOC);
    expect(document.clauses.find((c) => c.id === '1')!.textCy).toBeUndefined();
    expect(notes).toEqual([expect.stringMatching(/^Clause 1: the model's Welsh text was left out/)]);
    expect(followModelWith(model, DOC, { 'clause:1': 'model' }).document.clauses.find((c) => c.id === '1')!.textCy).toBe("Mae'r Clerc yn ymateb.");
  });
});
