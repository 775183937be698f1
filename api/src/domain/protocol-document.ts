/**
 * The whole protocol document (format version 2, issue 12) as it arrives from outside: a
 * `saveDraftDocument` call, an import of JSON or YAML, a seed. One zod definition gives the
 * shape checks (every issue, with its path), the JSON Schema served at
 * /schema/protocol-document.v2.json, and the parsed document; protocolProblems then checks the
 * document against itself (citations, roles, numbers within sections). Pure.
 */
import { parseDocument as parseYamlDocument, stringify as stringifyYaml } from 'yaml';
import { z } from 'zod';
import { CLAUSE_ID, isClauseId, withClauseIds } from './clauses';
import { isFullDate, isStatedDate, STATED_DATE_MESSAGE } from './dates';
import { protocolProblems, type Clause, type Problem, type ProtocolDocument } from './protocol';
import { SECTION_SCHEMAS, VOCABULARY_SCHEMA } from './protocol.schema';

export const FORMAT_VERSION = 2 as const;
/** Where the API serves the schema; also its $id. */
export const DOCUMENT_SCHEMA_PATH = '/schema/protocol-document.v2.json';

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);
/** Free text kept exactly as written (clause text): not trimmed, but not blank. */
const prose = (max: number) => z.string().max(max).refine((s) => s.trim().length > 0, 'must not be empty');
const statedDate = z.string().refine(isStatedDate, STATED_DATE_MESSAGE).describe('YYYY, YYYY-MM or YYYY-MM-DD, as the text states it');
const fullDate = z.string().refine(isFullDate, 'must be a date written YYYY-MM-DD').describe('YYYY-MM-DD');
/** Whatever the rule schemas take as a role key (one definition: the role's own key). */
const roleKey = SECTION_SCHEMAS.role.shape.key;
const cited = SECTION_SCHEMAS.role.shape.clauses;

const section = z.strictObject({
  id: z.string().regex(CLAUSE_ID, 'must be letters, digits, ".", "_" or "-", starting with a letter or digit (at most 60)'),
  number: text(40).optional(),
  heading: text(300),
  headingCy: text(300).optional(),
});

const clause = z.strictObject({
  id: z.string().refine(isClauseId, 'must be 1 to 60 characters, not blank').optional()
    .describe('Stable id that rules cite; derived from section and number (else p<n>) when left out'),
  number: z.string().max(40).nullable().optional().describe('As written ("8.63", "(a)", "•"); null or absent for an unnumbered paragraph'),
  section: z.string().optional().describe('The id of the section it belongs to'),
  heading: text(300).optional(),
  headingCy: text(300).optional(),
  text: prose(20000),
  textCy: prose(20000).optional(),
});

const review = z.strictObject({
  adoptedOn: statedDate.optional(),
  adoptedBy: roleKey.optional(),
  effectiveFrom: statedDate.optional(),
  lastUpdated: statedDate.optional(),
  reviewEveryMonths: z.number().int().min(1).max(120).optional(),
  reviewOn: fullDate.optional(),
  reviewingBody: roleKey.optional(),
  focus: text(1000).optional(),
  amendedBy: roleKey.optional(),
  amendments: z.array(z.strictObject({ on: fullDate, scope: text(500), clauses: cited })).max(50).optional(),
  clauses: cited,
});

const list = <T extends z.ZodType>(item: T, max: number) => z.array(item).max(max).default([]);

export const documentSchema = z
  .strictObject({
    format: z.union([z.literal(1), z.literal(2)]).optional().describe('2 (1 is read too: a clause without an id takes its number as id)'),
    title: text(300),
    titleCy: text(300).optional(),
    sections: z.array(section).max(500).optional(),
    vocabulary: VOCABULARY_SCHEMA.optional().describe("The protocol's own concern kinds and enquiry categories, beside the built-in ones"),
    clauses: z.array(clause).max(5000),
    roles: list(SECTION_SCHEMAS.role, 200),
    expectations: list(SECTION_SCHEMAS.expectation, 500),
    chains: list(SECTION_SCHEMAS.chain, 200),
    responseStandards: list(SECTION_SCHEMAS.response_standard, 100),
    accessRules: list(SECTION_SCHEMAS.access_rule, 100),
    disclosureExceptions: list(SECTION_SCHEMAS.disclosure_exception, 100),
    correspondenceRules: list(SECTION_SCHEMAS.correspondence_rule, 100),
    obligations: list(SECTION_SCHEMAS.obligation, 500),
    adviceRoutes: list(SECTION_SCHEMAS.advice_route, 200),
    review: review.default({ clauses: [] }),
  })
  .describe('A council member/officer protocol, format version 2 (Accord)');

/** "chains[2].steps[1].handler", as protocolProblems writes paths. */
export function pathOf(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, p) => (typeof p === 'number' ? `${out}[${p}]` : out ? `${out}.${String(p)}` : String(p)), '');
}

