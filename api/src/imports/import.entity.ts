import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { vocabulary } from '../common/enums';
import type { ImportResult } from './pipeline';
import { FOLLOW_KEEPS, type Keep } from './follow-model';
import { IMPORT_FORMATS, IMPORT_INPUT_PROBLEMS, IMPORT_STATUSES, NUMBER_SCHEMES, SUGGESTION_KINDS, type ImportFormat as F, type ImportInputProblem as P, type ImportStatus as S, type NumberScheme as N, type SuggestionKind as K } from './import.status';

export const ImportFormat = vocabulary(IMPORT_FORMATS, 'ImportFormat', 'The kind of file an import read (sniffed from its bytes)', {
  txt: 'Plain text',
  md: 'Markdown',
  html: 'A web page (HTML)',
  docx: 'A Word document (.docx)',
  pdf: 'A PDF with a text layer',
});
export type ImportFormat = F;
export const ImportStatus = vocabulary(IMPORT_STATUSES, 'ImportStatus', 'Where an import is: queued, being parsed, ready for review, or failed', {
  queued: 'Waiting for the worker',
  parsing: 'Being read by the worker',
  ready: 'Read: its sections, clauses and suggestions are ready for review',
  failed: 'Could not be read: see problem',
});
export type ImportStatus = S;
export const ImportProblem = vocabulary(IMPORT_INPUT_PROBLEMS, 'ImportProblem', 'Why a file could not be imported', {
  EMPTY: 'The file is empty',
  TOO_LARGE: 'The file is over the size limit',
  UNSUPPORTED: 'Not a file type Accord reads (text, Markdown, HTML, .docx, PDF)',
  LEGACY_DOC: 'An old Word .doc file: save it as .docx',
  ENCRYPTED_PDF: 'The PDF is password-protected',
  NO_TEXT_LAYER: 'The PDF is scanned images with no text: run it through OCR first',
  CORRUPT: 'The file is damaged and cannot be read',
  ZIP_BOMB: 'The .docx expands to far more than its size: refused',
  ZIP_PATH: 'The .docx holds a file with an unsafe path: refused',
  TOO_MANY_PAGES: 'The PDF has more pages than the limit',
});
export type ImportProblem = P;
export const NumberScheme = vocabulary(NUMBER_SCHEMES, 'NumberScheme', "A clause number's scheme as written: 1.1, (a), i., a bullet", {
  decimal: 'Decimal numbers: 1, 1.1, 4.2.3',
  letter: 'Letters: (a), b)',
  roman: 'Roman numerals: i., (iv)',
  bullet: 'A bullet point',
});
export type NumberScheme = N;
export const SuggestionKind = vocabulary(SUGGESTION_KINDS, 'SuggestionKind', 'What an import suggestion proposes', {
  role: 'A role the text names, with its title',
  time_limit: 'A time limit, e.g. respond within 10 working days',
  escalation: 'A step of an escalation chain',
  adoption: 'When the protocol was adopted',
  last_updated: 'When the text was last updated',
  review: 'How often the protocol is reviewed',
  access: 'Who may see which information',
  correspondence: 'A rule on copying correspondence',
});
export type SuggestionKind = K;
export const FollowModelKeep = vocabulary(FOLLOW_KEEPS, 'FollowModelKeep', "Which side of a difference a draft following the model keeps: the model's or the document's", {
  model: "The model's clause, rule or review schedule (or none, where only the document has one)",
  document: "The document's clause, rule or review schedule (or none, where only the model has one)",
});
export type FollowModelKeep = Keep;

/** What the importer stores: the result, as the pipeline returns it. */
export type StoredResult = ImportResult;

@ObjectType({ description: "One upload of a council's protocol document: its parsing and what was found in it" })
@Entity('protocol_imports')
export class ProtocolImport {
  @Field(() => ID, { description: "The import's id" })
  @PrimaryColumn('uuid')
  id: string;

  @Field(() => ID, { description: 'The council it was uploaded for' })
  @Column({ name: 'council_id', type: 'uuid' })
  councilId: string;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @Field({ description: "The uploaded file's name" })
  @Column('text')
  filename: string;

  @Field(() => Int, { description: 'Bytes' })
  @Column('integer')
  size: number;

  @Column({ type: 'bytea', nullable: true, select: false })
  content: Buffer | null;

  @Field(() => ImportFormat, { description: 'The kind of file, sniffed from its bytes', nullable: true })
  @Column({ type: 'text', nullable: true })
  format: ImportFormat | null;

  @Field(() => ImportStatus, { description: 'Where it is: QUEUED, PARSING, READY or FAILED' })
  @Column('text')
  status: ImportStatus;

  @Field(() => Int, { description: '0 to 100' })
  @Column('integer')
  progress: number;

