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
  @Field(() => ID) @PrimaryColumn('uuid') id: string;
  @Field(() => ID) @Column({ name: 'council_id', type: 'uuid' }) councilId: string;
  @Field(() => ID, { nullable: true }) @Column({ name: 'protocol_version_id', type: 'uuid', nullable: true }) protocolVersionId: string | null;
  @Field(() => LocalDateScalar) @Column({ name: 'due_on', type: 'date' }) dueOn: string;
  @Field(() => ReviewTaskStatusEnum) @Column('text') status: string;
  @Field() @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Field(() => Date, { nullable: true }) @Column({ name: 'completed_at', type: 'timestamptz', nullable: true }) completedAt: Date | null;
  @Column({ name: 'completed_by', type: 'uuid', nullable: true }) completedById: string | null;
  @Field(() => ReviewOutcomeEnum, { nullable: true }) @Column({ type: 'text', nullable: true }) outcome: string | null;
  @Field(() => Int) @Column('int') version: number;
}
