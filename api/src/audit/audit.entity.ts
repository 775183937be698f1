import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';

@ObjectType({ description: 'One change, as recorded in the same transaction: who, when, what before and after' })
@Entity('audit_log')
export class AuditEntry {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ name: 'council_id', type: 'uuid' })
  councilId: string;

  @Field()
  @Column({ type: 'timestamptz' })
  at: Date;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'actor_api_key_id', type: 'uuid', nullable: true })
  actorApiKeyId: string | null;

  @Field({ description: 'e.g. council.update, protocol.adopt, clause.update' })
  @Column('text')
  action: string;

  @Field()
  @Column('text')
  entity: string;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'entity_id', type: 'uuid', nullable: true })
  entityId: string | null;

  @Field(() => GraphQLJSON, { nullable: true })
  @Column({ type: 'jsonb', nullable: true })
  before: unknown;

  @Field(() => GraphQLJSON, { nullable: true })
  @Column({ type: 'jsonb', nullable: true })
  after: unknown;
}
