import { ListOf } from '../common/list';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { MembershipRole, SortDirection, sortFields } from '../common/enums';
import { ApiKey } from '../api-keys/api-key.entity';
import { Membership } from './membership.entity';
import { User } from './user.entity';

export const UserSortField = sortFields('UserSortField', 'What a list of people can be sorted by', {
  EMAIL: ['email', 'E-mail address (the default)'],
  DISPLAY_NAME: ['display_name', 'Name'],
  CREATED_AT: ['created_at', 'When the account was created'],
});
export type UserSortField = (typeof UserSortField)[keyof typeof UserSortField];

@InputType({ description: 'Narrows the list; every field given must match' })
export class UserFilter {
  @Field({ nullable: true, description: 'Matches e-mail or display name' })
  search?: string;

  @Field(() => ID, { nullable: true, description: 'Only members of this council' })
  councilId?: string;

  @Field(() => MembershipRole, { nullable: true, description: 'Only people with this role (at the council filtered on, when there is one)' })
  role?: MembershipRole;

  @Field(() => [ID], { description: 'Only these people', nullable: true })
  ids?: string[];
}

@InputType({ description: 'The order of a list: a field and a direction' })
export class UserSort {
  @Field(() => UserSortField, { description: 'What to sort by', defaultValue: UserSortField.EMAIL })
  field: UserSortField;

  @Field(() => SortDirection, { description: 'ASC (A to Z, earliest first) or DESC', defaultValue: SortDirection.ASC })
  direction: SortDirection;
}

@InputType({ description: 'A new person, with their first membership' })
export class CreateUserInput {
  @Field({ description: 'Their e-mail address, used to sign in (unique)' })
  email: string;

  @Field({ description: 'Their name as shown' })
  displayName: string;

  @Field({ description: 'Their first password (the password policy applies: BAD_USER_INPUT names what is wrong)' })
  password: string;

  @Field(() => ID, { description: 'The council where they get their role' })
  councilId: string;

  @Field(() => MembershipRole, { description: 'Their role at the council' })
  role: MembershipRole;

  @Field({ nullable: true, description: 'en or cy' })
  locale?: string;
}

@InputType({ description: 'Omitted fields are left as they are' })
export class UpdateUserInput {
  @Field({ description: 'Their name as shown', nullable: true })
  displayName?: string;

  @Field({ nullable: true, description: "A new password. Your own: give currentPassword too. Someone else's: a monitoring officer for all their councils, or a platform admin" })
  password?: string;

  @Field({ nullable: true, description: 'Your current password, needed to change your own' })
  currentPassword?: string;

  @Field({ description: 'The language of the app and e-mails for them', nullable: true })
  locale?: string;
}

@InputType({ description: 'Narrows the list; every field given must match' })
export class MembershipFilter {
  @Field(() => ID, { description: "Only this council's memberships", nullable: true })
  councilId?: string;

  @Field(() => ID, { description: "Only this person's memberships", nullable: true })
  userId?: string;
}

@InputType({ description: 'A role to give a person at a council' })
export class AddMembershipInput {
  @Field(() => ID, { description: "The person's id" })
  userId: string;

  @Field(() => ID, { description: "The council's id" })
  councilId: string;

  @Field(() => MembershipRole, { description: 'The role: MONITORING_OFFICER, CLERK or VIEWER (a person has one role per council: a second is CONFLICT)' })
  role: MembershipRole;
}

@ObjectType({ description: 'A page of people, with how many matched in all' })
export class UserList extends ListOf(User) {}

@ObjectType({ description: 'A page of memberships, with how many matched in all' })
export class MembershipList extends ListOf(Membership) {}

@ObjectType({ description: "The caller's effective role at a council in their scope" })
export class CouncilRole {
  @Field(() => ID, { description: "The council's id" })
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

  @Field({ description: 'True for a platform admin: every council, and what only they may do' })
  platformAdmin: boolean;

  @Field({ description: 'True for API keys: queries only' })
  readOnly: boolean;

  @Field(() => [Membership], { description: "Your own memberships (an API key has none)" })
  memberships: Membership[];
}

@ObjectType({ description: 'A signed-in session: its token and who it is' })
export class AuthPayload {
  @Field({ description: 'Send as "Authorization: Bearer <token>"' })
  token: string;

  @Field({ description: 'When the token stops working (JWT_TTL_SECONDS after sign-in, one hour by default)' })
  expiresAt: Date;

  @Field(() => User, { description: 'Who signed in' })
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

  @Field(() => Date, { nullable: true, description: 'When the one-time link stops working; null when they had an account already (given this council, told by e-mail, they sign in as before)' })
  expiresAt: Date | null;

  @Field({ description: 'Whether they were made the holder of the Clerk role' })
  officeHolder: boolean;
}
