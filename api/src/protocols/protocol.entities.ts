import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../common/scalars';
import type { ProtocolVocabulary } from '../domain/protocol';
import { ProtocolStatus } from './protocol.enums';
import { ProtocolVocabularyType } from './protocol.types';

@ObjectType({ description: 'A part of an adopted protocol amended without a new version ("Member Enquiries section updated on 2021-09-09")' })
export class ProtocolAmendment {
  @Field(() => LocalDateScalar, { description: 'The date it was made (YYYY-MM-DD)' }) on: string;
  @Field({ description: 'What it changed' }) scope: string;
  @Field(() => [String], { description: 'The clauses it changed' }) clauses: string[];
}

@ObjectType({ description: "A council's member/officer protocol (or a model protocol a monitoring officer publishes)" })
@Entity('protocols')
export class Protocol {
  @Field(() => ID, { description: "The protocol's id" })
  @PrimaryColumn('uuid')
  id: string;

  @Field(() => ID, { description: 'The id of the council it belongs to' })
  @Column({ name: 'council_id', type: 'uuid' })
  councilId: string;

  @Field({ description: 'Its title, e.g. "Member/Officer Protocol"' })
  @Column('text')
  title: string;

  @Field(() => String, { nullable: true, description: 'The title in Welsh' })
  @Column({ name: 'title_cy', type: 'text', nullable: true })
  titleCy: string | null;

  @Field({ description: 'A model protocol, for the councils below to start from' })
  @Column({ name: 'is_model', type: 'boolean' })
  isModel: boolean;

  @Field({ description: 'A published model is visible to the councils below its council' })
  @Column('boolean')
  published: boolean;

  @Field(() => ID, { nullable: true, description: 'The model this protocol follows' })
  @Column({ name: 'model_id', type: 'uuid', nullable: true })
  modelId: string | null;

  @Field(() => Int, { description: 'Its version, for expectedVersion' })
  @Column('int')
  version: number;

