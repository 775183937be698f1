import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDateScalar, VocabularyKeyScalar } from '../common/scalars';
import { CASE_ACTIONS, CASE_KINDS, CASE_STATUSES, REMINDER_KINDS } from '../domain/casework';
import { ClassificationEnum, SeverityEnum, vocabulary } from '../protocols/protocol.enums';

export const CaseKindEnum = vocabulary(CASE_KINDS, 'CaseKind', 'An enquiry (by category, with response standards) or a concern (by kind, with an escalation chain)', {
  enquiry: "A member's enquiry to officers, answered within a response standard",
  concern: 'A concern or complaint, routed through an escalation chain',
});
export const CaseStatusEnum = vocabulary(CASE_STATUSES, 'CaseStatus', 'open → acknowledged → responded / resolved → closed', {
  open: 'Received, not yet acknowledged',
  acknowledged: 'Acknowledged, not yet answered',
  responded: 'An enquiry that was answered',
  resolved: 'A concern that was resolved',
  closed: 'Closed: nothing more is due',
});
export const CaseActionEnum = vocabulary(CASE_ACTIONS, 'CaseAction', 'What moves a case on', {
  acknowledge: 'Acknowledge receipt (from OPEN)',
  respond: 'Answer an enquiry (from OPEN or ACKNOWLEDGED)',
  resolve: 'Resolve a concern',
  close: 'Close the case',
  escalate: 'Move a concern on to the next step of its route',
});
export const ReminderKindEnum = vocabulary(REMINDER_KINDS, 'ReminderKind', 'Before a deadline (…_SOON) or after it passed (…_MISSED)', {
  acknowledge_soon: 'The acknowledgement is due soon',
  acknowledge_missed: 'The acknowledgement date passed',
  respond_soon: 'The response is due soon',
  respond_missed: 'The response date passed',
  step_soon: 'The current step is due soon',
  step_missed: "The current step's time limit passed",
});

@ObjectType({ description: 'One step of the route a case follows, fixed at receipt from the protocol in force' })
export class CaseStep {
  @Field(() => Int, { description: 'Its place in the route, from 0' }) index: number;
  @Field(() => VocabularyKeyScalar, { nullable: true, description: 'A role key of the protocol (lower case); null when the step does not apply to this case (its handler is the subject)' }) handler: string | null;
  @Field({ description: 'What happens at the step (RESPOND for an enquiry\'s first step, ESCALATION after it; a chain step\'s action otherwise)' }) action: string;
  @Field(() => Int, { nullable: true, description: 'Working days allowed at this step' }) workingDays: number | null;
  @Field(() => [VocabularyKeyScalar], { description: 'Who is told when the step starts or its time runs out (role keys of the protocol, lower case)' }) notify: string[];
  @Field(() => [String], { description: 'The clauses the step comes from' }) clauses: string[];
}

