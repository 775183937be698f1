import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDateScalar, VocabularyKeyScalar } from '../common/scalars';
import { CASE_ACTIONS, CASE_KINDS, CASE_STATUSES, REMINDER_KINDS } from '../domain/casework';
import { ClassificationEnum, SeverityEnum, vocabulary } from '../protocols/protocol.enums';

export const CaseKindEnum = vocabulary(CASE_KINDS, 'CaseKind', 'An enquiry (by category, with response standards) or a concern (by kind, with an escalation chain)');
export const CaseStatusEnum = vocabulary(CASE_STATUSES, 'CaseStatus', 'open → acknowledged → responded / resolved → closed');
export const CaseActionEnum = vocabulary(CASE_ACTIONS, 'CaseAction', 'What moves a case on');
export const ReminderKindEnum = vocabulary(REMINDER_KINDS, 'ReminderKind', 'Before a deadline (…_SOON) or after it passed (…_MISSED)');

@ObjectType({ description: 'One step of the route a case follows, fixed at receipt from the protocol in force' })
export class CaseStep {
  @Field(() => Int) index: number;
  @Field(() => VocabularyKeyScalar, { nullable: true, description: 'A role key of the protocol (lower case); null when the step does not apply to this case (its handler is the subject)' }) handler: string | null;
  @Field({ description: 'What happens at the step (RESPOND for an enquiry\'s first step, ESCALATION after it; a chain step\'s action otherwise)' }) action: string;
  @Field(() => Int, { nullable: true, description: 'Working days allowed at this step' }) workingDays: number | null;
  @Field(() => [VocabularyKeyScalar], { description: 'Role keys of the protocol (lower case)' }) notify: string[];
  @Field(() => [String]) clauses: string[];
}

@ObjectType({ description: 'An enquiry or concern at a council, with the deadlines and route its protocol gave it at receipt' })
@Entity('cases')
export class Case {
  @Field(() => ID) @PrimaryColumn('uuid') id: string;
  @Field(() => ID) @Column({ name: 'council_id', type: 'uuid' }) councilId: string;
  @Field({ description: 'The council\'s own reference, e.g. 2026-0042' }) @Column('text') reference: string;
  @Field(() => CaseKindEnum) @Column('text') kind: string;
  @Field(() => VocabularyKeyScalar, { nullable: true, description: 'An enquiry category of the protocol in force, built in or its own (lower case)' }) @Column({ type: 'text', nullable: true }) category: string | null;
  @Field(() => VocabularyKeyScalar, { nullable: true, description: 'A concern kind of the protocol in force, built in or its own (lower case)' }) @Column({ type: 'text', nullable: true }) concern: string | null;
  @Field(() => SeverityEnum) @Column('text') severity: string;
  @Field(() => VocabularyKeyScalar, { nullable: true, description: 'The role the case is about (a role key of the protocol, lower case)' }) @Column({ name: 'about_role', type: 'text', nullable: true }) aboutRole: string | null;
  @Field(() => String, { nullable: true, description: 'The person it is about, when named' }) @Column({ name: 'about_person', type: 'text', nullable: true }) aboutPerson: string | null;
  @Field(() => VocabularyKeyScalar, { description: 'A role key (lower case)' }) @Column({ name: 'raised_by_role', type: 'text' }) raisedByRole: string;
  @Field() @Column({ name: 'raised_by_name', type: 'text' }) raisedByName: string;
  @Field(() => String, { nullable: true }) @Column({ name: 'raised_by_email', type: 'text', nullable: true }) raisedByEmail: string | null;
  @Field() @Column({ name: 'received_at', type: 'timestamptz' }) receivedAt: Date;
  @Field() @Column('boolean') urgent: boolean;
  @Field(() => ClassificationEnum) @Column('text') classification: string;
  @Field() @Column('text') subject: string;
  @Field() @Column('text') description: string;
  @Field(() => [String], { description: 'Linked documents, by reference (a file path, URL or document number)' }) @Column({ type: 'text', array: true }) documents: string[];
  @Field(() => CaseStatusEnum) @Column('text') status: string;
  @Field(() => ID, { description: 'The protocol version in force at receipt, which fixed the deadlines' }) @Column({ name: 'protocol_version_id', type: 'uuid' }) protocolVersionId: string;
  @Field(() => LocalDateScalar, { description: 'Day 0 of every count' }) @Column({ name: 'start_day', type: 'date' }) startDay: string;
  @Field(() => LocalDateScalar, { nullable: true }) @Column({ name: 'acknowledge_by', type: 'date', nullable: true }) acknowledgeBy: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) @Column({ name: 'respond_by', type: 'date', nullable: true }) respondBy: string | null;
  @Field() @Column({ name: 'respond_before_meeting', type: 'boolean' }) respondBeforeMeeting: boolean;
  @Field(() => [CaseStep]) @Column({ type: 'jsonb' }) steps: CaseStep[];
  @Field(() => Int, { description: 'The current step of `steps`' }) @Column({ name: 'step_index', type: 'int' }) stepIndex: number;
  @Field(() => LocalDateScalar, { nullable: true, description: 'When the current step\'s time runs out' }) @Column({ name: 'step_due', type: 'date', nullable: true }) stepDue: string | null;
  @Field(() => VocabularyKeyScalar, { nullable: true, description: 'Who handles the case now (a role key of the protocol, lower case)' }) @Column({ name: 'handler_role', type: 'text', nullable: true }) handlerRole: string | null;
  @Field(() => [String]) @Column({ type: 'text', array: true }) clauses: string[];
  @Field(() => Int) @Column('int') version: number;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdById: string | null;
  @Field() @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Field() @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  @Field(() => Date, { nullable: true }) @Column({ name: 'closed_at', type: 'timestamptz', nullable: true }) closedAt: Date | null;
}

