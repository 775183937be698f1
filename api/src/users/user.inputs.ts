import { ListOf } from '../common/list';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { MembershipRole, SortDirection } from '../common/enums';
import { ApiKey } from '../api-keys/api-key.entity';
import { Membership } from './membership.entity';
import { User } from './user.entity';

export enum UserSortField {
  EMAIL = 'email',
  DISPLAY_NAME = 'display_name',
  CREATED_AT = 'created_at',
}
registerEnumType(UserSortField, { name: 'UserSortField' });

@InputType()
export class UserFilter {
  @Field({ nullable: true, description: 'Matches e-mail or display name' })
  search?: string;

  @Field(() => ID, { nullable: true, description: 'Only members of this council' })
  councilId?: string;

  @Field(() => MembershipRole, { nullable: true, description: 'Only people with this role (at the council filtered on, when there is one)' })
  role?: MembershipRole;

  @Field(() => [ID], { nullable: true })
  ids?: string[];
}

@InputType()
export class UserSort {
  @Field(() => UserSortField, { defaultValue: UserSortField.EMAIL })
  field: UserSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction: SortDirection;
}

@InputType({ description: 'A new person, with their first membership' })
export class CreateUserInput {
  @Field()
  email: string;

  @Field()
  displayName: string;

  @Field()
  password: string;

  @Field(() => ID)
  councilId: string;

  @Field(() => MembershipRole)
  role: MembershipRole;

  @Field({ nullable: true, description: 'en or cy' })
  locale?: string;
}

@InputType({ description: 'Omitted fields are left as they are' })
export class UpdateUserInput {
  @Field({ nullable: true })
  displayName?: string;

  @Field({ nullable: true, description: "A new password. Your own: give currentPassword too. Someone else's: a monitoring officer for all their councils, or a platform admin" })
  password?: string;

  @Field({ nullable: true, description: 'Your current password, needed to change your own' })
  currentPassword?: string;

  @Field({ nullable: true })
  locale?: string;
}

@InputType()
export class MembershipFilter {
  @Field(() => ID, { nullable: true })
  councilId?: string;

  @Field(() => ID, { nullable: true })
  userId?: string;
}

@InputType()
export class AddMembershipInput {
  @Field(() => ID)
  userId: string;

  @Field(() => ID)
  councilId: string;

  @Field(() => MembershipRole)
  role: MembershipRole;
}

@ObjectType()
export class UserList extends ListOf(User) {}

@ObjectType()
export class MembershipList extends ListOf(Membership) {}

@ObjectType({ description: "The caller's effective role at a council in their scope" })
export class CouncilRole {
  @Field(() => ID)
  councilId: string;

  @Field(() => MembershipRole, { description: "A monitoring officer's role reaches every council below theirs" })
  role: MembershipRole;
}

@ObjectType({ description: 'Who is calling' })
export class Me {
  @Field(() => User, { nullable: true, description: 'null when calling with an API key' })
  user: User | null;

  @Field(() => ApiKey, { nullable: true, description: 'The API key in use, if any' })
  apiKey: ApiKey | null;

  @Field()
  platformAdmin: boolean;

  @Field({ description: 'True for API keys: queries only' })
  readOnly: boolean;

  @Field(() => [Membership], { description: "Your own memberships (an API key has none)" })
  memberships: Membership[];
}

@ObjectType()
export class AuthPayload {
  @Field({ description: 'Send as "Authorization: Bearer <token>"' })
  token: string;

  @Field()
  expiresAt: Date;

  @Field(() => User)
  user: User;
}

@InputType({ description: 'Someone to invite to a council: they get an e-mail with a one-time link to set their own password' })
export class InviteUserInput {
  @Field(() => ID, { description: 'The council they will serve' })
  councilId: string;

  @Field({ description: 'Where the invitation is sent; their sign-in' })
  email: string;

  @Field({ description: 'Their name as shown in the app and on routes' })
  displayName: string;

  @Field(() => MembershipRole, { defaultValue: 'clerk', description: 'Their role at the council (CLERK by default)' })
  role: MembershipRole;

  @Field({ nullable: true, description: 'en or cy: the language of the invitation and of the app for them (default: cy for a council in Wales, else en)' })
  locale?: string;

  @Field({ defaultValue: true, description: 'For a clerk: also record them as the holder of the Clerk role from today, so routes name them' })
  officeHolder: boolean;
}

@ObjectType({ description: 'An invitation sent: the person (who cannot sign in until they set a password) and when the link expires' })
export class Invitation {
  @Field(() => User, { description: 'The invited person' })
  user: User;

  @Field({ description: 'When the one-time link stops working' })
  expiresAt: Date;

  @Field({ description: 'Whether they were made the holder of the Clerk role' })
  officeHolder: boolean;
}
