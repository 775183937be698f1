import { Field, InputType } from 'type-graphql';
import { VocabularyKeyScalar } from '../common/scalars';
import { AccessRelationEnum } from './protocol.enums';

@InputType({ description: 'Who is asking to see something, as far as the protocol cares' })
export class AccessRequesterInput {
  @Field(() => VocabularyKeyScalar, { description: "The requester's role: a role key of the protocol, in either case (member, CABINET_MEMBER)" })
  role: string;

  @Field({ nullable: true, description: 'A member of the committee the information belongs to' })
  committeeMember?: boolean;

  @Field({ nullable: true, description: 'Whether a need to know has been established; omit when nobody has decided yet' })
  needToKnow?: boolean;

  @Field({ description: 'The requester sits on an overview and scrutiny committee and asks for its work', nullable: true })
  overviewScrutiny?: boolean;

  @Field({ description: 'The requester belongs to the political group whose information it is', nullable: true })
  partyGroupMember?: boolean;

  @Field({ description: 'The requester is the member for the ward the matter is in', nullable: true })
  wardMember?: boolean;

  @Field({ nullable: true, description: 'A member of the political group forming the administration' })
  administrationGroup?: boolean;

  @Field(() => [AccessRelationEnum], { nullable: true, description: 'How the requester stands to the matter: REQUESTER (they asked for it), WARD_MEMBER, SUBJECT' })
  relations?: string[];
}