@ObjectType({ description: 'A change on a case\'s timeline: who, when, what' })
@Entity('case_events')
export class CaseEvent {
  @Field(() => ID) @PrimaryColumn('uuid') id: string;
  @Column({ name: 'council_id', type: 'uuid' }) councilId: string;
  @Field(() => ID) @Column({ name: 'case_id', type: 'uuid' }) caseId: string;
  @Field() @Column({ type: 'timestamptz' }) at: Date;
  @Field(() => ID, { nullable: true }) @Column({ name: 'actor_user_id', type: 'uuid', nullable: true }) actorUserId: string | null;
  @Field({ description: 'Made by the worker (a reminder, an automatic escalation)' }) @Column({ name: 'by_worker', type: 'boolean' }) byWorker: boolean;
  @Field() @Column('text') kind: string;
  @Field(() => CaseStatusEnum, { nullable: true }) @Column({ name: 'from_status', type: 'text', nullable: true }) fromStatus: string | null;
  @Field(() => CaseStatusEnum, { nullable: true }) @Column({ name: 'to_status', type: 'text', nullable: true }) toStatus: string | null;
  @Field(() => Int, { nullable: true }) @Column({ name: 'step_index', type: 'int', nullable: true }) stepIndex: number | null;
  @Field() @Column('text') note: string;
}

@ObjectType({ description: 'A reminder the worker sends on a day, once' })
@Entity('reminders')
export class Reminder {
  @Field(() => ID) @PrimaryColumn('uuid') id: string;
  @Column({ name: 'council_id', type: 'uuid' }) councilId: string;
  @Column({ name: 'case_id', type: 'uuid', nullable: true }) caseId: string | null;
  @Column({ name: 'review_task_id', type: 'uuid', nullable: true }) reviewTaskId: string | null;
  @Field() @Column('text') kind: string;
  @Column({ name: 'dedupe_key', type: 'text' }) dedupeKey: string;
  @Field() @Column({ name: 'send_at', type: 'timestamptz' }) sendAt: Date;
  @Field(() => LocalDateScalar, { nullable: true }) @Column({ type: 'date', nullable: true }) deadline: string | null;
  @Field(() => Int, { nullable: true }) @Column({ name: 'step_index', type: 'int', nullable: true }) stepIndex: number | null;
  @Field(() => [VocabularyKeyScalar], { description: 'Role keys (lower case)' }) @Column({ name: 'to_roles', type: 'text', array: true }) toRoles: string[];
  @Field() @Column('text') status: string;
  @Field(() => Int) @Column('int') attempts: number;
  @Field(() => String, { nullable: true }) @Column({ name: 'last_error', type: 'text', nullable: true }) lastError: string | null;
  @Field(() => Date, { nullable: true }) @Column({ name: 'sent_at', type: 'timestamptz', nullable: true }) sentAt: Date | null;
}
