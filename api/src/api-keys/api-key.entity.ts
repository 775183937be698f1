import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A read-only key for an integration, scoped to a council (and optionally the councils below it)' })
@Entity('api_keys')
export class ApiKey {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ name: 'council_id', type: 'uuid' })
  councilId: string;

  @Field()
  @Column('text')
  name: string;

  @Field({ description: 'The first characters of the key, to tell keys apart; the key itself is never stored' })
  @Column('text')
  prefix: string;

  @Column({ name: 'secret_hash', type: 'bytea', select: false })
  secretHash: Buffer;

  @Field({ description: 'Whether the key also reaches every council below its council' })
  @Column({ name: 'include_descendants', type: 'boolean' })
  includeDescendants: boolean;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdById: string | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Field()
  get active(): boolean {
    return this.revokedAt === null;
  }
}