  @Field({ description: 'When it was created' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@ObjectType({ description: 'One version of a protocol: a draft, the adopted one, or a superseded one' })
@Entity('protocol_versions')
export class ProtocolVersion {
  @Field(() => ID, { description: "The version's id" })
  @PrimaryColumn('uuid')
  id: string;

  @Field(() => ID, { description: "The council's id" })
  @Column({ name: 'council_id', type: 'uuid' })
  councilId: string;

  @Field(() => ID, { description: 'The protocol it is a version of' })
  @Column({ name: 'protocol_id', type: 'uuid' })
  protocolId: string;

  @Field(() => Int, { description: '1 for the first version, then 2, 3…' })
  @Column('int')
  number: number;

  @Field(() => ProtocolStatus, { description: 'DRAFT, ADOPTED or SUPERSEDED' })
  @Column('text')
  status: ProtocolStatus;

  @Field(() => ID, { nullable: true, description: 'The version (or model version) this one started as a copy of' })
  @Column({ name: 'based_on_id', type: 'uuid', nullable: true })
  basedOnId: string | null;

  @Field(() => String, { nullable: true, description: 'The adoption date the protocol states, as stated (YYYY, YYYY-MM or YYYY-MM-DD); null when it states none ("not stated")' })
  @Column({ name: 'adopted_on', type: 'text', nullable: true })
  adoptedOn: string | null;

  @Field(() => Date, { nullable: true, description: 'When the adoption was recorded in Accord (whether or not the protocol states a date)' })
  @Column({ name: 'adopted_at', type: 'timestamptz', nullable: true })
  adoptedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The adopting body, a role key of the protocol, e.g. full_council' })
  @Column({ name: 'adopted_by', type: 'text', nullable: true })
  adoptedBy: string | null;

  @Field(() => String, { nullable: true, description: 'In force from, as stated (YYYY, YYYY-MM or YYYY-MM-DD)' })
  @Column({ name: 'effective_from', type: 'text', nullable: true })
  effectiveFrom: string | null;

  @Field(() => String, { nullable: true, description: 'When the text says it was last updated (YYYY, YYYY-MM or YYYY-MM-DD)' })
  @Column({ name: 'last_updated', type: 'text', nullable: true })
  lastUpdated: string | null;

  @Field(() => Int, { description: 'The format version of its content (2)' })
  @Column({ type: 'smallint' })
  format: number;

  @Field(() => [ProtocolSection], { description: 'The sections of the text, with headings, in order' })
  @Column({ type: 'jsonb' })
  sections: ProtocolSection[];

  @Field(() => Int, { description: 'How often it is reviewed, in months', nullable: true })
  @Column({ name: 'review_every_months', type: 'int', nullable: true })
  reviewEveryMonths: number | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'A fixed review date, when the protocol gives one' })
  @Column({ name: 'review_on', type: 'date', nullable: true })
  reviewOn: string | null;

  @Field(() => String, { nullable: true, description: 'The reviewing body (a role key of the protocol)' })
  @Column({ name: 'reviewing_body', type: 'text', nullable: true })
  reviewingBody: string | null;

  @Field(() => LocalDateScalar, { description: 'When it is next due for review (YYYY-MM-DD)', nullable: true })
  @Column({ name: 'next_review_due', type: 'date', nullable: true })
  nextReviewDue: string | null;

  @Field(() => [String], { description: 'The clauses that set its review schedule' })
  @Column({ name: 'review_clauses', type: 'text', array: true })
  reviewClauses: string[];

  @Field(() => String, { nullable: true, description: 'What a review is to look at, when the protocol says' })
  @Column({ name: 'review_focus', type: 'text', nullable: true })
  reviewFocus: string | null;

  @Field(() => String, { nullable: true, description: 'The body that approves amendments the review recommends (a role key of the protocol)' })
  @Column({ name: 'amended_by', type: 'text', nullable: true })
  amendedBy: string | null;

  @Field(() => [ProtocolAmendment], { description: 'Parts amended since adoption without a new version' })
  @Column({ type: 'jsonb' })
  amendments: ProtocolAmendment[];

  @Field(() => ProtocolVocabularyType, { description: "The protocol's own concern kinds and enquiry categories, beside the built-in ones" })
  @Column({ type: 'jsonb', default: {} })
  vocabulary: ProtocolVocabulary;

  @Field(() => Int, { description: 'Its version, for expectedVersion (not the version number)' })
  @Column('int')
  version: number;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdById: string | null;

  @Field({ description: 'When it was created' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field({ description: 'When it last changed' })
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@ObjectType({ description: 'A section of a protocol text, with its heading' })
export class ProtocolSection {
  @Field({ description: 'The id clauses name as their section' }) id: string;
  @Field(() => String, { description: 'Its number as written', nullable: true }) number?: string;
  @Field({ description: 'Its heading' }) heading: string;
  @Field(() => String, { description: 'Its heading in Welsh', nullable: true }) headingCy?: string;
}

@ObjectType({ description: 'A clause (or unnumbered paragraph) of a protocol version, as written' })
@Entity('protocol_clauses')
export class ProtocolClause {
  @Field(() => ID, { description: "The clause's record id (for editing)" })
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'council_id', type: 'uuid' })
  councilId: string;

  @Field(() => ID, { description: 'The protocol version it belongs to' })
  @Column({ name: 'version_id', type: 'uuid' })
  versionId: string;

  @Field({ description: 'The stable id rules cite (the document\'s clause id); renumbering never changes it' })
  @Column('text')
  key: string;

  @Field(() => String, { nullable: true, description: 'As written: "4.2", "8.63", "(a)", "•"; null for an unnumbered paragraph' })
  @Column({ type: 'text', nullable: true })
  number: string | null;

  @Field(() => String, { nullable: true, description: 'The id of its section, if any' })
  @Column({ name: 'section_key', type: 'text', nullable: true })
  section: string | null;

  @Field(() => String, { description: 'Its heading, if it has one', nullable: true })
  @Column({ type: 'text', nullable: true })
  heading: string | null;

  @Field(() => String, { description: 'Its heading in Welsh', nullable: true })
  @Column({ name: 'heading_cy', type: 'text', nullable: true })
  headingCy: string | null;

  @Field({ description: 'Its text' })
  @Column('text')
  text: string;

  @Field(() => String, { nullable: true, description: 'The text in Welsh' })
  @Column({ name: 'text_cy', type: 'text', nullable: true })
  textCy: string | null;

  @Field(() => Int, { description: 'Its place in the document, from 0' })
  @Column('int')
  position: number;

  @Field(() => Int, { description: 'Its version, for expectedVersion' })
  @Column('int')
  version: number;
}

/** A role, expectation, chain, response standard, access rule, exception or correspondence rule of a version. */
@Entity('protocol_items')
export class ProtocolItem {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'council_id', type: 'uuid' })
  councilId: string;

  @Column({ name: 'version_id', type: 'uuid' })
  versionId: string;

  @Column('text')
  section: string;

  @Column('text')
  key: string;

  @Column('jsonb')
  body: object;

  @Column({ type: 'text', array: true })
  clauses: string[];

  @Column('int')
  position: number;

  @Column('int')
  version: number;
}

@ObjectType({ description: 'Who holds a role at a council now (or from/to given dates), so that the worker can reach a person' })
@Entity('office_holders')
export class OfficeHolder {
  @Field(() => ID, { description: "The record's id" })
  @PrimaryColumn('uuid')
  id: string;

  @Field(() => ID, { description: "The council's id" })
  @Column({ name: 'council_id', type: 'uuid' })
  councilId: string;

  @Field(() => String, { description: 'The role held: a role key of the protocol, e.g. clerk, chairman, monitoring_officer' })
  @Column({ name: 'role_key', type: 'text' })
  roleKey: string;

  @Field({ description: 'Their name' })
  @Column('text')
  name: string;

  @Field(() => String, { description: 'Their e-mail address, for reminders', nullable: true })
  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Field(() => String, { description: 'Their telephone number', nullable: true })
  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Field({ description: 'True for a deputy (acts when the holder is away)' })
  @Column('boolean')
  deputy: boolean;

  @Field(() => LocalDateScalar, { description: 'The first day they hold it (YYYY-MM-DD)', nullable: true })
  @Column({ name: 'from_date', type: 'date', nullable: true })
  fromDate: string | null;

  @Field(() => LocalDateScalar, { description: 'The last day they hold it; null while they do', nullable: true })
  @Column({ name: 'to_date', type: 'date', nullable: true })
  toDate: string | null;

  @Field(() => Int, { description: 'Its version, for expectedVersion' })
  @Column('int')
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
