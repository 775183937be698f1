import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { vocabulary } from '../common/enums';
import type { ImportResult } from './pipeline';
import { FOLLOW_KEEPS, type Keep } from './follow-model';
import { IMPORT_FORMATS, IMPORT_INPUT_PROBLEMS, IMPORT_STATUSES, NUMBER_SCHEMES, SUGGESTION_KINDS, type ImportFormat as F, type ImportInputProblem as P, type ImportStatus as S, type NumberScheme as N, type SuggestionKind as K } from './import.status';

export const ImportFormat = vocabulary(IMPORT_FORMATS, 'ImportFormat', 'The kind of file an import read (sniffed from its bytes)');
export type ImportFormat = F;
export const ImportStatus = vocabulary(IMPORT_STATUSES, 'ImportStatus', 'Where an import is: queued, being parsed, ready for review, or failed');
export type ImportStatus = S;
export const ImportProblem = vocabulary(IMPORT_INPUT_PROBLEMS, 'ImportProblem', 'Why a file could not be imported');
export type ImportProblem = P;
export const NumberScheme = vocabulary(NUMBER_SCHEMES, 'NumberScheme', "A clause number's scheme as written: 1.1, (a), i., a bullet");
export type NumberScheme = N;
export const SuggestionKind = vocabulary(SUGGESTION_KINDS, 'SuggestionKind', 'What an import suggestion proposes');
export type SuggestionKind = K;
export const FollowModelKeep = vocabulary(FOLLOW_KEEPS, 'FollowModelKeep', "Which side of a difference a draft following the model keeps: the model's or the document's");
export type FollowModelKeep = Keep;

/** What the importer stores: the result, as the pipeline returns it. */
export type StoredResult = ImportResult;

@ObjectType({ description: "One upload of a council's protocol document: its parsing and what was found in it" })
@Entity('protocol_imports')
export class ProtocolImport {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ name: 'council_id', type: 'uuid' })
  councilId: string;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @Field()
  @Column('text')
  filename: string;

  @Field(() => Int, { description: 'Bytes' })
  @Column('integer')
  size: number;

  @Column({ type: 'bytea', nullable: true, select: false })
  content: Buffer | null;

  @Field(() => ImportFormat, { nullable: true })
  @Column({ type: 'text', nullable: true })
  format: ImportFormat | null;

  @Field(() => ImportStatus)
  @Column('text')
  status: ImportStatus;

  @Field(() => Int, { description: '0 to 100' })
  @Column('integer')
  progress: number;

  @Field(() => ImportProblem, { nullable: true })
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

  @Field(() => Int)
  @Column('integer')
  version: number;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@ObjectType({ description: 'A section of the imported document: its heading, with its number as written' })
export class ImportSection {
  @Field(() => ID)
  id: string;
  @Field(() => String, { nullable: true })
  number: string | null;
  @Field()
  heading: string;
}

@ObjectType({ description: 'A clause of the imported document, as written' })
export class ImportClause {
  @Field(() => ID)
  id: string;
  @Field(() => String, { nullable: true, description: 'As written ("1.1", "(a)"); null for an unnumbered paragraph' })
  number: string | null;
  @Field(() => NumberScheme, { nullable: true })
  scheme: NumberScheme | null;
  @Field(() => ID, { nullable: true })
  section: string | null;
  @Field()
  text: string;
}

@ObjectType({ description: 'A rule the importer suggests, with where it came from and why' })
export class ImportSuggestion {
  @Field(() => ID)
  id: string;
  @Field(() => SuggestionKind)
  kind: SuggestionKind;
  @Field(() => ID, { description: 'The clause it came from' })
  clause: string;
  @Field(() => Int, { description: 'Where the matched text starts in the clause text' })
  start: number;
  @Field(() => Int, { description: 'Where it ends (exclusive)' })
  end: number;
  @Field()
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
  @Field(() => ID)
  modelId: string;
  @Field()
  modelTitle: string;
  @Field(() => ID)
  modelVersionId: string;
  @Field(() => [ModelDifference], { description: 'Every difference: clauses, then rules, then the review schedule' })
  differences: ModelDifference[];
  @Field(() => [ModelDifference])
  clauses: ModelDifference[];
  @Field(() => [ModelDifference])
  rules: ModelDifference[];
}
