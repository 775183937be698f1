import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { NotificationKind } from '../common/enums';
import { LocalDateScalar } from '../common/scalars';

@ObjectType({ description: 'Something a council should act on, recorded once by the worker' })
@Entity('notifications')
export class Notification {
  @Field(() => ID, { description: "The notification's id" })
  @PrimaryColumn('uuid')
  id: string;

  @Field(() => ID, { description: "The council's id" })
  @Column({ name: 'council_id', type: 'uuid' })
  councilId: string;

  @Field(() => NotificationKind, { description: 'What it is about' })
  @Column('text')
  kind: NotificationKind;

  @Column({ name: 'dedupe_key', type: 'text' })
  dedupeKey: string;

  @Field({ description: 'Its subject line, in your language' })
  @Column('text')
  subject: string;

  @Field({ description: 'The text, in your language' })
  @Column('text')
  body: string;

  @Field(() => LocalDateScalar, { description: 'The date it is about (YYYY-MM-DD), if any', nullable: true })
  @Column({ name: 'due_date', type: 'date', nullable: true })
  dueDate: string | null;

  @Field({ description: 'When it was made' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { description: 'When you marked it read; null while unread', nullable: true })
  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'The case a reminder was about' })
  @Column({ name: 'case_id', type: 'uuid', nullable: true })
  caseId: string | null;

  @Field(() => String, { nullable: true, description: 'Whom it was for (a reminder goes to the holders of a role)' })
  @Column({ name: 'recipient_name', type: 'text', nullable: true })
  recipientName: string | null;

  @Field(() => String, { description: 'The address it was e-mailed to', nullable: true })
  @Column({ name: 'recipient_email', type: 'text', nullable: true })
  recipientEmail: string | null;

  @Field({ description: 'none (in the app only), pending, sent or failed' })
  @Column({ name: 'email_status', type: 'text' })
  emailStatus: string;

  @Field(() => Date, { description: 'When it was e-mailed; null if not (yet)', nullable: true })
  @Column({ name: 'emailed_at', type: 'timestamptz', nullable: true })
  emailedAt: Date | null;
}
