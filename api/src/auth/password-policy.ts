import { dictionary } from '@zxcvbn-ts/language-common';

/**
 * The password policy, as a pure function (no I/O): a length range, not one of the
 * commonly used passwords (zxcvbn-ts's bundled list of about 49,000, also with
 * digits or symbols added before or after, and repeated), not a short pattern
 * repeated or a handful of characters, and not containing the person's e-mail
 * address or the part before the @.
 */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 256;
/** At least this many different characters ("aaaaaaaaaaaa" and "abababababab" are refused). */
export const PASSWORD_MIN_DISTINCT = 5;
/** The part of an e-mail before the @ is looked for only when it is at least this long. */
const LOCAL_PART_MIN = 3;

const COMMON: ReadonlySet<string> = new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));

export const isCommonPassword = (candidate: string): boolean => COMMON.has(candidate.toLowerCase());

/** The shortest unit the text is a repetition of ("abcabcabc" -> "abc"), or the text itself. */
function repeatedUnit(text: string): string {
  for (let n = 1; n <= text.length / 2; n++) {
    if (text.length % n === 0 && text.slice(0, n).repeat(text.length / n) === text) return text.slice(0, n);
  }
  return text;
}

/** What the password is made of, looked up in the deny list: as typed, without digits or symbols around it, and a repeated unit. */
function commonForms(password: string): string[] {
  const lower = password.toLowerCase();
  const core = lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  return [lower, core, repeatedUnit(lower), repeatedUnit(core)].filter((s) => s.length > 0);
}

/** Why a password is refused: one of a few reasons (password-messages.ts words each in English and Welsh). */
export type PasswordProblem = 'short' | 'long' | 'few_characters' | 'repeated' | 'common' | 'email';

/** Why the password is refused, or null when it is acceptable. */
export function passwordRefusal(password: string, email?: string | null): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN) return 'short';
  if (length > PASSWORD_MAX) return 'long';
  if (new Set(password.toLowerCase()).size < PASSWORD_MIN_DISTINCT) return 'few_characters';
  if (repeatedUnit(password.toLowerCase()).length <= password.length / 2) return 'repeated';
  if (commonForms(password).some(isCommonPassword)) return 'common';
  const address = email?.trim().toLowerCase() ?? '';
  if (address) {
    const lower = password.toLowerCase();
    const local = address.split('@')[0] ?? '';
    if (lower.includes(address) || (local.length >= LOCAL_PART_MIN && lower.includes(local))) return 'email';
  }
  return null;
}

const ENGLISH: Record<PasswordProblem, string> = {
  short: `must be at least ${PASSWORD_MIN} characters`,
  long: `must be at most ${PASSWORD_MAX} characters`,
  few_characters: `must use at least ${PASSWORD_MIN_DISTINCT} different characters`,
  repeated: 'must not be a short sequence repeated',
  common: 'is too common (it is on a list of frequently used passwords); choose another',
  email: 'must not contain your e-mail address or its name part',
};

/** Why the password is refused (a short English phrase to follow "password: "), or null when it is acceptable. */
export function passwordProblem(password: string, email?: string | null): string | null {
  const problem = passwordRefusal(password, email);
  return problem ? ENGLISH[problem] : null;
}
