import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { queueMail } from './outbox';
import { OfficeHolder } from '../protocols/protocol.entities';
import { findInScope } from '../common/records';
import { updateAtVersion } from '../common/versioned';
import { audit } from '../audit/audit';
import type { RequestContext } from '../common/context';
import { badInput, conflict, forbidden, notFound, rateLimited, staleVersion, unauthenticated } from '../common/errors';
import { signInThrottled } from '../common/metrics';
import { likePattern, mapDbError, requireId, requireIds, requirePage } from '../common/inputs';
import { SortDirection, type MembershipRole } from '../common/enums';
import { can, grantableRoles } from '../domain/access';
import { LOCALES } from '../domain/vocabularies';
import { PASSWORD_MAX, hashGate, refuseSlowly } from '../auth/passwords';
import { passwordRefusal } from '../auth/password-policy';
import { signInDepsOf } from '../auth/sign-in';
import { issueToken } from '../auth/tokens';
import { CouncilService } from '../councils/council.service';
import { User } from './user.entity';
import { Membership } from './membership.entity';
import { visibleUsersWhere } from './user.visibility';
import {
  UserSortField,
  type AddMembershipInput,
  type CreateUserInput,
  type Invitation,
  type InviteUserInput,
  type MembershipFilter,
  type UpdateUserInput,
  type UserFilter,
  type UserSort,
} from './user.inputs';
import { MEMBERSHIP_ROLE_TERMS, msg } from '../common/messages';
import { passwordMessage } from '../auth/password-messages';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DB_FIELDS = { users_email_key: 'email', memberships_council_id_user_id_key: 'userId' };

/** The same answer for an unknown e-mail and a wrong password, so sign-in reveals nothing. */
const BAD_CREDENTIALS = msg('auth.badCredentials');
/** The same answer whether the account, unknown or not, or the client address is throttled; the wait is in Retry-After. */
const THROTTLED = msg('auth.throttled');

export class UserService {
  private readonly councils = new CouncilService();

  /**
   * Checks an e-mail and password and issues a token. Throttled first (per account
   * and per client address, in Redis); the person is read in one statement outside
   * any transaction, so no pool connection is held while argon2 runs, and argon2
   * runs through the process's bounded gate (503 when it stays full).
   */
  async signIn(ctx: RequestContext, email: string, password: string) {
    const deps = signInDepsOf(ctx);
    if (!deps) throw new Error('signIn needs the sign-in guard attached to the request context (see server.ts)');
    const normalised = email.trim().toLowerCase();
    const attempt = await deps.throttle.attempt(normalised, deps.address);
    if ('retryAfter' in attempt) {
      signInThrottled.inc();
      return refuseSlowly(rateLimited(THROTTLED, attempt.retryAfter), attempt.retryAfter * 1000);
    }
    const user =
      // What no account can have (too long, a NUL byte Postgres refuses) is looked up as nobody, answered alike.
      normalised.length <= 254 && !normalised.includes('\u0000') && password.length <= PASSWORD_MAX * 4
        ? await deps.ds
            .getRepository(User)
            .createQueryBuilder('u')
            .addSelect(['u.passwordHash', 'u.tokenVersion'])
            .where('u.email = :email AND u.disabled_at IS NULL', { email: normalised })
            .getOne()
        : null;
    const ok = await deps.gate.verify(user?.passwordHash, password.slice(0, PASSWORD_MAX * 4));
    if (!user || !ok) {
      await attempt.failed();
      throw unauthenticated(BAD_CREDENTIALS);
    }
    await attempt.succeeded();
    const { passwordHash: _hash, tokenVersion, ...rest } = user;
    const { token, expiresAt } = await issueToken(ctx.config.auth.jwtSecret, user.id, ctx.config.auth.jwtTtlSeconds, new Date(), tokenVersion);
    return { token, expiresAt, user: Object.assign(new User(), rest) };
  }

  async me(ctx: RequestContext) {
    const p = ctx.principal;
    const { manager } = await ctx.db();
    const user = p.kind === 'user' ? await manager.getRepository(User).findOneBy({ id: p.userId }) : null;
    const memberships = user ? await manager.getRepository(Membership).find({ where: { userId: user.id }, order: { createdAt: 'ASC' } }) : [];
    return {
      user,
      apiKeyId: p.kind === 'apiKey' ? p.apiKeyId : null,
      platformAdmin: ctx.scope.platformAdmin,
      readOnly: ctx.scope.readOnly,
      memberships,
    };
  }

