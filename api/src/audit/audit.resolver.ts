import { Arg, Authorized, Ctx, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/context';
import { requireId, requirePage } from '../common/inputs';
import { ListOf } from '../common/list';
import { CouncilService } from '../councils/council.service';
import { User } from '../users/user.entity';
import { AuditEntry } from './audit.entity';

@ObjectType()
export class AuditEntryList extends ListOf(AuditEntry) {}

@Resolver(() => AuditEntry)
export class AuditResolver {
  private readonly councils = new CouncilService();

  @Authorized()
  @Query(() => AuditEntryList, { description: "A council's audit log, newest first (optionally for one record)" })
  async auditLog(
    @Ctx() ctx: RequestContext,
    @Arg('councilId', () => ID) councilId: string,
    @Arg('entityId', () => ID, { nullable: true }) entityId?: string | null,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset = 0,
    @Arg('limit', () => Int, { defaultValue: 25 }) limit = 25,
  ): Promise<AuditEntryList> {
    requirePage(offset, limit);
    const council = await this.councils.get(ctx, councilId, 'councilId');
    const { manager } = await ctx.db();
    const qb = manager.getRepository(AuditEntry).createQueryBuilder('a').where('a.council_id = :c', { c: council.id });
    if (entityId) qb.andWhere('a.entity_id = :e', { e: requireId('entityId', entityId) });
    const [items, totalCount] = await qb.orderBy('a.at', 'DESC').addOrderBy('a.id').offset(offset).limit(limit).getManyAndCount();
    return { items, totalCount };
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who made the change, when visible to you' })
  actor(@Root() a: AuditEntry, @Ctx() ctx: RequestContext): Promise<User | null> | null {
    return a.actorUserId ? ctx.loaders.user.load(a.actorUserId) : null;
  }
}
