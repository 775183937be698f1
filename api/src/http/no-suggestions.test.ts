import { withoutSuggestions } from './no-suggestions';

test.each([
  ['Cannot query field "cass" on type "Query". Did you mean "case" or "cases"?', 'Cannot query field "cass" on type "Query".'],
  ['Value "opn" does not exist in "CaseStatus" enum. Did you mean the enum value "open"?', 'Value "opn" does not exist in "CaseStatus" enum.'],
  ['Variable "$s" got invalid value "opn"; Value "opn" does not exist in "CaseStatus" enum. Did you mean the enum value "open"?', 'Variable "$s" got invalid value "opn"; Value "opn" does not exist in "CaseStatus" enum.'],
  ['Unknown argument "limt" on field "Query.cases". Did you mean "limit"?', 'Unknown argument "limt" on field "Query.cases".'],
  ['Unknown type "Cas". Did you mean "Case", "Cases", or "CaseList"?', 'Unknown type "Cas".'],
  ['Field "nme" is not defined by type "CouncilInput". Did you mean "name"?', 'Field "nme" is not defined by type "CouncilInput".'],
  ['Cannot query field "casse" on type "Query". [Suggestion hidden]?', 'Cannot query field "casse" on type "Query".'],
  ['Syntax Error: Expected Name, found <EOF>.', 'Syntax Error: Expected Name, found <EOF>.'],
])('%s', (message, shown) => {
  expect(withoutSuggestions(message)).toBe(shown);
});
