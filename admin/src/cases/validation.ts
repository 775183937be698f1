import { required } from 'react-admin';

/**
 * The API's own checks on a case (api/src/cases/case.service.ts), shared by the record and edit
 * forms, with the API's messages: what the form says beside a field before sending is what the
 * API would answer (BAD_USER_INPUT with extensions.field, shown beside the same field).
 */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const KEY = 'casework.validation';

const length200 = (value: unknown) => {
  const v = typeof value === 'string' ? value.trim() : '';
  return !v || v.length > 200 ? `${KEY}.length_200` : undefined;
};
const max = (n: number, key: string) => (value: unknown) => (typeof value === 'string' && value.trim().length > n ? `${KEY}.${key}` : undefined);
const email = (value: unknown) => {
  const v = typeof value === 'string' ? value.trim() : '';
  return v && !EMAIL.test(v) ? `${KEY}.email` : undefined;
};
/** Five minutes' grace, as the API allows for clocks that differ. */
const notInFuture = (value: unknown) => {
  if (!value) return undefined;
  const at = new Date(value as string).getTime();
  return Number.isFinite(at) && at > Date.now() + 5 * 60_000 ? `${KEY}.future` : undefined;
};

/** Marks a validator as for a required field: react-admin then puts the required mark (*) on its label. */
const mandatory = <F extends (value: unknown) => string | undefined>(f: F): F => Object.assign((value: unknown) => f(value), { isRequired: true }) as unknown as F;

export const validateSubject = mandatory(length200);
export const validateRaisedByName = mandatory(length200);
/** A required choice (council, category, concern, role): marked and checked. */
export const validateChosen = mandatory((v: unknown) => (v ? undefined : `${KEY}.required`));
export const validateRaisedByEmail = email;
export const validateAboutPerson = max(200, 'max_200');
export const validateDescription = (value: unknown) => (typeof value === 'string' && value.length > 20_000 ? `${KEY}.max_20000` : undefined);
export const validateReceivedAt = notInFuture;
export const validateRequired = required(`${KEY}.required`);

/** For react-admin's form-level `validate`: the same checks, keyed by field. */
export function validateCase(values: Record<string, unknown>, mode: 'create' | 'edit'): Record<string, string> {
  const errors: Record<string, string | undefined> = {
    subject: validateSubject(values.subject),
    raisedByName: validateRaisedByName(values.raisedByName),
    raisedByEmail: validateRaisedByEmail(values.raisedByEmail),
    aboutPerson: validateAboutPerson(values.aboutPerson),
    description: validateDescription(values.description),
  };
  if (mode === 'create') {
    errors.receivedAt = validateReceivedAt(values.receivedAt);
    for (const field of ['councilId', 'kind', 'raisedByRole'] as const) if (!values[field]) errors[field] = `${KEY}.required`;
    if (values.kind === 'ENQUIRY' && !values.category) errors.category = `${KEY}.required`;
    if (values.kind === 'CONCERN' && !values.concern) errors.concern = `${KEY}.required`;
  }
  return Object.fromEntries(Object.entries(errors).filter((e): e is [string, string] => !!e[1]));
}
