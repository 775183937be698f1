import type { SelectQueryBuilder, ObjectLiteral } from 'typeorm';
import type { RequestContext } from '../common/context';

/**
 * Restricts a users query to the people the caller may see: everyone for a
 * platform admin; otherwise themselves and anyone with a membership at a council
 * in the caller's scope (memberships are under row-level security too).
 */
export function visibleUsersWhere<T extends ObjectLiteral>(ctx: RequestContext, qb: SelectQueryBuilder<T>, alias: string): SelectQueryBuilder<T> {
  if (ctx.scope.platformAdmin) return qb;
  return qb.andWhere(
    `(${alias}.id = :visibleSelf OR EXISTS (SELECT 1 FROM memberships vm WHERE vm.user_id = ${alias}.id AND vm.council_id = ANY(:visibleCouncils)))`,
    { visibleSelf: ctx.userId ?? '00000000-0000-0000-0000-000000000000', visibleCouncils: ctx.councilIds },
  );
}
