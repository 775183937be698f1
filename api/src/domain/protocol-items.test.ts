import { assembleDocument, documentItems, itemKey, nextReviewDue, renumberCitations } from './protocol-items';
import { protocolProblems, type ProtocolDocument } from './protocol';

const doc: ProtocolDocument = {
  title: 'Test protocol',
  clauses: [
    { number: '1', text: 'Members can expect courtesy.' },
    { number: '2', text: 'Officers can expect respect.' },
    { number: '3', heading: 'Complaints', text: 'Complaints go to the Clerk; about the Clerk, to the Chairman.' },
  ],
  roles: [
    { key: 'clerk', title: 'Clerk', kind: 'officer', clauses: ['3'] },
    { key: 'chairman', title: 'Chairman', kind: 'member', clauses: ['3'] },
  ],
  expectations: [
    { direction: 'members_from_officers', text: 'courtesy', clauses: ['1'] },
    { direction: 'officers_from_members', text: 'respect', clauses: ['2'] },
    { direction: 'members_from_officers', text: 'timely replies', clauses: ['1'] },
  ],
  chains: [
    {
      concern: 'about_clerk',
      severity: 'any',
      about: 'clerk',
      clauses: [],
      steps: [{ handler: 'chairman', action: 'investigate_and_report', description: 'The Chairman looks into it', notify: [], preconditions: [], clauses: ['3'] }],
    },
  ],
  responseStandards: [],
  accessRules: [],
  disclosureExceptions: [],
  correspondenceRules: [],
  obligations: [
    { kind: 'duty', appliesTo: ['clerk'], text: 'Keeps the register', clauses: ['3'] },
    { kind: 'restriction', appliesTo: ['chairman'], text: 'Does not direct staff', clauses: ['3'] },
    { kind: 'duty', appliesTo: ['chairman'], text: 'Chairs fairly', clauses: [] },
  ],
  adviceRoutes: [{ topic: 'interpretation', description: 'The Clerk advises on this protocol', advisers: ['clerk'], clauses: ['3'] }],
  review: { adoptedOn: '2024-10-15', reviewEveryMonths: 12, clauses: [] },
};

test('the test document is consistent', () => {
  expect(protocolProblems(doc)).toEqual([]);
});

test('items get keys that identify them across versions', () => {
  const rows = documentItems(doc);
  expect(rows.map((r) => `${r.section}:${r.key}`)).toEqual([
    'role:clerk',
    'role:chairman',
    'expectation:members_from_officers/1',
    'expectation:officers_from_members/1',
    'expectation:members_from_officers/2',
    'chain:about_clerk/any/clerk',
    'obligation:duty/1',
    'obligation:restriction/1',
    'obligation:duty/2',
    'advice_route:interpretation',
  ]);
  expect(rows.find((r) => r.section === 'chain')!.clauses).toEqual(['3']); // steps' citations count
});

test('documentItems then assembleDocument gives the document back', () => {
  const rows = documentItems(doc).reverse();
  expect(assembleDocument(doc.title, doc.clauses, rows, doc.review)).toEqual({ format: 2, ...doc });
});

test.each([
  [{ adoptedOn: '2024-10-15', reviewEveryMonths: 12 }, '2025-10-15'],
  [{ adoptedOn: '2024-01-31', reviewEveryMonths: 1 }, '2024-02-29'],
  [{ adoptedOn: '2023-01-31', reviewEveryMonths: 13 }, '2024-02-29'],
  [{ adoptedOn: '2024-10-15', effectiveFrom: '2024-11-01', reviewEveryMonths: 24 }, '2026-11-01'],
  [{ adoptedOn: '2024-10-15', reviewEveryMonths: 12, reviewOn: '2025-10-31' }, '2025-10-31'],
  [{ adoptedOn: '2024-10-15' }, null],
  [{ reviewEveryMonths: 12 }, null],
])('nextReviewDue(%j) = %s', (review, expected) => {
  expect(nextReviewDue(review)).toBe(expected);
});

test('itemKey for a chain without a subject', () => {
  expect(itemKey('chain', { ...doc.chains[0], about: undefined, severity: 'serious', concern: 'member_about_officer' })).toBe('member_about_officer/serious');
});

