import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A person who signs in: a clerk, a monitoring officer, a viewer or a platform admin' })
@Entity('users')
export class User {
  @Field(() => ID, { description: "The person's id" })
  @PrimaryColumn('uuid')
  id: string;

  @Field({ description: 'Their e-mail address, used to sign in' })
  @Column('text')
  email: string;

  @Field({ description: 'Their name as shown' })
  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  @Column({ name: 'password_hash', type: 'text', select: false })
  passwordHash: string;

  @Field({ description: 'True for a platform admin' })
  @Column({ name: 'platform_admin', type: 'boolean' })
  platformAdmin: boolean;

  @Field({ description: "The person's language: en or cy (Cymraeg)" })
  @Column('text')
  locale: string;

  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  /** SHA-256 of the one-time link of a pending invitation (see inviteUser); never selected unless asked for. */
  @Column({ name: 'invite_token_hash', type: 'text', nullable: true, select: false })
  inviteTokenHash: string | null;

  @Field(() => Date, { nullable: true, description: 'When the pending invitation to set a password expires; null when none is pending' })
  @Column({ name: 'invite_expires_at', type: 'timestamptz', nullable: true })
  inviteExpiresAt: Date | null;

  @Field(() => Int, { description: 'Its version, for expectedVersion' })
  @Column('int')
  version: number;

  /** The `tv` claim tokens must carry (see api/src/db/sql/20-token-version.sql); not read unless asked for. */
  @Column({ name: 'token_version', type: 'int', select: false, insert: false, update: false })
  tokenVersion: number;

  @Field({ description: 'When the account was created' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