  /** The caller's effective roles at the councils asked about, from the request's scope (no database work). */
  myRoles(ctx: RequestContext, councilIds: readonly string[]): { councilId: string; role: MembershipRole }[] {
    if (councilIds.length > 500) throw badInput('councilIds', msg('input.councilIds'));
    const ids = [...new Set(requireIds('councilIds', councilIds))];
    return ids.flatMap((councilId) => {
      const role = ctx.scope.roles.get(councilId);
      return role ? [{ councilId, role: role as MembershipRole }] : [];
    });
  }

  async list(ctx: RequestContext, filter: UserFilter = {}, sort?: UserSort, offset = 0, limit = 25) {
    requirePage(offset, limit);
    const { manager } = await ctx.db();
    const qb = manager.getRepository(User).createQueryBuilder('u');
    visibleUsersWhere(ctx, qb, 'u');
    if (filter.search?.trim()) {
      qb.andWhere(`(u.email LIKE :q ESCAPE '\\' OR lower(u.display_name) LIKE :q ESCAPE '\\')`, { q: likePattern(filter.search) });
    }
    if (filter.councilId || filter.role) {
      const council = filter.councilId ? requireId('filter.councilId', filter.councilId) : null;
      qb.andWhere(
        `EXISTS (SELECT 1 FROM memberships fm WHERE fm.user_id = u.id${council ? ' AND fm.council_id = :fc' : ''}${filter.role ? ' AND fm.role = :fr' : ''}${
          council || ctx.scope.platformAdmin ? '' : ' AND fm.council_id = ANY(:fscope)'
        })`,
        { fc: council, fr: filter.role, fscope: ctx.councilIds },
      );
    }
    if (filter.ids) qb.andWhere('u.id = ANY(:ids)', { ids: requireIds('filter.ids', filter.ids) });
    const field = sort?.field ?? UserSortField.EMAIL;
    const dir = sort?.direction === SortDirection.DESC ? 'DESC' : 'ASC';
    qb.orderBy(field === UserSortField.DISPLAY_NAME ? 'lower(u.display_name)' : `u.${field}`, dir).addOrderBy('u.id', 'ASC');
    const [items, totalCount] = await qb.offset(offset).limit(limit).getManyAndCount();
    return { items, totalCount };
  }

  async get(ctx: RequestContext, id: string, field = 'id'): Promise<User> {
    const user = await ctx.loaders.user.load(requireId(field, id));
    if (!user) throw notFound('User', id);
    return user;
  }

  async create(ctx: RequestContext, input: CreateUserInput): Promise<User> {
    const email = checkEmail(input.email);
    const displayName = checkDisplayName(input.displayName);
    checkPassword(input.password, email);
    const locale = checkLocale(input.locale ?? 'en');
    const council = await this.councils.get(ctx, input.councilId, 'councilId');
    this.requireGrant(ctx, council.id, council.name, input.role);
    const passwordHash = await hashGate(ctx.config.auth.hashing).hash(input.password);
    const session = await ctx.db();
    return session.atomic(async (em) => {
      const id = randomUUID();
      try {
        await em.getRepository(User).insert({ id, email, displayName, passwordHash, platformAdmin: false, locale, version: 1 });
        await em.getRepository(Membership).insert({ id: randomUUID(), councilId: council.id, userId: id, role: input.role });
      } catch (e) {
        throw mapDbError(e, DB_FIELDS);
      }
      const created = await em.getRepository(User).findOneByOrFail({ id });
      await audit(ctx, em, { councilId: council.id, action: 'user.create', entity: 'user', entityId: id, after: { ...created, role: input.role } });
      return created;
    });
  }

