import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A read-only key for an integration, scoped to a council (and optionally the councils below it)' })
@Entity('api_keys')
export class ApiKey {
  @Field(() => ID, { description: "The key's id (not the secret)" })
  @PrimaryColumn('uuid')
  id: string;

  @Field(() => ID, { description: 'The id of the council the key reads' })
  @Column({ name: 'council_id', type: 'uuid' })
  councilId: string;

  @Field({ description: 'What the key is for, as its creator named it, e.g. "Council website"' })
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

  @Field({ description: 'When the key was created' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { description: 'When the key was last used; null if never', nullable: true })
  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Field(() => Date, { description: 'When the key was revoked; null while it works', nullable: true })
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Field({ description: 'False once the key is revoked; a revoked key is refused (UNAUTHENTICATED)' })
  get active(): boolean {
    return this.revokedAt === null;
  }
}
