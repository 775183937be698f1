import type { EntityTarget, ObjectLiteral } from 'typeorm';
import type { RequestContext } from './context';
import { notFound } from './errors';
import type { Thing } from './messages';
import { requireId } from './inputs';
import { inScope } from '../domain/access';

/**
 * A tenant record by id, if it belongs to a council in the caller's scope; NOT_FOUND
 * otherwise, whether it is missing or another council's (row-level security agrees).
 */
export async function findInScope<T extends ObjectLiteral & { councilId: string }>(
  ctx: RequestContext,
  entity: EntityTarget<T>,
  what: Thing,
  id: string,
  field = 'id',
): Promise<T> {
  const { manager } = await ctx.db();
  const record = await manager.getRepository(entity).findOneBy({ id: requireId(field, id) } as never);
  if (!record || !inScope(ctx.scope, record.councilId)) throw notFound(what, id);
  return record;
}
