import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../common/scalars';
import { vocabulary } from '../common/enums';
import { REVIEW_OUTCOMES, REVIEW_TASK_STATUSES } from '../domain/vocabularies';

export const ReviewTaskStatusEnum = vocabulary(REVIEW_TASK_STATUSES, 'ReviewTaskStatus', 'A protocol review: open, past its date, or done', {
  open: 'Due, and not yet past its date',
  overdue: 'Past its date and not done',
  completed: 'Done: reaffirmed, or a new version adopted',
});
export const ReviewOutcomeEnum = vocabulary(REVIEW_OUTCOMES, 'ReviewOutcome', 'How a review ended: the protocol reaffirmed, or a new version adopted', {
  reaffirmed: 'The protocol was reaffirmed unchanged',
  new_version: 'A new version was adopted',
});

@ObjectType({ description: "A council's protocol review for one review date: one per council per cycle" })
@Entity('review_tasks')
export class ReviewTask {
  @Field(() => ID, { description: "The review's id" }) @PrimaryColumn('uuid') id: string;
  @Field(() => ID, { description: "The council's id" }) @Column({ name: 'council_id', type: 'uuid' }) councilId: string;
  @Field(() => ID, { description: 'The version under review', nullable: true }) @Column({ name: 'protocol_version_id', type: 'uuid', nullable: true }) protocolVersionId: string | null;
  @Field(() => LocalDateScalar, { description: 'The review date (YYYY-MM-DD)' }) @Column({ name: 'due_on', type: 'date' }) dueOn: string;
  @Field(() => ReviewTaskStatusEnum, { description: 'OPEN, OVERDUE or COMPLETED' }) @Column('text') status: string;
  @Field({ description: 'When it was opened' }) @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Field(() => Date, { description: 'When it was done; null until then', nullable: true }) @Column({ name: 'completed_at', type: 'timestamptz', nullable: true }) completedAt: Date | null;
  @Column({ name: 'completed_by', type: 'uuid', nullable: true }) completedById: string | null;
  @Field(() => ReviewOutcomeEnum, { description: 'How it ended, once done', nullable: true }) @Column({ type: 'text', nullable: true }) outcome: string | null;
  @Field(() => Int, { description: 'Its version, for expectedVersion' }) @Column('int') version: number;
}
