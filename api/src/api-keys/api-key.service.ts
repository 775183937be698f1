import { randomUUID } from 'node:crypto';
import { findInScope } from '../common/records';
import { audit } from '../audit/audit';
import type { RequestContext } from '../common/context';
import { badInput, forbidden } from '../common/errors';
import { requireId, requirePage } from '../common/inputs';
import { can, roleAt } from '../domain/access';
import { newApiKeySecret } from '../auth/tokens';
import { CouncilService } from '../councils/council.service';
import { ApiKey } from './api-key.entity';
import type { ApiKeyFilter, CreateApiKeyInput } from './api-key.inputs';
import { msg } from '../common/messages';

export class ApiKeyService {
  private readonly councils = new CouncilService();

  async list(ctx: RequestContext, filter: Partial<ApiKeyFilter> = {}, offset = 0, limit = 25) {
    requirePage(offset, limit);
    const { manager } = await ctx.db();
    const qb = manager.getRepository(ApiKey).createQueryBuilder('k');
    if (!ctx.scope.platformAdmin) qb.andWhere('k.council_id = ANY(:scope)', { scope: ctx.councilIds });
    if (filter.councilId) qb.andWhere('k.council_id = :c', { c: requireId('filter.councilId', filter.councilId) });
    if (!filter.includeRevoked) qb.andWhere('k.revoked_at IS NULL');
    qb.orderBy('k.created_at', 'DESC').addOrderBy('k.id', 'ASC');
    const [items, totalCount] = await qb.offset(offset).limit(limit).getManyAndCount();
    return { items, totalCount };
  }

  async get(ctx: RequestContext, id: string): Promise<ApiKey> {
    const key = await findInScope(ctx, ApiKey, 'API key', id);
    return key;
  }

  async create(ctx: RequestContext, input: CreateApiKeyInput): Promise<{ apiKey: ApiKey; secret: string }> {
    const name = input.name.trim();
    if (name.length < 1 || name.length > 200) throw badInput('name', msg('input.lengthRange', { min: 1, max: 200 }));
    const council = await this.councils.get(ctx, input.councilId, 'councilId');
    if (!can(ctx.scope, 'manageApiKeys', council.id)) {
      throw forbidden(msg('forbidden.createApiKeys', { council: council.name }));
    }
    if (input.includeDescendants && !ctx.scope.platformAdmin && roleAt(ctx.scope, council.id) !== 'monitoring_officer') {
      throw forbidden(msg('forbidden.apiKeyBelow'));
    }
    const { secret, prefix, hash } = newApiKeySecret();
    const session = await ctx.db();
    return session.atomic(async (em) => {
      const id = randomUUID();
      await em.getRepository(ApiKey).insert({
        id,
        councilId: council.id,
        name,
        prefix,
        secretHash: hash,
        includeDescendants: input.includeDescendants,
        createdById: ctx.userId,
      });
      const apiKey = await em.getRepository(ApiKey).findOneByOrFail({ id });
      await audit(ctx, em, { councilId: council.id, action: 'api_key.create', entity: 'api_key', entityId: id, after: apiKey });
      return { apiKey, secret };
    });
  }

  /** Revokes a key at once: the next request with it is refused. Revoking twice is harmless. */
  async revoke(ctx: RequestContext, id: string): Promise<ApiKey> {
    const key = await this.get(ctx, id);
    if (!can(ctx.scope, 'manageApiKeys', key.councilId)) throw forbidden(msg('forbidden.revokeApiKey'));
    const session = await ctx.db();
    return session.atomic(async (em) => {
      await em.query('UPDATE api_keys SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL', [key.id]);
      const fresh = await em.getRepository(ApiKey).findOneByOrFail({ id: key.id });
      if (!key.revokedAt) await audit(ctx, em, { councilId: key.councilId, action: 'api_key.revoke', entity: 'api_key', entityId: key.id, before: key, after: fresh });
      return fresh;
    });
  }
}
