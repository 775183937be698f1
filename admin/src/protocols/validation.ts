import { required } from 'react-admin';

/**
 * Client-side checks that say what the API says (api/src/protocols/*.service.ts and
 * domain/protocol.schema.ts), so a message reads the same whether it comes from the browser
 * or the server. The API stays the authority: its field errors appear beside the same inputs.
 */
type Validator = (value: any, values?: any) => string | undefined;

const text1to = (max: number, key: string): Validator => (v) =>
  typeof v !== 'string' || !v.trim() || v.trim().length > max ? key : undefined;

export const validateClauseNumber: Validator[] = [text1to(40, 'protocols.validation.number_length')];
export const validateClauseText: Validator[] = [(v) => (typeof v !== 'string' || !v.trim() ? 'protocols.validation.not_empty' : undefined)];
export const validateNotEmpty = validateClauseText;
export const validateRequired = [required()];

export const validateWorkingDays: Validator = (v) =>
  v === null || v === undefined || v === '' ? undefined : Number.isInteger(v) && v >= 0 && v <= 365 ? undefined : 'protocols.validation.working_days';

/** A standard's number, checked against its unit (read from the form at `unitPath`, else `fallbackPath`): up to 365 days or 8784 hours. */
export const validateStandardAmount =
  (unitPath: string, fallbackPath?: string): Validator =>
  (v, values) => {
    if (v === null || v === undefined || v === '') return undefined;
    const read = (path: string) => path.split('.').reduce<any>((o, k) => (o == null ? undefined : o[k]), values);
    const unit = read(unitPath) || (fallbackPath ? read(fallbackPath) : undefined) || 'working_days';
    const max = unit === 'hours' ? 8784 : 365;
    if (Number.isInteger(v) && v >= 0 && v <= max) return undefined;
    return unit === 'hours' ? 'protocols.validation.hours' : unit === 'calendar_days' ? 'protocols.validation.calendar_days' : 'protocols.validation.working_days';
  };

/** A local time HH:MM (a cut-off), or nothing. */
export const validateCutOff: Validator = (v) =>
  v === null || v === undefined || v === '' ? undefined : /^([01]\d|2[0-3]):[0-5]\d$/.test(String(v)) ? undefined : 'protocols.validation.cut_off';

export const validateMonths: Validator = (v) =>
  v === null || v === undefined || v === '' ? undefined : Number.isInteger(v) && v >= 1 && v <= 120 ? undefined : 'protocols.validation.months';

export const validateHolderName: Validator[] = [text1to(200, 'protocols.validation.name_length')];
export const validateEmail: Validator = (v) =>
  !v ? undefined : /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(String(v).trim()) ? undefined : 'protocols.validation.email';
export const validateToDate: Validator = () => undefined;

/** toDate must not be before fromDate (a form-level check, beside toDate). */
export const validateHolderDates = (values: Record<string, any>) =>
  values.fromDate && values.toDate && values.toDate < values.fromDate ? { toDate: 'protocols.validation.to_before_from' } : {};