  async update(ctx: RequestContext, id: string, expectedVersion: number, input: UpdateUserInput): Promise<User> {
    const user = await this.get(ctx, id);
    await this.requireManage(ctx, user);
    const changes: Partial<User> = {};
    if (input.displayName != null) changes.displayName = checkDisplayName(input.displayName);
    if (input.locale != null) changes.locale = checkLocale(input.locale);
    if (input.password != null) {
      if (user.id === ctx.userId) await this.requireCurrentPassword(ctx, user, input.currentPassword);
      else await this.requireReset(ctx, user);
      checkPassword(input.password, user.email);
    }
    if (user.version !== expectedVersion) throw staleVersion('User', user.id, expectedVersion, user.version);
    if (input.password != null) changes.passwordHash = await hashGate(ctx.config.auth.hashing).hash(input.password);
    const session = await ctx.db();
    return session.atomic(async (em) => {
      const fresh = await updateAtVersion(em, User, 'User', user.id, expectedVersion, changes);
      // Recorded at each council in the caller's scope where the person serves (someone's own change: all of them).
      for (const m of await ctx.loaders.membershipsOfUser.load(user.id)) {
        await audit(ctx, em, { councilId: m.councilId, action: 'user.update', entity: 'user', entityId: user.id, before: user, after: { ...fresh, passwordChanged: input.password != null } });
      }
      ctx.loaders.user.clear(user.id);
      return fresh;
    });
  }

  async memberships(ctx: RequestContext, filter: MembershipFilter = {}, offset = 0, limit = 25) {
    requirePage(offset, limit);
    const { manager } = await ctx.db();
    const qb = manager.getRepository(Membership).createQueryBuilder('m');
    if (!ctx.scope.platformAdmin) qb.andWhere('m.council_id = ANY(:scope)', { scope: ctx.councilIds });
    if (filter.councilId) qb.andWhere('m.council_id = :c', { c: requireId('filter.councilId', filter.councilId) });
    if (filter.userId) qb.andWhere('m.user_id = :u', { u: requireId('filter.userId', filter.userId) });
    qb.orderBy('m.created_at', 'ASC').addOrderBy('m.id', 'ASC');
    const [items, totalCount] = await qb.offset(offset).limit(limit).getManyAndCount();
    return { items, totalCount };
  }

  async addMembership(ctx: RequestContext, input: AddMembershipInput): Promise<Membership> {
    const council = await this.councils.get(ctx, input.councilId, 'councilId');
    const user = await this.get(ctx, input.userId, 'userId');
    this.requireGrant(ctx, council.id, council.name, input.role);
    const session = await ctx.db();
    return session.atomic(async (em) => {
      const id = randomUUID();
      try {
        await em.getRepository(Membership).insert({ id, councilId: council.id, userId: user.id, role: input.role });
      } catch (e) {
        throw mapDbError(e, DB_FIELDS);
      }
      ctx.loaders.membershipsOfUser.clear(user.id);
      const created = await em.getRepository(Membership).findOneByOrFail({ id });
      await audit(ctx, em, { councilId: council.id, action: 'membership.add', entity: 'membership', entityId: id, after: created });
      return created;
    });
  }

  async removeMembership(ctx: RequestContext, id: string): Promise<string> {
    const membership = await findInScope(ctx, Membership, 'Membership', id);
    const council = await this.councils.get(ctx, membership.councilId);
    this.requireGrant(ctx, council.id, council.name, membership.role);
    if (membership.userId === ctx.userId && !ctx.scope.platformAdmin) {
      throw forbidden(msg('forbidden.ownMembership'));
    }
    await (await ctx.db()).atomic(async (em) => {
      await em.getRepository(Membership).delete({ id: membership.id });
      await audit(ctx, em, { councilId: membership.councilId, action: 'membership.remove', entity: 'membership', entityId: membership.id, before: membership });
    });
    ctx.loaders.membershipsOfUser.clear(membership.userId);
    return membership.id;
  }

  /**
   * Changing one's own password needs the current one (a stolen token alone cannot
   * take the account over). Wrong guesses count against the sign-in throttle.
   */
  /**
   * Invites someone to a council in one step: their account (no usable password until they set
   * one), their membership, for a clerk the Clerk office holder from today, and an e-mail with a
   * one-time link (valid INVITATION_HOURS) to set their own password, written to the mail outbox in
   * the same transaction: the worker sends it once this commits (nothing is sent for a rollback).
   */
  async invite(ctx: RequestContext, input: InviteUserInput): Promise<Invitation> {
    const council = await this.councils.get(ctx, input.councilId, 'councilId');
    this.requireGrant(ctx, council.id, council.name, input.role);
    const unusable = await unusablePasswordHash(ctx);
    const session = await ctx.db();
    return session.atomic((em) => this.inviteIn(ctx, em, council, input, unusable));
  }