export type ParsedDocument = { ok: true; document: ProtocolDocument } | { ok: false; problems: Problem[] };

/**
 * Reads a document from outside: every shape problem at once (each with its path), or, when
 * the shape is right, every consistency problem at once; otherwise the document in format 2
 * (clause ids filled in: a clause without one takes its number, within its section, else p<n>).
 */
export function parseDocument(input: unknown): ParsedDocument {
  const result = documentSchema.safeParse(input);
  if (!result.success) {
    return { ok: false, problems: result.error.issues.map((i) => ({ path: pathOf(i.path), message: i.message })) };
  }
  const document = normalizeDocument(result.data as unknown as ProtocolDocument);
  const problems = protocolProblems(document);
  return problems.length ? { ok: false, problems } : { ok: true, document };
}

/**
 * A document in format 2: every clause with an id (format 1: its number), unnumbered paragraphs
 * with number null, empty optional lists left out, so a document reads back exactly as saved.
 */
export function normalizeDocument(doc: ProtocolDocument): ProtocolDocument {
  const clauses: Clause[] = withClauseIds(doc.clauses.map((c) => ({ ...c, number: c.number ?? null })));
  const out: ProtocolDocument = { ...doc, format: FORMAT_VERSION, clauses };
  if (!out.sections?.length) delete out.sections;
  if (out.review.amendments && !out.review.amendments.length) delete out.review.amendments;
  return out;
}

/** The JSON Schema of a document, generated from the definition above. */
export function documentJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(documentSchema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
  return { ...schema, $id: 'urn:accord:protocol-document:2', title: 'Accord protocol document, format 2' };
}

export type TextFormat = 'json' | 'yaml';

/** A document as text: JSON (two-space indent) or YAML, format 2 first; reading it back gives the same document. */
export function writeDocumentText(doc: ProtocolDocument, format: TextFormat): string {
  const ordered = { format: FORMAT_VERSION, ...doc };
  return format === 'json' ? `${JSON.stringify(ordered, null, 2)}\n` : stringifyYaml(ordered, { lineWidth: 0, aliasDuplicateObjects: false });
}

/**
 * Reads JSON or YAML text (YAML includes JSON) into a value for parseDocument; a syntax error
 * is a problem with its line and column.
 */
export function readDocumentText(text: string): { ok: true; value: unknown } | { ok: false; problems: Problem[] } {
  const deep = nestingTooDeep(text, 64);
  if (deep) return { ok: false, problems: [{ path: `line ${deep}`, message: 'nested more than 64 levels deep; a protocol document never is' }] };
  const parsed = parseYamlDocument(text, { prettyErrors: true, uniqueKeys: true });
  // A warning (an unknown tag such as !!js/function) is refused like an error: the text would not mean what it says.
  const wrong = [...parsed.errors, ...parsed.warnings];
  if (wrong.length) {
    return {
      ok: false,
      problems: wrong.slice(0, 10).map((e) => ({ path: e.linePos ? `line ${e.linePos[0].line}, column ${e.linePos[0].col}` : '', message: e.message.split('\n')[0] })),
    };
  }
  try {
    return { ok: true, value: parsed.toJS({ maxAliasCount: 100 }) };
  } catch {
    // Aliases that expand without end (a "billion laughs" text): refused before they are expanded.
    return { ok: false, problems: [{ path: '', message: 'too many aliases (*name): write the values out' }] };
  }
}

/** The line at which brackets outside quotes nest deeper than `max`, or 0. */
function nestingTooDeep(text: string, max: number): number {
  let depth = 0;
  let line = 1;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') line++;
    if (quote) {
      if (ch === '\\' && quote === '"') i++;
      else if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '[' || ch === '{') {
      if (++depth > max) return line;
    } else if (ch === ']' || ch === '}') depth = Math.max(0, depth - 1);
  }
  return 0;
}

/**
 * What a model may leave to each council that starts from it: `{{council.name}}`,
 * `{{council.nameCy}}` (the Welsh name, else the name), `{{council.kind}}` ("town council"),
 * `{{council.nation}}` ("Wales"). Unknown placeholders are left as written.
 */
export const PLACEHOLDERS = ['council.name', 'council.nameCy', 'council.kind', 'council.nation'] as const;
export type PlaceholderValues = Record<(typeof PLACEHOLDERS)[number], string>;

const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z.]*)\s*\}\}/g;

/** A text with its placeholders filled. */
export function fillText(text: string, values: PlaceholderValues): string {
  return text.replace(PLACEHOLDER, (whole, key: string) => (key in values ? values[key as keyof PlaceholderValues] : whole));
}

/** A document with every placeholder in every text filled (clauses, headings, titles, rule descriptions). */
export function fillPlaceholders<T>(doc: T, values: PlaceholderValues): T {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return fillText(v, values);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(doc) as T;
}

/** Whether a text has a placeholder a model leaves to the council. */
export const hasPlaceholder = (text: string): boolean => new RegExp(PLACEHOLDER.source).test(text);
