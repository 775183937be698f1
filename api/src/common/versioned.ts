import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { notFound, staleVersion } from './errors';
import type { Thing } from './messages';

/**
 * The optimistic update every editable record uses: change it only if it is
 * still at the version the caller read, move its version on, and return it as
 * stored. A lost race is a CONFLICT naming both versions (NOT_FOUND when the
 * record was deleted meanwhile), and writes nothing.
 */
export async function updateAtVersion<T extends ObjectLiteral & { id: string; version: number }>(
  em: EntityManager,
  entity: EntityTarget<T>,
  what: Thing,
  id: string,
  expectedVersion: number,
  changes: Partial<T>,
): Promise<T> {
  const { affected } = await em
    .createQueryBuilder()
    .update(entity)
    .set({ ...changes, version: () => 'version + 1' } as never)
    .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
    .execute();
  const fresh = await em.getRepository(entity).findOneBy({ id } as never);
  // Deleted by a request that committed first (a discarded draft, a removed rule): gone, not stale.
  if (!fresh) throw notFound(what, id);
  if (!affected) throw staleVersion(what, id, expectedVersion, fresh.version);
  return fresh;
}

/**
 * The optimistic delete: remove the record only if it is still at the version the caller
 * read. A lost race is a CONFLICT naming both versions (NOT_FOUND when another request
 * removed it first), and removes nothing.
 */
export async function deleteAtVersion<T extends ObjectLiteral & { id: string; version: number }>(
  em: EntityManager,
  entity: EntityTarget<T>,
  what: Thing,
  id: string,
  expectedVersion: number,
): Promise<void> {
  const { affected } = await em.getRepository(entity).delete({ id, version: expectedVersion } as never);
  if (affected) return;
  const now = await em.getRepository(entity).findOneBy({ id } as never);
  throw now ? staleVersion(what, id, expectedVersion, now.version) : notFound(what, id);
}
