import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { NotificationKind } from '../common/enums';
import { LocalDateScalar } from '../common/scalars';

@ObjectType({ description: 'Something a council should act on, recorded once by the worker' })
@Entity('notifications')
export class Notification {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ name: 'council_id', type: 'uuid' })
  councilId: string;

  @Field(() => NotificationKind)
  @Column('text')
  kind: NotificationKind;

  @Column({ name: 'dedupe_key', type: 'text' })
  dedupeKey: string;

  @Field()
  @Column('text')
  subject: string;

  @Field()
  @Column('text')
  body: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @Column({ name: 'due_date', type: 'date', nullable: true })
  dueDate: string | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;
}
