import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/context';
import { Council } from '../councils/council.entity';
import { ApiKeyService } from '../api-keys/api-key.service';
import { User } from './user.entity';
import { Membership } from './membership.entity';
import {
  AddMembershipInput,
  AuthPayload,
  CouncilRole,
  CreateUserInput,
  Invitation,
  InviteUserInput,
  Me,
  MembershipFilter,
  MembershipList,
  UpdateUserInput,
  UserFilter,
  UserList,
  UserSort,
} from './user.inputs';
import { UserService } from './user.service';

@Resolver(() => User)
export class UserResolver {
  private readonly service = new UserService();
  private readonly apiKeys = new ApiKeyService();

  @Mutation(() => AuthPayload, { description: 'Signs in with e-mail and password; returns a short-lived token' })
  signIn(@Ctx() ctx: RequestContext, @Arg('email', { description: 'Your e-mail address (any case)' }) email: string, @Arg('password', { description: 'Your password. Wrong e-mail or password: UNAUTHENTICATED; too many tries: RATE_LIMITED with retryAfter' }) password: string): Promise<AuthPayload> {
    return this.service.signIn(ctx, email, password);
  }

  @Authorized()
  @Query(() => Me, { description: 'Who is calling: the signed-in person and their memberships, or the API key' })
  async me(@Ctx() ctx: RequestContext): Promise<Me> {
    const { apiKeyId, ...me } = await this.service.me(ctx);
    return { ...me, apiKey: apiKeyId ? await this.apiKeys.get(ctx, apiKeyId) : null };
  }

  @Authorized()
  @Query(() => [CouncilRole], {
    description:
      'Your effective role at each of these councils (at most 500) that is in your scope; councils outside it are left out. ' +
      'What the admin app asks when it decides which actions to show for the records on screen.',
  })
  myRoles(@Ctx() ctx: RequestContext, @Arg('councilIds', () => [ID], { description: "The councils' ids (at most 500)" }) councilIds: string[]): CouncilRole[] {
    return this.service.myRoles(ctx, councilIds);
  }

  @Authorized()
  @Query(() => UserList, { description: 'People with a membership at a council in your scope' })
  users(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => UserFilter, { description: 'Which people; none: everyone in your scope', nullable: true }) filter?: UserFilter,
    @Arg('sort', () => UserSort, { description: 'The order; by default by e-mail address', nullable: true }) sort?: UserSort,
    @Arg('offset', () => Int, { description: 'How many to skip, for paging: 0 for the first page', defaultValue: 0 }) offset = 0,
    @Arg('limit', () => Int, { description: 'How many to return: at most 200 (more is BAD_USER_INPUT)', defaultValue: 25 }) limit = 25,
  ): Promise<UserList> {
    return this.service.list(ctx, filter ?? {}, sort, offset, limit);
  }

  @Authorized()
  @Query(() => User, { description: 'One person with a membership at a council in your scope; NOT_FOUND otherwise' })
  user(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: "The person's id" }) id: string): Promise<User> {
    return this.service.get(ctx, id);
  }

  @Authorized()
  @Mutation(() => Invitation, {
    description:
      'Invites someone to a council: their account, membership and (for a clerk) the Clerk office holder from today, and an e-mail with a one-time link to set their own password, sent from the mail outbox once this has committed (retried while the mail server is unreachable). Someone who has an account already (a clerk of several councils) is given this council and told by e-mail, with no link; nothing of their other councils is shown',
  })
  inviteUser(@Ctx() ctx: RequestContext, @Arg('input', () => InviteUserInput, { description: 'Who to invite, where, and as what' }) input: InviteUserInput): Promise<Invitation> {
    return this.service.invite(ctx, input);
  }

  @Mutation(() => AuthPayload, { description: "Sets an invited person's password from their one-time link (no sign-in needed) and signs them in" })
  acceptInvitation(
    @Ctx() ctx: RequestContext,
    @Arg('token', { description: 'The token from the invitation link (after #token=)' }) token: string,
    @Arg('password', { description: 'Their new password: at least 12 characters, not a common one' }) password: string,
  ): Promise<AuthPayload> {
    return this.service.acceptInvitation(ctx, token, password);
  }

  @Authorized()
  @Mutation(() => User, { description: 'Creates an account with a password you choose and a role at a council (inviteUser sends the person a link instead). The e-mail must be unused (CONFLICT)' })
  createUser(@Ctx() ctx: RequestContext, @Arg('input', () => CreateUserInput, { description: "The person's name, e-mail, password, council and role" }) input: CreateUserInput): Promise<User> {
    return this.service.create(ctx, input);
  }

  @Authorized()
  @Mutation(() => User, { description: "Changes a person's name or language: your own, or (clerks and monitoring officers) someone at your councils" })
  updateUser(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: "The person's id" }) id: string,
    @Arg('expectedVersion', () => Int, { description: 'The version you last read; if it changed since, CONFLICT and nothing is saved' }) expectedVersion: number,
    @Arg('input', () => UpdateUserInput, { description: 'The fields to change; those left out stay as they are' }) input: UpdateUserInput,
  ): Promise<User> {
    return this.service.update(ctx, id, expectedVersion, input);
  }

  @FieldResolver(() => [Membership], { description: 'Memberships at councils in your scope' })
  memberships(@Root() user: User, @Ctx() ctx: RequestContext): Promise<Membership[]> {
    return ctx.loaders.membershipsOfUser.load(user.id);
  }
}

@Resolver(() => Membership)
export class MembershipResolver {
  private readonly service = new UserService();

  @Authorized()
  @Query(() => MembershipList, { description: 'Who has which role at the councils in your scope' })
  memberships(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => MembershipFilter, { description: 'Which memberships; none: every one in your scope', nullable: true }) filter?: MembershipFilter,
    @Arg('offset', () => Int, { description: 'How many to skip, for paging: 0 for the first page', defaultValue: 0 }) offset = 0,
    @Arg('limit', () => Int, { description: 'How many to return: at most 200 (more is BAD_USER_INPUT)', defaultValue: 25 }) limit = 25,
  ): Promise<MembershipList> {
    return this.service.memberships(ctx, filter ?? {}, offset, limit);
  }

  @Authorized()
  @Mutation(() => Membership, { description: 'Gives a person a role at a council. Clerks grant clerk and viewer roles; monitoring officers any role at their councils and those below' })
  addMembership(@Ctx() ctx: RequestContext, @Arg('input', () => AddMembershipInput, { description: 'Who, where and which role' }) input: AddMembershipInput): Promise<Membership> {
    return this.service.addMembership(ctx, input);
  }

  @Authorized()
  @Mutation(() => ID, { description: 'Takes a role at a council away from a person (not your own, unless a platform admin). Answers the id removed' })
  removeMembership(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: "The membership's id" }) id: string): Promise<string> {
    return this.service.removeMembership(ctx, id);
  }

  @FieldResolver(() => User, { description: 'The person' })
  async user(@Root() m: Membership, @Ctx() ctx: RequestContext): Promise<User> {
    return (await ctx.loaders.user.load(m.userId))!;
  }

  @FieldResolver(() => Council, { description: 'The council' })
  async council(@Root() m: Membership, @Ctx() ctx: RequestContext): Promise<Council> {
    return (await ctx.loaders.council.load(m.councilId))!;
  }
}
