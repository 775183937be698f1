import { Arg, Authorized, Ctx, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/context';
import { ListOf } from '../common/list';
import { AuditService } from './audit.service';
import { User } from '../users/user.entity';
import { AuditEntry } from './audit.entity';

@ObjectType({ description: 'A page of audit entries, with how many matched in all' })
export class AuditEntryList extends ListOf(AuditEntry) {}

@Resolver(() => AuditEntry)
export class AuditResolver {
  private readonly service = new AuditService();

  @Authorized()
  @Query(() => AuditEntryList, { description: "A council's audit log, newest first (optionally for one record). Where you read public cases only, entries about other cases (or from when a case was not public) are left out" })
  async auditLog(
    @Ctx() ctx: RequestContext,
    @Arg('councilId', () => ID, { description: "The council's id" }) councilId: string,
    @Arg('entityId', () => ID, { description: "Only the entries about this record (a case's, a council's, a protocol version's id)", nullable: true }) entityId?: string | null,
    @Arg('offset', () => Int, { description: 'How many to skip, for paging: 0 for the first page', defaultValue: 0 }) offset = 0,
    @Arg('limit', () => Int, { description: 'How many to return: at most 200 (more is BAD_USER_INPUT)', defaultValue: 25 }) limit = 25,
  ): Promise<AuditEntryList> {
    return this.service.list(ctx, councilId, entityId, offset, limit);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who made the change, when visible to you' })
  actor(@Root() a: AuditEntry, @Ctx() ctx: RequestContext): Promise<User | null> | null {
    return a.actorUserId ? ctx.loaders.user.load(a.actorUserId) : null;
  }
}
