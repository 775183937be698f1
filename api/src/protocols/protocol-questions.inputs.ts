import { Field, InputType } from 'type-graphql';
import { RoleKeyEnum } from './protocol.enums';

@InputType({ description: 'Who is asking to see something, as far as the protocol cares' })
export class AccessRequesterInput {
  @Field(() => RoleKeyEnum, { description: 'The requester\'s role, e.g. MEMBER, CABINET_MEMBER' })
  role: string;

  @Field({ nullable: true, description: 'A member of the committee the information belongs to' })
  committeeMember?: boolean;

  @Field({ nullable: true, description: 'Whether a need to know has been established; omit when nobody has decided yet' })
  needToKnow?: boolean;

  @Field({ nullable: true })
  overviewScrutiny?: boolean;

  @Field({ nullable: true })
  partyGroupMember?: boolean;

  @Field({ nullable: true })
  wardMember?: boolean;

  @Field({ nullable: true, description: 'A member of the political group forming the administration' })
  administrationGroup?: boolean;
}