@ObjectType({ description: 'An enquiry or concern at a council, with the deadlines and route its protocol gave it at receipt' })
@Entity('cases')
export class Case {
  @Field(() => ID, { description: "The case's id" }) @PrimaryColumn('uuid') id: string;
  @Field(() => ID, { description: 'The id of the council the case belongs to' }) @Column({ name: 'council_id', type: 'uuid' }) councilId: string;
  @Field({ description: 'The council\'s own reference, e.g. 2026-0042' }) @Column('text') reference: string;
  @Field(() => CaseKindEnum, { description: 'An enquiry or a concern' }) @Column('text') kind: string;
  @Field(() => VocabularyKeyScalar, { description: 'For an enquiry: its category, built in or the protocol\'s own (lower case)', nullable: true }) @Column({ type: 'text', nullable: true }) category: string | null;
  @Field(() => VocabularyKeyScalar, { description: 'For a concern: its kind, built in or the protocol\'s own (lower case)', nullable: true }) @Column({ type: 'text', nullable: true }) concern: string | null;
  @Field(() => SeverityEnum, { description: 'How serious a concern is; ANY for an enquiry' }) @Column('text') severity: string;
  @Field(() => VocabularyKeyScalar, { nullable: true, description: 'The role the case is about (a role key of the protocol, lower case)' }) @Column({ name: 'about_role', type: 'text', nullable: true }) aboutRole: string | null;
  @Field(() => String, { nullable: true, description: 'The person it is about, when named' }) @Column({ name: 'about_person', type: 'text', nullable: true }) aboutPerson: string | null;
  @Field(() => VocabularyKeyScalar, { description: 'The role of whoever raised it (a role key, lower case)' }) @Column({ name: 'raised_by_role', type: 'text' }) raisedByRole: string;
  @Field({ description: 'The name of whoever raised it' }) @Column({ name: 'raised_by_name', type: 'text' }) raisedByName: string;
  @Field(() => String, { description: 'The e-mail address of whoever raised it, if given', nullable: true }) @Column({ name: 'raised_by_email', type: 'text', nullable: true }) raisedByEmail: string | null;
  @Field({ description: 'When it was received; its deadlines count from it (see startDay)' }) @Column({ name: 'received_at', type: 'timestamptz' }) receivedAt: Date;
  @Field({ description: "Whether the protocol's urgent standard was applied" }) @Column('boolean') urgent: boolean;
  @Field(() => ClassificationEnum, { description: "How confidential the case is; anything but PUBLIC is seen only by the council's clerks and monitoring officers" }) @Column('text') classification: string;
  @Field({ description: 'A short subject line' }) @Column('text') subject: string;
  @Field({ description: 'What it is about, in more detail' }) @Column('text') description: string;
  @Field(() => [String], { description: 'Linked documents, by reference (a file path, URL or document number)' }) @Column({ type: 'text', array: true }) documents: string[];
  @Field(() => CaseStatusEnum, { description: 'Where the case is: OPEN, ACKNOWLEDGED, RESPONDED, RESOLVED or CLOSED' }) @Column('text') status: string;
  @Field(() => ID, { description: 'The protocol version in force at receipt, which fixed the deadlines' }) @Column({ name: 'protocol_version_id', type: 'uuid' }) protocolVersionId: string;
  @Field(() => LocalDateScalar, { description: 'Day 0 of every count' }) @Column({ name: 'start_day', type: 'date' }) startDay: string;
  @Field(() => LocalDateScalar, { description: 'The date an acknowledgement is due (YYYY-MM-DD); null when the standard asks none', nullable: true }) @Column({ name: 'acknowledge_by', type: 'date', nullable: true }) acknowledgeBy: string | null;
  @Field(() => LocalDateScalar, { description: 'The date the response is due (YYYY-MM-DD); null when it is due before a meeting', nullable: true }) @Column({ name: 'respond_by', type: 'date', nullable: true }) respondBy: string | null;
  @Field({ description: 'True when the answer is due before a meeting rather than by a date' }) @Column({ name: 'respond_before_meeting', type: 'boolean' }) respondBeforeMeeting: boolean;
  @Field(() => [CaseStep], { description: "The route it follows, fixed at receipt: for an enquiry the response then any escalation, for a concern its chain's steps" }) @Column({ type: 'jsonb' }) steps: CaseStep[];
  @Field(() => Int, { description: 'The current step of `steps`' }) @Column({ name: 'step_index', type: 'int' }) stepIndex: number;
  @Field(() => LocalDateScalar, { nullable: true, description: 'When the current step\'s time runs out' }) @Column({ name: 'step_due', type: 'date', nullable: true }) stepDue: string | null;
  @Field(() => VocabularyKeyScalar, { nullable: true, description: 'Who handles the case now (a role key of the protocol, lower case)' }) @Column({ name: 'handler_role', type: 'text', nullable: true }) handlerRole: string | null;
  @Field(() => [String], { description: 'The protocol clauses its deadlines and route come from' }) @Column({ type: 'text', array: true }) clauses: string[];
  @Field(() => Int, { description: 'Its version, for expectedVersion: goes up with each change' }) @Column('int') version: number;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdById: string | null;
  @Field({ description: 'When it was recorded in Accord' }) @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Field({ description: 'When it last changed' }) @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  @Field(() => Date, { description: 'When it was closed; null while live', nullable: true }) @Column({ name: 'closed_at', type: 'timestamptz', nullable: true }) closedAt: Date | null;
}

