import { PASSWORD_MAX, PASSWORD_MIN, isCommonPassword, passwordProblem } from './password-policy';

describe('passwordProblem', () => {
  // [what, password, e-mail, expected: null = accepted, else a word the reason contains]
  const table: [string, string, string | null, string | null][] = [
    ['the demo password', 'accord-demo-2026', 'clerk.cwmbran@accord.example', null],
    ['a passphrase', 'correct horse battery staple', 'someone@example.org', null],
    ['a random string', 'Xk9#pL2@vQ7!', null, null],
    ['Welsh letters count as characters', 'cyfrinair-ŵŷâ-hir', null, null],
    ['too short', 'Xk9#pL2@vQ7', null, 'at least 12'],
    ['too long', 'x'.repeat(PASSWORD_MAX) + 'y', null, 'at most 256'],
    ['one letter repeated', 'aaaaaaaaaaaa', null, 'different characters'],
    ['four characters', 'abcdabcdabcd', null, 'different characters'],
    ['a short sequence repeated', 'abcdefabcdef', null, 'repeated'],
    ['on the deny list', 'qwerty123456', null, 'too common'],
    ['on the deny list, capitals', 'QAZWSXEDCRFV', null, 'too common'],
    ['a common word with digits after', 'password2026!', null, 'too common'],
    ['a common word with digits before', '2026sunshine', null, 'too common'],
    ['a common password twice', 'monkeymonkey', null, 'repeated'],
    ['the whole e-mail inside', 'x-someone@example.org-x', 'someone@example.org', 'e-mail'],
    ['the name part of the e-mail', 'my-name-is-jane.doe!', 'Jane.Doe@example.org', 'e-mail'],
    ['the name part in capitals', 'JANE.DOE-rules-here', 'jane.doe@example.org', 'e-mail'],
    ['a very short name part is not looked for', 'we-go-to-the-abc-shop', 'ab@example.org', null],
    ['no e-mail given', 'my-name-is-jane.doe!', null, null],
  ];

  test.each(table)('%s', (_what, password, email, expected) => {
    const problem = passwordProblem(password, email);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toContain(expected);
  });

  test('the minimum length is at least 12', () => {
    expect(PASSWORD_MIN).toBeGreaterThanOrEqual(12);
  });

  test('the bundled deny list is loaded', () => {
    expect(isCommonPassword('password')).toBe(true);
    expect(isCommonPassword('iloveyou')).toBe(true);
    expect(isCommonPassword('accord-demo-2026')).toBe(false);
  });
});