  /**
   * The invitation's writes in the caller's transaction (`em`), for a council the caller may grant
   * `input.role` at (checked by the caller): inviteUser, and each row of a bulk onboarding.
   * `passwordHash` is an unusable one (unusablePasswordHash), shared by a bulk's invitations.
   */
  async inviteIn(
    ctx: RequestContext,
    em: EntityManager,
    council: { id: string; name: string; nation: string },
    input: InviteUserInput,
    passwordHash: string,
    links: InvitationLinks = new Map(),
  ): Promise<Invitation> {
    const email = checkEmail(input.email);
    const displayName = checkDisplayName(input.displayName);
    const officeHolder = input.role === 'clerk' && input.officeHolder !== false;
    // Someone may already have an account (a clerk of several parishes): they are given this council too,
    // and nothing about their other councils is said to the inviter or in the e-mail.
    const [existing] = (await em.query('SELECT id, locale, display_name, invite_token_hash IS NOT NULL AS pending FROM users WHERE email = $1 FOR UPDATE', [email])) as {
      id: string;
      locale: string;
      display_name: string;
      pending: boolean;
    }[];
    const userId = existing?.id ?? randomUUID();
    const locale = existing ? existing.locale : checkLocale(input.locale ?? (council.nation === 'wales' ? 'cy' : 'en'));
    // A link for whoever has no password yet: one per person in a request (a bulk may name them on several rows).
    let link = existing && !existing.pending ? null : (links.get(email) ?? null);
    const membershipId = randomUUID();
    try {
      if (!existing || (existing.pending && !link)) {
        link = { token: randomBytes(32).toString('base64url'), expiresAt: new Date(Date.now() + INVITATION_HOURS * 3_600_000) };
        links.set(email, link);
      }
      if (!existing) {
        await em.getRepository(User).insert({ id: userId, email, displayName, passwordHash, platformAdmin: false, locale, version: 1, inviteTokenHash: sha256(link!.token), inviteExpiresAt: link!.expiresAt });
      } else if (link) {
        // Still to set a password: a new link (an earlier one stops working), unless this request already made one.
        await em.query('UPDATE users SET invite_token_hash = $2, invite_expires_at = $3, version = version + 1, updated_at = now() WHERE id = $1', [userId, sha256(link.token), link.expiresAt]);
      }
      await em.getRepository(Membership).insert({ id: membershipId, councilId: council.id, userId, role: input.role });
      if (officeHolder) {
        const today = new Intl.DateTimeFormat('en-CA', { timeZone: ctx.config.worker.sweepTimezone }).format(new Date());
        await em.getRepository(OfficeHolder).insert({ id: randomUUID(), councilId: council.id, roleKey: 'clerk', name: displayName, email, phone: null, deputy: false, fromDate: today, toDate: null, version: 1 });
      }
    } catch (e) {
      // Asked by e-mail: a person who already has a role here is named as such, beside the e-mail.
      if ((e as { driverError?: { constraint?: string } }).driverError?.constraint === 'memberships_council_id_user_id_key') {
        throw conflict(msg('unique.memberships_council_id_user_id_key'), { field: 'email' });
      }
      throw mapDbError(e, DB_FIELDS);
    }
    ctx.loaders.membershipsOfUser.clear(userId);
    const user = await em.getRepository(User).findOneByOrFail({ id: userId });
    await audit(ctx, em, { councilId: council.id, action: 'user.invite', entity: 'user', entityId: userId, after: { ...user, role: input.role, officeHolder, existingAccount: !!existing } });
    const base = ctx.config.api.publicUrl.replace(/\/$/, '');
    const name = existing ? existing.display_name : displayName;
    await queueMail(ctx, em, {
      councilId: council.id,
      kind: 'invitation',
      to: email,
      toName: name,
      ...(link ? invitationMail(locale, name, council.name, `${base}/admin/invitation#token=${link.token}`, link.expiresAt) : accessMail(locale, name, council.name, `${base}/admin/`)),
      // One message per council given (the membership's id), so a second council's e-mail is not taken for a repeat of the first.
      messageId: `<invite.${membershipId}@accord>`,
      language: locale === 'cy' ? 'cy, en' : 'en',
    });
    return { user, expiresAt: link?.expiresAt ?? null, officeHolder };
  }