  @Field(() => ImportProblem, { description: 'Why it could not be read, when FAILED', nullable: true })
  @Column({ type: 'text', nullable: true })
  problem: ImportProblem | null;

  @Field(() => String, { nullable: true, description: 'What went wrong and what to do, when it failed; notes (macros ignored) when not' })
  @Column({ type: 'text', nullable: true })
  message: string | null;

  @Column({ type: 'jsonb', nullable: true })
  result: StoredResult | null;

  @Field(() => ID, { nullable: true, description: 'The draft created from this import, once it has been' })
  @Column({ name: 'draft_version_id', type: 'uuid', nullable: true })
  draftVersionId: string | null;

  @Field(() => Int, { description: 'Its version, for expectedVersion' })
  @Column('integer')
  version: number;

  @Field({ description: 'When it was uploaded' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field({ description: 'When it last changed' })
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@ObjectType({ description: 'A section of the imported document: its heading, with its number as written' })
export class ImportSection {
  @Field(() => ID, { description: 'Its id within the import' })
  id: string;
  @Field(() => String, { description: 'Its number as written ("3", "2.0"); null when unnumbered', nullable: true })
  number: string | null;
  @Field({ description: 'Its heading as read' })
  heading: string;
}

@ObjectType({ description: 'A clause of the imported document, as written' })
export class ImportClause {
  @Field(() => ID, { description: 'Its id within the import' })
  id: string;
  @Field(() => String, { nullable: true, description: 'As written ("1.1", "(a)"); null for an unnumbered paragraph' })
  number: string | null;
  @Field(() => NumberScheme, { description: 'How it is numbered', nullable: true })
  scheme: NumberScheme | null;
  @Field(() => ID, { description: 'The id of the section it is in', nullable: true })
  section: string | null;
  @Field({ description: 'Its text as read' })
  text: string;
}

@ObjectType({ description: 'A rule the importer suggests, with where it came from and why' })
export class ImportSuggestion {
  @Field(() => ID, { description: 'Its id within the import, for accepting or rejecting it' })
  id: string;
  @Field(() => SuggestionKind, { description: 'What it proposes' })
  kind: SuggestionKind;
  @Field(() => ID, { description: 'The clause it came from' })
  clause: string;
  @Field(() => Int, { description: 'Where the matched text starts in the clause text' })
  start: number;
  @Field(() => Int, { description: 'Where it ends (exclusive)' })
  end: number;
  @Field({ description: 'The words of the document it was read from' })
  excerpt: string;
  @Field({ description: '0 to 1' })
  confidence: number;
  @Field({ description: 'The pattern that produced it (e.g. time.within_n_units)' })
  pattern: string;
  @Field(() => GraphQLJSON, { description: 'What it proposes; its shape depends on the kind' })
  value: unknown;
}

@ObjectType({ description: 'A clause, rule or review schedule where the imported document differs from the model' })
export class ModelDifference {
  @Field(() => ID, { description: 'Names the difference in createDraftFollowingModel choices ("clause:4.7", "rule:response_standard:general_correspondence", "review")' })
  id: string;
  @Field({ description: 'clause, rule or review' })
  kind: string;
  @Field({ description: 'The clause id, or the rule key' })
  key: string;
  @Field(() => String, { nullable: true, description: 'For a clause: its number as written' })
  number?: string | null;
  @Field(() => String, { nullable: true, description: 'For a rule: its section (role, chain, response_standard…)' })
  section?: string | null;
  @Field({ description: 'added (in the document, not the model), changed, or removed (in the model, not the document)' })
  change: string;
  @Field(() => GraphQLJSON, { nullable: true, description: 'What the model says: the clause, the rule, or the review facts; null when only the document says it' })
  modelValue: unknown;
  @Field(() => GraphQLJSON, { nullable: true, description: 'What the document says; null when only the model says it' })
  documentValue: unknown;
  @Field(() => FollowModelKeep, { description: "Which a draft following the model keeps unless told otherwise: the document's where it says something, else the model's" })
  keep: FollowModelKeep;
}

@ObjectType({ description: "Where an imported document differs from the model published to the council (the model's adopted version, its placeholders filled for the council)" })
export class ModelComparison {
  @Field(() => ID, { description: "The model protocol's id" })
  modelId: string;
  @Field({ description: "The model's title" })
  modelTitle: string;
  @Field(() => ID, { description: 'The model version compared with' })
  modelVersionId: string;
  @Field(() => [ModelDifference], { description: 'Every difference: clauses, then rules, then the review schedule' })
  differences: ModelDifference[];
  @Field(() => [ModelDifference], { description: 'Clauses added, changed or removed against the model' })
  clauses: ModelDifference[];
  @Field(() => [ModelDifference], { description: 'Rules added, changed or removed against the model' })
  rules: ModelDifference[];
}