test('renumberCitations follows a clause to its new number, in the rule and its steps', () => {
  const chain = doc.chains[0];
  const moved = renumberCitations(chain, '3', '3A')!;
  expect(moved.steps[0].clauses).toEqual(['3A']);
  expect(chain.steps[0].clauses).toEqual(['3']); // the original is untouched
  expect(renumberCitations(chain, '9', '10')).toBeNull();
  const role = renumberCitations(doc.roles[0], '3', '4')!;
  expect(role.clauses).toEqual(['4']);
});

test.each<[string, (d: ProtocolDocument) => void, string]>([
  ['an obligation for a role the protocol lacks', (d) => (d.obligations[0].appliesTo = ['mayor']), 'obligations[0].appliesTo[0]'],
  ['an obligation citing a missing clause', (d) => (d.obligations[1].clauses = ['9']), 'obligations[1].clauses[0]'],
  ['two advice routes on one topic', (d) => d.adviceRoutes.push({ ...d.adviceRoutes[0] }), 'adviceRoutes[1].topic'],
  ['an entry point past the last step', (d) => (d.chains[0].entryPoints = [{ step: 1, when: 'x' }]), 'chains[0].entryPoints[0].step'],
  ['a category on a chain that is not about late enquiries', (d) => (d.chains[0].category = 'planning'), 'chains[0].category'],
  ['a step consulting an undefined role', (d) => (d.chains[0].steps[0].consult = ['monitoring_officer']), 'chains[0].steps[0].consult[0]'],
  ['an amendment on a bad date', (d) => (d.review.amendments = [{ on: '2021-13-09', scope: 'Enquiries', clauses: [] }]), 'review.amendments[0].on'],
  ['amendments approved by an undefined body', (d) => (d.review.amendedBy = 'full_council'), 'review.amendedBy'],
  ['a role reporting to an undefined role', (d) => (d.roles[0].reportsTo = 'chief_executive'), 'roles[0].reportsTo'],
  ['a role reporting to itself', (d) => (d.roles[0].reportsTo = 'clerk'), 'roles[0].reportsTo'],
  ['two roles reporting to each other', (d) => ((d.roles[0].reportsTo = 'chairman'), (d.roles[1].reportsTo = 'clerk')), 'roles[1].reportsTo'],
  ['a standard of 400 working days', (d) => d.responseStandards.push({ category: 'complaint', handler: 'clerk', respondWithinDays: 400, escalateTo: [], description: 'x', clauses: [] }), 'responseStandards[0].respondWithinDays'],
  ['a standard of 400 calendar days', (d) => d.responseStandards.push({ category: 'complaint', handler: 'clerk', respondWithinDays: 400, unit: 'calendar_days', escalateTo: [], description: 'x', clauses: [] }), 'responseStandards[0].respondWithinDays'],
  ['urgent hours past a year', (d) => d.responseStandards.push({ category: 'complaint', handler: 'clerk', urgent: { respondWithinDays: 9000, unit: 'hours', description: 'x' }, escalateTo: [], description: 'x', clauses: [] }), 'responseStandards[0].urgent.respondWithinDays'],
  ['an unknown receipt convention', (d) => d.responseStandards.push({ category: 'complaint', handler: 'clerk', receiptOnNonWorkingDay: 'gov' as 'ico', escalateTo: [], description: 'x', clauses: [] }), 'responseStandards[0].receiptOnNonWorkingDay'],
  ['a cut-off written 4pm', (d) => d.responseStandards.push({ category: 'complaint', handler: 'clerk', cutOff: '4pm', escalateTo: [], description: 'x', clauses: [] }), 'responseStandards[0].cutOff'],
])('protocolProblems finds %s', (_name, spoil, path) => {
  const copy = structuredClone(doc);
  spoil(copy);
  expect(protocolProblems(copy).map((p) => p.path)).toContain(path);
});

test.each<[string, (d: ProtocolDocument) => void]>([
  ['a role reporting to another', (d) => (d.roles[0].reportsTo = 'chairman')],
  ['a standard of 400 hours', (d) => d.responseStandards.push({ category: 'complaint', handler: 'clerk', respondWithinDays: 400, unit: 'hours', escalateTo: [], description: 'x', clauses: [] })],
  ['a standard counted by the next-working-day reading with its own cut-off', (d) =>
    d.responseStandards.push({ category: 'complaint', handler: 'clerk', respondWithinDays: 20, receiptOnNonWorkingDay: 'next_working_day', cutOff: '16:30', escalateTo: [], description: 'x', clauses: [] })],
])('protocolProblems accepts %s', (_name, change) => {
  const copy = structuredClone(doc);
  change(copy);
  expect(protocolProblems(copy)).toEqual([]);
});