  /**
   * Sets the password of an invited person from their one-time link (no sign-in needed) and signs
   * them in. An unknown, used or expired link is refused alike.
   */
  async acceptInvitation(ctx: RequestContext, token: string, password: string) {
    const hash = sha256(String(token ?? '').slice(0, 200));
    const session = await ctx.db();
    const user = await session.manager
      .getRepository(User)
      .createQueryBuilder('u')
      .where('u.invite_token_hash = :hash AND u.invite_expires_at > now() AND u.disabled_at IS NULL', { hash })
      .getOne();
    if (!user) throw badInput('token', INVITATION_INVALID);
    checkPassword(password, user.email);
    const passwordHash = await hashGate(ctx.config.auth.hashing).hash(password);
    const updated = await session.atomic(async (em) => {
      const r = await em.query(
        `UPDATE users SET password_hash = $2, invite_token_hash = NULL, invite_expires_at = NULL, version = version + 1, updated_at = now()
          WHERE id = $1 AND invite_token_hash = $3 AND invite_expires_at > now() RETURNING token_version`,
        [user.id, passwordHash, hash],
      );
      const rows = Array.isArray(r[0]) ? r[0] : r;
      if (!rows.length) throw badInput('token', INVITATION_INVALID);
      return em.getRepository(User).createQueryBuilder('u').addSelect('u.tokenVersion').where('u.id = :id', { id: user.id }).getOneOrFail();
    });
    const { tokenVersion, ...rest } = updated;
    const { token: jwt, expiresAt } = await issueToken(ctx.config.auth.jwtSecret, user.id, ctx.config.auth.jwtTtlSeconds, new Date(), tokenVersion);
    return { token: jwt, expiresAt, user: Object.assign(new User(), rest) };
  }

  private async requireCurrentPassword(ctx: RequestContext, user: User, current: string | undefined | null) {
    if (!current) throw badInput('currentPassword', msg('password.currentRequired'));
    const deps = signInDepsOf(ctx);
    const attempt = deps ? await deps.throttle.attempt(user.email, deps.address) : null;
    if (attempt && 'retryAfter' in attempt) {
      signInThrottled.inc();
      throw rateLimited(THROTTLED, attempt.retryAfter);
    }
    const { manager } = await ctx.db();
    const [row] = await manager.query('SELECT password_hash FROM users WHERE id = $1', [user.id]);
    const ok = await hashGate(ctx.config.auth.hashing).verify(row?.password_hash, current.slice(0, PASSWORD_MAX * 4));
    if (!ok) {
      await attempt?.failed();
      throw badInput('currentPassword', msg('password.currentWrong'));
    }
    await attempt?.succeeded();
  }

  /**
   * Setting someone else's password: a platform admin, or a monitoring officer whose
   * scope holds every council where the person serves (a clerk cannot reset another
   * clerk's, nor a monitoring officer that of someone who also serves elsewhere).
   */
  private async requireReset(ctx: RequestContext, user: User) {
    if (ctx.scope.platformAdmin) return;
    const { manager } = await ctx.db();
    const rows: { council_id: string }[] = await manager.query('SELECT council_id FROM accord_user_memberships($1)', [user.id]);
    const mine = rows.length > 0 && rows.every((r) => ctx.scope.roles.get(r.council_id) === 'monitoring_officer');
    if (!mine || user.platformAdmin) {
      throw forbidden(msg('forbidden.resetPassword', { person: user.displayName }));
    }
  }

  /** May the caller grant (or take away) `role` at this council? */
  private requireGrant(ctx: RequestContext, councilId: string, councilName: string, role: MembershipRole) {
    if (ctx.scope.readOnly) throw forbidden(msg('forbidden.readOnly'));
    if (!grantableRoles(ctx.scope, councilId).includes(role)) {
      throw forbidden(msg('forbidden.manageMemberships', { council: councilName, role: MEMBERSHIP_ROLE_TERMS[role] }));
    }
  }

