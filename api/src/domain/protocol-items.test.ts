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
  obligations: [],
  adviceRoutes: [],
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
  ]);
  expect(rows.find((r) => r.section === 'chain')!.clauses).toEqual(['3']); // steps' citations count
});

test('documentItems then assembleDocument gives the document back', () => {
  const rows = documentItems(doc).reverse();
  expect(assembleDocument(doc.title, doc.clauses, rows, doc.review)).toEqual(doc);
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