@ObjectType({ description: 'A change on a case\'s timeline: who, when, what' })
@Entity('case_events')
export class CaseEvent {
  @Field(() => ID, { description: "The entry's id" }) @PrimaryColumn('uuid') id: string;
  @Column({ name: 'council_id', type: 'uuid' }) councilId: string;
  @Field(() => ID, { description: "The case's id" }) @Column({ name: 'case_id', type: 'uuid' }) caseId: string;
  @Field({ description: 'When it happened' }) @Column({ type: 'timestamptz' }) at: Date;
  @Field(() => ID, { description: 'The person who did it; null for the system', nullable: true }) @Column({ name: 'actor_user_id', type: 'uuid', nullable: true }) actorUserId: string | null;
  @Field({ description: 'Made by the worker (a reminder, an automatic escalation)' }) @Column({ name: 'by_worker', type: 'boolean' }) byWorker: boolean;
  @Field({ description: 'What happened: opened, acknowledged, responded, resolved, closed, escalated, reminded, deadline_missed or note' }) @Column('text') kind: string;
  @Field(() => CaseStatusEnum, { description: 'The status before, for a move', nullable: true }) @Column({ name: 'from_status', type: 'text', nullable: true }) fromStatus: string | null;
  @Field(() => CaseStatusEnum, { description: 'The status after, for a move', nullable: true }) @Column({ name: 'to_status', type: 'text', nullable: true }) toStatus: string | null;
  @Field(() => Int, { description: 'The step of the route it concerns, from 0', nullable: true }) @Column({ name: 'step_index', type: 'int', nullable: true }) stepIndex: number | null;
  @Field({ description: 'The note given with it (may be empty)' }) @Column('text') note: string;
}

@ObjectType({ description: 'A reminder the worker sends on a day, once' })
@Entity('reminders')
export class Reminder {
  @Field(() => ID, { description: "The reminder's id" }) @PrimaryColumn('uuid') id: string;
  @Column({ name: 'council_id', type: 'uuid' }) councilId: string;
  @Column({ name: 'case_id', type: 'uuid', nullable: true }) caseId: string | null;
  @Column({ name: 'review_task_id', type: 'uuid', nullable: true }) reviewTaskId: string | null;
  @Field({ description: 'What it is about: ACKNOWLEDGE_SOON, RESPOND_MISSED and the like' }) @Column('text') kind: string;
  @Column({ name: 'dedupe_key', type: 'text' }) dedupeKey: string;
  @Field({ description: 'When it is (or was) due to be sent' }) @Column({ name: 'send_at', type: 'timestamptz' }) sendAt: Date;
  @Field(() => LocalDateScalar, { description: 'The deadline it is about (YYYY-MM-DD)', nullable: true }) @Column({ type: 'date', nullable: true }) deadline: string | null;
  @Field(() => Int, { description: 'The step of the route it concerns, for a step reminder', nullable: true }) @Column({ name: 'step_index', type: 'int', nullable: true }) stepIndex: number | null;
  @Field(() => [VocabularyKeyScalar], { description: "Whom it goes to (role keys, lower case; the council's office holders of those roles)" }) @Column({ name: 'to_roles', type: 'text', array: true }) toRoles: string[];
  @Field({ description: 'pending, sent, failed or cancelled (cancelled when the case moved on first)' }) @Column('text') status: string;
  @Field(() => Int, { description: 'How many times sending was tried' }) @Column('int') attempts: number;
  @Field(() => String, { description: 'Why the last try failed, if it did', nullable: true }) @Column({ name: 'last_error', type: 'text', nullable: true }) lastError: string | null;
  @Field(() => Date, { description: 'When it was sent; null until then', nullable: true }) @Column({ name: 'sent_at', type: 'timestamptz', nullable: true }) sentAt: Date | null;
}
