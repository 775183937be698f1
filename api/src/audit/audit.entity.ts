import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';

@ObjectType({ description: 'One change, as recorded in the same transaction: who, when, what before and after' })
@Entity('audit_log')
export class AuditEntry {
  @Field(() => ID, { description: "The entry's id" })
  @PrimaryColumn('uuid')
  id: string;

  @Field(() => ID, { description: 'The council the record belongs to' })
  @Column({ name: 'council_id', type: 'uuid' })
  councilId: string;

  @Field({ description: 'When the change was made' })
  @Column({ type: 'timestamptz' })
  at: Date;

  @Field(() => ID, { description: 'The person who made the change; null for the system (the worker, the sweep)', nullable: true })
  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Field(() => ID, { description: 'The API key that made the change, if one did', nullable: true })
  @Column({ name: 'actor_api_key_id', type: 'uuid', nullable: true })
  actorApiKeyId: string | null;

  @Field({ description: 'e.g. council.update, protocol.adopt, clause.update' })
  @Column('text')
  action: string;

  @Field({ description: 'The kind of record, e.g. case, council, protocol_version' })
  @Column('text')
  entity: string;

  @Field(() => ID, { description: "The record's id", nullable: true })
  @Column({ name: 'entity_id', type: 'uuid', nullable: true })
  entityId: string | null;

  @Field(() => GraphQLJSON, { description: 'The record before the change (changed fields); null when created', nullable: true })
  @Column({ type: 'jsonb', nullable: true })
  before: unknown;

  @Field(() => GraphQLJSON, { description: 'The record after the change (changed fields); null when deleted', nullable: true })
  @Column({ type: 'jsonb', nullable: true })
  after: unknown;
}
