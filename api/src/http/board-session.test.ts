import { BOARD_SESSION_SECONDS, issueBoardSession, readBoardSession } from './board-session';

const secret = 'test-secret-test-secret-test-secret-0123';
const user = '6f1c1b0e-8c47-4a55-9d6e-0a4f5f0f7e21';
const who = { userId: user, tokenVersion: 3 };
const now = Date.parse('2026-12-07T12:00:00Z');

test('a session names its user until it expires, and no longer', () => {
  const s = issueBoardSession(secret, who, now);
  expect(readBoardSession(secret, s, now)).toEqual(who);
  expect(readBoardSession(secret, s, now + (BOARD_SESSION_SECONDS - 1) * 1000)).toEqual(who);
  expect(readBoardSession(secret, s, now + BOARD_SESSION_SECONDS * 1000)).toBeNull();
});

test.each([
  // [what, value]
  ['another secret', issueBoardSession('another-secret-another-secret-another-1', who, now)],
  ['a changed user', issueBoardSession(secret, who, now).replace(user, '00000000-0000-4000-8000-000000000000')],
  ['a later expiry', issueBoardSession(secret, who, now).replace(/\.(\d+)\.([^.]+)$/, (_m, exp, sig) => `.${Number(exp) + 3600}.${sig}`)],
  ['an older token version', issueBoardSession(secret, who, now).replace('.3.', '.2.')],
  ['a truncated signature', issueBoardSession(secret, who, now).slice(0, -1)],
  ['a JWT', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl'],
  ['nothing', undefined],
  ['empty', ''],
] as const)('refused: %s', (_what, value) => {
  expect(readBoardSession(secret, value, now)).toBeNull();
});
