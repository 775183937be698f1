import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { MembershipRole } from '../common/enums';

@ObjectType({ description: "A person's role at a council" })
@Entity('memberships')
export class Membership {
  @Field(() => ID, { description: "The membership's id" })
  @PrimaryColumn('uuid')
  id: string;

  @Field(() => ID, { description: "The council's id" })
  @Column({ name: 'council_id', type: 'uuid' })
  councilId: string;

  @Field(() => ID, { description: "The person's id" })
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Field(() => MembershipRole, { description: 'The role' })
  @Column('text')
  role: MembershipRole;

  @Field({ description: 'When the role was given' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
