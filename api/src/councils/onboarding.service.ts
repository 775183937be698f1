import type { RequestContext } from '../common/context';
import { AppError, badInput, forbidden } from '../common/errors';
import { msg, type MessageKey } from '../common/messages';
import { can, type MembershipRole } from '../domain/access';
import { checkRows, COLUMN_HEADERS, kindOf, slugOf, type BulkRow, type RowProblem, type RowProblemCode } from '../domain/onboarding';
import { ProtocolLifecycleService } from '../protocols/protocol-lifecycle.service';
import { UserService, unusablePasswordHash, type InvitationLinks } from '../users/user.service';
import { CouncilService } from './council.service';
import { readOnboardingCsv } from './onboarding.csv';
import type { Council } from './council.entity';
import type { OnboardingPreview, OnboardingResult, OnboardingRow } from './onboarding.inputs';

/** The catalogue's words for each problem of a row. */
const PROBLEM_MESSAGES: Record<RowProblemCode, MessageKey> = {
  required: 'onboarding.required',
  tooLong: 'onboarding.tooLong',
  kind: 'onboarding.kind',
  email: 'onboarding.email',
  duplicateName: 'onboarding.duplicateName',
  duplicateSlug: 'onboarding.duplicateSlug',
  slug: 'onboarding.slug',
  nameTaken: 'onboarding.nameTaken',
  slugTaken: 'onboarding.slugTaken',
  parentUnknown: 'onboarding.parentUnknown',
};

interface ParentRow {
  id: string;
  name: string;
  slug: string;
  nation: string;
}

interface Checked {
  rows: OnboardingRow[];
  problems: RowProblem[];
  parents: (ParentRow | null)[];
}

/**
 * Bulk onboarding from a CSV (issue 14): a monitoring officer's (or a platform admin's) file of
 * councils (name, kind, parent, clerk name, clerk email) previewed with each row's problems, then
 * onboarded all in one transaction: each council (slug from its name, nation from its parent, kind
 * from the file or the usual one below the parent), its draft protocol from a model (placeholders
 * filled), its clerk invited (the e-mail from the outbox, after commit) and made the Clerk office
 * holder. A failure on any row leaves nothing.
 */
export class OnboardingService {
  private readonly councils = new CouncilService();
  private readonly protocols = new ProtocolLifecycleService();
  private readonly users = new UserService();

  /** What the file would do, nothing saved. */
  async preview(ctx: RequestContext, csv: string): Promise<OnboardingPreview> {
    this.requireMayOnboard(ctx);
    const { rows, problems } = await this.check(ctx, readOnboardingCsv(String(csv ?? '')));
    const bad = new Set(problems.map((p) => p.row));
    return { rows, rowsWithErrors: bad.size, ready: bad.size === 0 };
  }

  /** Onboards every row of the file in one transaction, or nothing (BAD_USER_INPUT while any row has a problem). */
  async onboard(ctx: RequestContext, csv: string, modelId?: string | null): Promise<OnboardingResult> {
    // Another area's model is not found, whoever asks.
    const model = modelId ? await this.protocols.get(ctx, modelId, 'modelId') : null;
    this.requireMayOnboard(ctx);
    if (model && !model.isModel) throw badInput('modelId', msg('protocol.notModel'));
    const read = readOnboardingCsv(String(csv ?? ''));
    const { rows, problems, parents } = await this.check(ctx, read);
    if (problems.length) {
      const first = problems[0];
      throw new AppError('BAD_USER_INPUT', msg('onboarding.hasErrors', { count: new Set(problems.map((p) => p.row)).size }), {
        field: 'csv',
        row: first.row,
        column: COLUMN_HEADERS[first.column],
      });
    }
    const passwordHash = await unusablePasswordHash(ctx);
    const session = await ctx.db();
    return session.atomic(async (em) => {
      const created: Council[] = [];
      let fromModel = 0;
      const modelsOf = new Map<string, string | null>();
      // One link per clerk however many councils they clerk in the file.
      const links: InvitationLinks = new Map();
      for (const [i, row] of rows.entries()) {
        const parent = parents[i]!;
        try {
          const council = await this.councils.create(ctx, { name: row.name, slug: row.slug, kind: row.kind as never, nation: parent.nation as never, parentId: parent.id });
          // The caller's role reaches the new council as it does every council below theirs (the database's scope was extended by create).
          if (!ctx.scope.platformAdmin) (ctx.scope.roles as Map<string, MembershipRole>).set(council.id, ctx.scope.roles.get(parent.id)!);
          if (!modelsOf.has(parent.id)) modelsOf.set(parent.id, model?.id ?? (await this.protocols.models(ctx, council.id))[0]?.id ?? null);
          const useModel = modelsOf.get(parent.id) ?? null;
          await this.protocols.create(ctx, council.id, null, useModel);
          if (useModel) fromModel++;
          await this.users.inviteIn(ctx, em, council, { councilId: council.id, email: row.clerkEmail, displayName: row.clerkName, role: 'clerk' as never, officeHolder: true }, passwordHash, links);
          created.push(council);
        } catch (e) {
          // Named by its row; the transaction's savepoint then takes back every row before it.
          if (e instanceof AppError) {
            throw new AppError(e.extensions.code as never, msg('onboarding.rowFailed', { row: row.row, problem: e.text }), { row: row.row, field: e.extensions.field });
          }
          throw e;
        }
      }
      return { councils: created, invited: created.length, protocolsFromModel: fromModel };
    });
  }