  /**
   * May the caller change this person's account? Themselves; a platform admin
   * anyone; otherwise only people all of whose memberships the caller manages
   * (a clerk cannot reset the password of someone who also serves elsewhere).
   */
  private async requireManage(ctx: RequestContext, user: User) {
    if (ctx.scope.readOnly) throw forbidden(msg('forbidden.readOnly'));
    if (ctx.scope.platformAdmin || user.id === ctx.userId) return;
    if (user.platformAdmin) throw forbidden(msg('forbidden.platformAdmin'));
    const { manager } = await ctx.db();
    const [row] = await manager.query(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE council_id = ANY($2))::int AS visible
       FROM accord_user_memberships($1)`,
      [user.id, ctx.councilIds],
    );
    const mine = (await ctx.loaders.membershipsOfUser.load(user.id)).every((m) => can(ctx.scope, 'manageMembers', m.councilId));
    if (!mine || row.total !== row.visible) {
      throw forbidden(msg('forbidden.outsideScope', { person: user.displayName }));
    }
  }
}

/** The hash of a secret nobody keeps: an invited person's password until they set one. */
export async function unusablePasswordHash(ctx: RequestContext): Promise<string> {
  return hashGate(ctx.config.auth.hashing).hash(randomBytes(32).toString('base64url'));
}

/** The one-time links issued in a request, by e-mail address: a bulk onboarding naming one clerk for several councils sends them one link. */
export type InvitationLinks = Map<string, { token: string; expiresAt: Date }>;

/** How long an invitation's link works. */
export const INVITATION_HOURS = 72;
const INVITATION_INVALID = msg('auth.invitationInvalid');

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The invitation e-mail: Welsh then English for someone whose language is Welsh. */
export function invitationMail(locale: string, name: string, council: string, link: string, expiresAt: Date): { subject: string; text: string } {
  const until = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/London' }).format(expiresAt);
  const english = [
    `Dear ${name},`,
    '',
    `You have been invited to Accord for ${council}. Set your password with this one-time link:`,
    '',
    link,
    '',
    `The link works once, until ${until} (UK time). Then sign in with this e-mail address and your new password.`,
  ].join('\n');
  if (locale !== 'cy') return { subject: `Your invitation to Accord for ${council}`, text: english };
  const welsh = [
    `Annwyl ${name},`,
    '',
    `Fe'ch gwahoddwyd i Accord ar gyfer ${council}. Gosodwch eich cyfrinair gyda'r ddolen untro hon:`,
    '',
    link,
    '',
    `Mae'r ddolen yn gweithio unwaith, tan ${until} (amser y DU). Yna mewngofnodwch gyda'r cyfeiriad e-bost hwn a'ch cyfrinair newydd.`,
  ].join('\n');
  return { subject: `Eich gwahoddiad i Accord ar gyfer ${council} / Your invitation to Accord for ${council}`, text: `${welsh}\n\n---\n\n${english}` };
}

/** The e-mail to someone who has an account already and has been given another council: no link, they sign in as before. */
export function accessMail(locale: string, name: string, council: string, signIn: string): { subject: string; text: string } {
  const english = [`Dear ${name},`, '', `You now have access to ${council} in Accord. Sign in as usual with this e-mail address and your password:`, '', signIn].join('\n');
  if (locale !== 'cy') return { subject: `You now have access to ${council} in Accord`, text: english };
  const welsh = [`Annwyl ${name},`, '', `Mae gennych fynediad at ${council} yn Accord bellach. Mewngofnodwch fel arfer gyda'r cyfeiriad e-bost hwn a'ch cyfrinair:`, '', signIn].join('\n');
  return { subject: `Mae gennych fynediad at ${council} yn Accord / You now have access to ${council} in Accord`, text: `${welsh}\n\n---\n\n${english}` };
}

function checkEmail(email: string): string {
  const e = email.trim().toLowerCase();
  if (!EMAIL.test(e) || e.length > 254) throw badInput('email', msg('input.email'));
  return e;
}

function checkDisplayName(name: string): string {
  const n = name.trim();
  if (n.length < 1 || n.length > 200) throw badInput('displayName', msg('input.lengthRange', { min: 1, max: 200 }));
  return n;
}

function checkPassword(password: string, email: string) {
  const problem = passwordRefusal(password, email);
  if (problem) throw badInput('password', passwordMessage(problem));
}

function checkLocale(locale: string): string {
  if (!(LOCALES as readonly string[]).includes(locale)) throw badInput('locale', msg('input.oneOf', { values: LOCALES.join(', ') }));
  return locale;
}

