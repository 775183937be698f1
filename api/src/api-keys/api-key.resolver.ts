import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/context';
import { Council } from '../councils/council.entity';
import { User } from '../users/user.entity';
import { ApiKey } from './api-key.entity';
import { ApiKeyFilter, ApiKeyList, CreateApiKeyInput, CreatedApiKey } from './api-key.inputs';
import { ApiKeyService } from './api-key.service';

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  private readonly service = new ApiKeyService();

  @Authorized()
  @Query(() => ApiKeyList, { description: 'The API keys of the councils in your scope, newest first' })
  apiKeys(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => ApiKeyFilter, { description: 'Which keys to list', nullable: true }) filter?: ApiKeyFilter,
    @Arg('offset', () => Int, { description: 'How many to skip, for paging: 0 for the first page', defaultValue: 0 }) offset = 0,
    @Arg('limit', () => Int, { description: 'How many to return: at most 200 (more is BAD_USER_INPUT)', defaultValue: 25 }) limit = 25,
  ): Promise<ApiKeyList> {
    return this.service.list(ctx, filter ?? {}, offset, limit);
  }

  @Authorized()
  @Query(() => ApiKey, { description: 'One API key of a council in your scope (never its secret)' })
  apiKey(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: "The key's id" }) id: string): Promise<ApiKey> {
    return this.service.get(ctx, id);
  }

  @Authorized()
  @Mutation(() => CreatedApiKey, { description: 'Creates a read-only key; its secret is returned this once only' })
  createApiKey(@Ctx() ctx: RequestContext, @Arg('input', () => CreateApiKeyInput, { description: "The key's name and council" }) input: CreateApiKeyInput): Promise<CreatedApiKey> {
    return this.service.create(ctx, input);
  }

  @Authorized()
  @Mutation(() => ApiKey, { description: 'Revokes a key at once: its next request is refused (UNAUTHENTICATED). Clerks and monitoring officers of its council' })
  revokeApiKey(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: "The key's id" }) id: string): Promise<ApiKey> {
    return this.service.revoke(ctx, id);
  }

  @FieldResolver(() => Council, { description: 'The council the key reads' })
  async council(@Root() key: ApiKey, @Ctx() ctx: RequestContext): Promise<Council> {
    return (await ctx.loaders.council.load(key.councilId))!;
  }

  @FieldResolver(() => User, { description: 'Who created the key; null if that account is gone', nullable: true })
  createdBy(@Root() key: ApiKey, @Ctx() ctx: RequestContext): Promise<User | null> | null {
    return key.createdById ? ctx.loaders.user.load(key.createdById) : null;
  }
}