  private requireMayOnboard(ctx: RequestContext) {
    if (ctx.scope.readOnly) throw forbidden(msg('forbidden.readOnly'));
    if (ctx.scope.platformAdmin) return;
    if (![...ctx.scope.roles.values()].includes('monitoring_officer')) throw forbidden(msg('forbidden.bulkOnboard'));
  }

  /** Each row checked against the file and the database (parents the caller may add below, names, slugs and e-mails taken). */
  private async check(ctx: RequestContext, rows: BulkRow[]): Promise<Checked> {
    const { manager } = await ctx.db();
    const lower = (s: string) => s.trim().toLowerCase();
    const parentTexts = [...new Set(rows.map((r) => lower(r.parent)).filter(Boolean))];
    // Councils are read under row-level security: one outside the caller's scope is as unknown as a misspelt one.
    const found: ParentRow[] = parentTexts.length
      ? await manager.query(`SELECT id, name, slug, nation FROM councils WHERE lower(name) = ANY ($1) OR slug = ANY ($1)`, [parentTexts])
      : [];
    const byText = new Map<string, ParentRow>();
    for (const c of found) {
      if (!can(ctx.scope, 'createChild', c.id)) continue;
      byText.set(c.slug, c);
      byText.set(c.name.toLowerCase(), c);
    }
    const own = ctx.userId
      ? ((await manager.query(
          `SELECT c.id, c.name, c.slug, c.nation FROM memberships m JOIN councils c ON c.id = m.council_id
           WHERE m.user_id = $1 AND m.role = 'monitoring_officer' ORDER BY m.created_at, m.id LIMIT 1`,
          [ctx.userId],
        )) as ParentRow[])[0] ?? null
      : null;
    const names = rows.map((r) => lower(r.name)).filter(Boolean);
    const slugs = rows.map((r) => slugOf(r.name)).filter(Boolean);
    const [namesTaken, slugsTaken] = await Promise.all([
      manager.query(`SELECT lower(name) AS v FROM councils WHERE lower(name) = ANY ($1)`, [names]),
      manager.query(`SELECT accord_slugs_taken AS v FROM accord_slugs_taken($1)`, [slugs]),
    ]).then((all) => all.map((r: { v: string }[]) => new Set(r.map((x) => x.v))));
    const problems = checkRows(rows, {
      parentAllowed: (text) => byText.has(text),
      hasDefaultParent: !!own,
      nameTaken: (n) => namesTaken.has(n),
      slugTaken: (s) => slugsTaken.has(s),
    });
    const parents = rows.map((r) => (r.parent.trim() ? byText.get(lower(r.parent)) ?? null : own));
    const out: OnboardingRow[] = rows.map((r, i) => {
      const parent = parents[i];
      const kind = r.kind.trim() ? kindOf(r.kind) : parent ? (parent.nation === 'wales' ? 'community' : 'parish') : null;
      return {
        row: r.row,
        name: r.name.trim(),
        slug: slugOf(r.name),
        kind,
        nation: parent?.nation ?? null,
        parentId: parent?.id ?? null,
        parentName: parent?.name ?? null,
        clerkName: r.clerkName.trim(),
        clerkEmail: lower(r.clerkEmail),
        errors: problems
          .filter((p) => p.row === r.row)
          .map((p) => ({ column: COLUMN_HEADERS[p.column], message: msg(PROBLEM_MESSAGES[p.problem], p.other ? { other: p.other } : {}).in(ctx.language) })),
      };
    });
    return { rows: out, problems, parents };
  }
}

