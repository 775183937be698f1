/**
 * Bulk onboarding from a CSV (issue 14), the pure part: what a header names, what a kind of
 * council is called, the slug made from a name, and the checks of each row that need nothing but
 * the rows and what the service found (parents, names, slugs and e-mails already taken).
 */
import { COUNCIL_KINDS, NAME_MAX, slugProblem, type CouncilKind } from './councils';

/** The most rows (councils) one bulk onboarding takes. */
export const BULK_ONBOARDING_MAX_ROWS = 500;

export const BULK_COLUMNS = ['name', 'kind', 'parent', 'clerkName', 'clerkEmail'] as const;
export type BulkColumn = (typeof BULK_COLUMNS)[number];

/** The header each column is written with in an error and in the admin's template. */
export const COLUMN_HEADERS: Record<BulkColumn, string> = { name: 'name', kind: 'kind', parent: 'parent', clerkName: 'clerk name', clerkEmail: 'clerk email' };

/** What a header names: "Clerk's e-mail", "clerk_email" and "Clerk Email" are all clerkEmail. */
export function columnOf(header: string): BulkColumn | null {
  const h = header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^a-z]/g, '');
  const known: Record<string, BulkColumn> = {
    name: 'name',
    council: 'name',
    councilname: 'name',
    kind: 'kind',
    type: 'kind',
    parent: 'parent',
    parentcouncil: 'parent',
    clerkname: 'clerkName',
    clerk: 'clerkName',
    clerkemail: 'clerkEmail',
    clerkemailaddress: 'clerkEmail',
  };
  return known[h] ?? null;
}

/** A kind as people write it: "community", "Community council", "County borough", "county_borough", "COMMUNITY". */
export function kindOf(text: string): CouncilKind | null {
  const k = text
    .trim()
    .toLowerCase()
    .replace(/\s+council$/, '')
    .replace(/[\s-]+/g, '_');
  return (COUNCIL_KINDS as readonly string[]).includes(k) ? (k as CouncilKind) : null;
}

/** A slug from a council's name, as the admin's onboarding makes it: "Cyngor Cymuned Llanfair Pwllgwyngyll" → "cyngor-cymuned-llanfair-pwllgwyngyll". */
export function slugOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
    .replace(/-+$/, '');
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface BulkRow {
  /** 1 for the first row after the header. */
  row: number;
  name: string;
  kind: string;
  parent: string;
  clerkName: string;
  clerkEmail: string;
}

export type RowProblemCode =
  | 'required'
  | 'tooLong'
  | 'kind'
  | 'email'
  | 'duplicateName'
  | 'duplicateSlug'
  | 'slug'
  | 'nameTaken'
  | 'slugTaken'
  | 'parentUnknown';

export interface RowProblem {
  row: number;
  column: BulkColumn;
  problem: RowProblemCode;
  /** The other row, for a duplicate. */
  other?: number;
}

/** What the service found in the database (all lower-case, e-mails trimmed). */
export interface Known {
  /** A parent as written (trimmed, lower-case) → whether the caller may add councils below it; absent: unknown. */
  parentAllowed(text: string): boolean;
  /** Whether a row without a parent has one by default (the caller's own council). */
  hasDefaultParent: boolean;
  nameTaken(nameLower: string): boolean;
  slugTaken(slug: string): boolean;
}

/** Every problem of every row, in row then column order. */
export function checkRows(rows: readonly BulkRow[], known: Known): RowProblem[] {
  const problems: RowProblem[] = [];
  const firstName = new Map<string, number>();
  const firstSlug = new Map<string, number>();
  for (const r of rows) {
    const add = (column: BulkColumn, problem: RowProblemCode, other?: number) => problems.push({ row: r.row, column, problem, ...(other ? { other } : {}) });
    const name = r.name.trim();
    if (!name) add('name', 'required');
    else if (name.length > NAME_MAX) add('name', 'tooLong');
    else {
      const lower = name.toLowerCase();
      const slug = slugOf(name);
      if (firstName.has(lower)) add('name', 'duplicateName', firstName.get(lower));
      else if (known.nameTaken(lower)) add('name', 'nameTaken');
      else if (slugProblem(slug)) add('name', 'slug');
      else if (firstSlug.has(slug)) add('name', 'duplicateSlug', firstSlug.get(slug));
      else if (known.slugTaken(slug)) add('name', 'slugTaken');
      if (!firstName.has(lower)) firstName.set(lower, r.row);
      if (!firstSlug.has(slug)) firstSlug.set(slug, r.row);
    }
    if (r.kind.trim() && !kindOf(r.kind)) add('kind', 'kind');
    const parent = r.parent.trim().toLowerCase();
    if (parent ? !known.parentAllowed(parent) : !known.hasDefaultParent) add('parent', parent ? 'parentUnknown' : 'required');
    const clerk = r.clerkName.trim();
    if (!clerk) add('clerkName', 'required');
    else if (clerk.length > 200) add('clerkName', 'tooLong');
    const email = r.clerkEmail.trim().toLowerCase();
    if (!email) add('clerkEmail', 'required');
    else if (!EMAIL.test(email) || email.length > 254) add('clerkEmail', 'email');
  }
  return problems;
}
