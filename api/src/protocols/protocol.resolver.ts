import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/context';
import { Council } from '../councils/council.entity';
import type { Classification, ConcernKind, EnquiryCategory, RoleKey, Severity } from '../domain/protocol';
import type { AccessRequester } from '../domain/access-decision';
import { GraphQLJSON } from 'graphql-scalars';
import { protocolMarkdown } from '../domain/protocol-markdown';
import { OfficeHolder, Protocol, ProtocolClause, ProtocolVersion } from './protocol.entities';
import { ClassificationEnum, ConcernKindEnum, EnquiryCategoryEnum, ProtocolStatus, RoleKeyEnum, SeverityEnum } from './protocol.enums';
import {
  AccessDecisionKind,
  AccessDecisionResult,
  AccessRequesterInput,
  AddClauseInput,
  AdoptInput,
  ChangeKind,
  ProtocolRuleEntry,
  ReviewScheduleInput,
  RuleSection,
  EscalationRoute,
  ProtocolComparison,
  ProtocolProblem,
  ResponseDeadlines,
  RouteSkip,
  UpdateClauseInput,
} from './protocol.inputs';
import { ProtocolService } from './protocol.service';
import {
  AccessGrant,
  AccessRule,
  CorrespondenceRule,
  Obligation,
  AdviceRoute,
  DisclosureException,
  EscalationChain,
  ProtocolExpectation,
  ProtocolRole,
  ResponseStandard,
} from './protocol.types';

@Resolver(() => Protocol)
export class ProtocolResolver {
  private readonly service = new ProtocolService();

  @Authorized()
  @Query(() => Protocol, { description: "A council's own protocol" })
  protocol(@Ctx() ctx: RequestContext, @Arg('councilId', () => ID) councilId: string): Promise<Protocol> {
    return this.service.forCouncil(ctx, councilId);
  }

  @Authorized()
  @Query(() => ProtocolVersion)
  protocolVersion(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<ProtocolVersion> {
    return this.service.version(ctx, id);
  }

  @Authorized()
  @Query(() => [Protocol], { description: 'Model protocols a council may start from: its own, and those published above it' })
  modelProtocols(@Ctx() ctx: RequestContext, @Arg('councilId', () => ID) councilId: string): Promise<Protocol[]> {
    return this.service.models(ctx, councilId);
  }

  @Authorized()
  @Mutation(() => Protocol, { description: "Creates a council's protocol, its first draft copied from a model when one is given" })
  createProtocol(
    @Ctx() ctx: RequestContext,
    @Arg('councilId', () => ID) councilId: string,
    @Arg('modelId', () => ID, { nullable: true }) modelId?: string | null,
    @Arg('title', () => String, { nullable: true }) title?: string | null,
  ): Promise<Protocol> {
    return this.service.create(ctx, councilId, title, modelId);
  }

  @Authorized()
  @Mutation(() => Protocol, { description: 'A model protocol for the councils below (monitoring officers); its first draft copies fromVersionId if given' })
  createModelProtocol(
    @Ctx() ctx: RequestContext,
    @Arg('councilId', () => ID) councilId: string,
    @Arg('title') title: string,
    @Arg('fromVersionId', () => ID, { nullable: true }) fromVersionId?: string | null,
  ): Promise<Protocol> {
    return this.service.createModel(ctx, councilId, title, fromVersionId);
  }

  @Authorized()
  @Mutation(() => Protocol, { description: 'Publishes a model to the councils below (or withdraws it)' })
  publishModelProtocol(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('published', { defaultValue: true }) published: boolean,
  ): Promise<Protocol> {
    return this.service.publish(ctx, id, expectedVersion, published);
  }

  @Authorized()
  @Mutation(() => Protocol, {
    description: "Makes a council's protocol follow a model it may start from (its council's own, or one published above it), or none (modelId null); nothing is copied, compare against the model from then on",
  })
  followModelProtocol(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('modelId', () => ID, { nullable: true }) modelId?: string | null,
  ): Promise<Protocol> {
    return this.service.follow(ctx, id, expectedVersion, modelId);
  }

  @Authorized()
  @Mutation(() => ProtocolVersion, { description: 'Starts a draft as a copy of the adopted version (or of the model)' })
  startProtocolDraft(@Ctx() ctx: RequestContext, @Arg('protocolId', () => ID) protocolId: string): Promise<ProtocolVersion> {
    return this.service.startDraft(ctx, protocolId);
  }

  @Authorized()
  @Mutation(() => ProtocolVersion, { description: 'Adopts a draft; the adopted version it replaces becomes superseded' })
  adoptProtocolVersion(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('input', () => AdoptInput) input: AdoptInput,
  ): Promise<ProtocolVersion> {
    return this.service.adopt(ctx, id, expectedVersion, input);
  }

  @Authorized()
  @Mutation(() => ProtocolClause, { description: 'Edits a clause of a draft' })
  updateProtocolClause(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('input', () => UpdateClauseInput) input: UpdateClauseInput,
  ): Promise<ProtocolClause> {
    return this.service.updateClause(ctx, id, expectedVersion, input);
  }

  @Authorized()
  @Mutation(() => ProtocolRuleEntry, {
    description: 'Adds a rule to a draft, or (with expectedVersion) replaces the rule with the same key; checked against the draft',
  })
  async saveProtocolRule(
    @Ctx() ctx: RequestContext,
    @Arg('versionId', () => ID) versionId: string,
    @Arg('section', () => RuleSection) section: RuleSection,
    @Arg('rule', () => GraphQLJSON, { description: "The rule, in the shape of its section's type" }) rule: unknown,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion?: number | null,
    @Arg('key', () => String, { nullable: true, description: 'To change an expectation or obligation: its key ("members_from_officers/2"); other rules are known by their content' })
    key?: string | null,
  ): Promise<ProtocolRuleEntry> {
    return (await this.service.saveRule(ctx, versionId, section, rule, expectedVersion, key)) as unknown as ProtocolRuleEntry;
  }

  @Authorized()
  @Mutation(() => ProtocolVersion, { description: "Sets a draft's review schedule" })
  setProtocolReview(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('input', () => ReviewScheduleInput) input: ReviewScheduleInput,
  ): Promise<ProtocolVersion> {
    return this.service.setReview(ctx, id, expectedVersion, input);
  }

  @Authorized()
  @Mutation(() => ID, { description: 'Removes a rule from a draft' })
  removeProtocolRule(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('expectedVersion', () => Int) expectedVersion: number): Promise<string> {
    return this.service.removeRule(ctx, id, expectedVersion);
  }

  @Authorized()
  @Mutation(() => ProtocolClause, { description: 'Adds a clause to a draft' })
  addProtocolClause(
    @Ctx() ctx: RequestContext,
    @Arg('versionId', () => ID) versionId: string,
    @Arg('input', () => AddClauseInput) input: AddClauseInput,
  ): Promise<ProtocolClause> {
    return this.service.addClause(ctx, versionId, input);
  }

  @Authorized()
  @Mutation(() => ProtocolClause, { description: 'Moves a clause of a draft to just after another (null: to the start)' })
  moveProtocolClause(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<ProtocolClause> {
    return this.service.moveClause(ctx, id, expectedVersion, after ?? null);
  }

  @Authorized()
  @Mutation(() => ID, { description: 'Removes a clause no rule cites from a draft' })
  removeProtocolClause(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('expectedVersion', () => Int) expectedVersion: number): Promise<string> {
    return this.service.removeClause(ctx, id, expectedVersion);
  }

  @Authorized()
  @Query(() => EscalationRoute, {
    description: 'Who handles a concern at a council, step by step, with the current office holders and the clauses',
  })
  async escalationRoute(
    @Ctx() ctx: RequestContext,
    @Arg('councilId', () => ID) councilId: string,
    @Arg('concern', () => ConcernKindEnum) concern: ConcernKind,
    @Arg('severity', () => SeverityEnum, { defaultValue: 'any' }) severity: Severity,
    @Arg('about', () => RoleKeyEnum, { nullable: true, description: 'The role the concern is about' }) about?: RoleKey,
    @Arg('category', () => EnquiryCategoryEnum, {
      nullable: true,
      description: 'For a late enquiry: its category, so that a chain the protocol keeps for that category is found',
    })
    category?: EnquiryCategory,
  ): Promise<EscalationRoute> {
    const { version, route } = await this.service.route(ctx, councilId, { concern, severity, about: about ?? undefined, category: category ?? undefined });
    const [roles, clauses, holders] = await Promise.all([
      this.service.section(ctx, version.id, 'role'),
      this.service.clauses(ctx, version.id),
      this.service.officeHolders(ctx, version.councilId),
    ]);
    const role = (key: string | null | undefined) => (key ? ((roles.find((r) => r.key === key) as ProtocolRole | undefined) ?? null) : null);
    const clause = (numbers: string[]) => clauses.filter((c) => numbers.includes(c.number));
    const roleList = (keys: readonly string[] | undefined) => (keys ?? []).map(role).filter((r): r is ProtocolRole => r !== null);
    return {
      councilId: version.councilId,
      protocolVersion: version,
      chain: route.chain as EscalationChain,
      externalBody: role(route.chain?.externalBody),
      subject: route.subject,
      warnings: route.warnings.map((w) => ({ kind: w.kind, step: w.step, handler: role(w.handler), subject: role(w.subject), message: w.message })),
      steps: route.steps.map((s) => ({
        index: s.index,
        handler: s.handler,
        handlerRole: role(s.handler),
        officeHolders: s.handler ? holders.filter((h) => h.roleKey === s.handler) : [],
        skipped: s.skipped as RouteSkip | null,
        action: s.step.action,
        description: s.step.description,
        workingDays: s.step.workingDays ?? null,
        notify: roleList(s.notify),
        mayNotify: roleList(s.mayNotify),
        consult: roleList(s.consult),
        withheld: roleList(s.withheld.map((w) => w.role)),
        notes: s.notes,
        jointWith: roleList(s.step.jointWith),
        withSubjectFirst: s.step.withSubjectFirst ?? false,
        preconditions: s.step.preconditions,
        clauses: clause(s.step.clauses),
      })),
    };
  }

  @Authorized()
  @Query(() => ResponseDeadlines, {
    description: 'When an enquiry must be acknowledged and answered, in working days of the council\'s calendar, with the clause',
  })
  async responseDeadlines(
    @Ctx() ctx: RequestContext,
    @Arg('councilId', () => ID) councilId: string,
    @Arg('category', () => EnquiryCategoryEnum) category: EnquiryCategory,
    @Arg('receivedAt') receivedAt: Date,
    @Arg('urgent', { defaultValue: false }) urgent: boolean,
  ): Promise<ResponseDeadlines> {
    const d = await this.service.deadlines(ctx, councilId, category, receivedAt, urgent);
    const [roles, clauses] = await Promise.all([this.service.section(ctx, d.version.id, 'role'), this.service.clauses(ctx, d.version.id)]);
    return {
      councilId: d.version.councilId,
      protocolVersion: d.version,
      standard: d.standard as ResponseStandard,
      receivedAt,
      urgent: d.urgent,
      startDay: d.startDay,
      acknowledgeBy: d.acknowledgeBy,
      respondBy: d.respondBy,
      acknowledgeAt: d.acknowledgeAt,
      respondAt: d.respondAt,
      receiptOnNonWorkingDay: d.receipt,
      unit: d.unit,
      cutOff: d.cutOff,
      counting: d.counting,
      respondBeforeMeeting: d.standard.respondBeforeMeeting ?? false,
      escalateTo: d.standard.escalateTo.flatMap((k) => roles.filter((r) => r.key === k)) as ProtocolRole[],
      calendar: d.calendarDescription,
      clauses: clauses.filter((c) => d.standard.clauses.includes(c.number)),
    };
  }

  @Authorized()
  @Query(() => AccessDecisionResult, { description: 'May this requester see information of this classification? With the ground and the clause' })
  async accessDecision(
    @Ctx() ctx: RequestContext,
    @Arg('councilId', () => ID) councilId: string,
    @Arg('classification', () => ClassificationEnum) classification: Classification,
    @Arg('requester', () => AccessRequesterInput) requester: AccessRequesterInput,
  ): Promise<AccessDecisionResult> {
    const { version, decision } = await this.service.access(ctx, councilId, classification, requester as AccessRequester);
    const [roles, clauses] = await Promise.all([this.service.section(ctx, version.id, 'role'), this.service.clauses(ctx, version.id)]);
    return {
      decision: decision.decision as AccessDecisionKind,
      allowed: decision.decision === 'allowed',
      reason: decision.reason,
      rule: decision.rule as AccessRule | null,
      grant: decision.grant as AccessGrant | null,
      decidedBy: (roles.find((r) => r.key === decision.decidedBy) as ProtocolRole | undefined) ?? null,
      through: decision.through,
      approvers: decision.approvers.flatMap((k) => roles.filter((r) => r.key === k)) as ProtocolRole[],
      clauses: clauses.filter((c) => decision.rule?.clauses.includes(c.number)),
      protocolVersion: version,
    };
  }

  @Authorized()
  @Query(() => ProtocolComparison, { description: 'Clauses and rules added, changed or removed from one version to another' })
  async compareProtocolVersions(
    @Ctx() ctx: RequestContext,
    @Arg('baseId', () => ID) baseId: string,
    @Arg('otherId', () => ID) otherId: string,
  ): Promise<ProtocolComparison> {
    const c = await this.service.compare(ctx, baseId, otherId);
    return {
      base: c.base,
      other: c.other,
      clauses: c.clauses.map((x) => ({
        number: x.number,
        change: x.change as ChangeKind,
        headingBefore: x.before?.heading ?? null,
        textBefore: x.before?.text ?? null,
        headingAfter: x.after?.heading ?? null,
        textAfter: x.after?.text ?? null,
      })),
      rules: c.rules.map((r) => ({ ...r, change: r.change as ChangeKind })),
    };
  }

  @FieldResolver(() => Council, {
    nullable: true,
    description: "The council whose protocol this is; null for a model published by a council above the caller's scope",
  })
  async council(@Root() p: Protocol, @Ctx() ctx: RequestContext): Promise<Council | null> {
    return ctx.loaders.council.load(p.councilId);
  }

  @FieldResolver(() => Protocol, { nullable: true, description: 'The model this protocol follows, when visible' })
  async model(@Root() p: Protocol, @Ctx() ctx: RequestContext): Promise<Protocol | null> {
    return p.modelId ? this.service.get(ctx, p.modelId).catch(() => null) : null;
  }

  @FieldResolver(() => [ProtocolVersion], { description: 'Newest first' })
  versions(@Root() p: Protocol, @Ctx() ctx: RequestContext): Promise<ProtocolVersion[]> {
    return this.service.versions(ctx, p.id);
  }

  @FieldResolver(() => ProtocolVersion, { nullable: true, description: 'The version in force' })
  adopted(@Root() p: Protocol, @Ctx() ctx: RequestContext): Promise<ProtocolVersion | null> {
    return this.service.withStatus(ctx, p.id, ProtocolStatus.ADOPTED);
  }

  @FieldResolver(() => ProtocolVersion, { nullable: true, description: 'The draft under review, if any' })
  draft(@Root() p: Protocol, @Ctx() ctx: RequestContext): Promise<ProtocolVersion | null> {
    return this.service.withStatus(ctx, p.id, ProtocolStatus.DRAFT);
  }

  @FieldResolver(() => [OfficeHolder], { description: 'Who holds each role at the council today' })
  officeHolders(@Root() p: Protocol, @Ctx() ctx: RequestContext): Promise<OfficeHolder[]> {
    return this.service.officeHolders(ctx, p.councilId);
  }
}

@Resolver(() => ProtocolVersion)
export class ProtocolVersionResolver {
  private readonly service = new ProtocolService();

  @FieldResolver(() => [ProtocolClause])
  clauses(@Root() v: ProtocolVersion, @Ctx() ctx: RequestContext): Promise<ProtocolClause[]> {
    return this.service.clauses(ctx, v.id);
  }

  @FieldResolver(() => [ProtocolRole])
  roles(@Root() v: ProtocolVersion, @Ctx() ctx: RequestContext) {
    return this.service.section(ctx, v.id, 'role');
  }

  @FieldResolver(() => [ProtocolExpectation])
  expectations(@Root() v: ProtocolVersion, @Ctx() ctx: RequestContext) {
    return this.service.section(ctx, v.id, 'expectation');
  }

  @FieldResolver(() => [EscalationChain])
  chains(@Root() v: ProtocolVersion, @Ctx() ctx: RequestContext) {
    return this.service.section(ctx, v.id, 'chain');
  }

  @FieldResolver(() => [ResponseStandard])
  responseStandards(@Root() v: ProtocolVersion, @Ctx() ctx: RequestContext) {
    return this.service.section(ctx, v.id, 'response_standard');
  }

  @FieldResolver(() => [AccessRule])
  accessRules(@Root() v: ProtocolVersion, @Ctx() ctx: RequestContext) {
    return this.service.section(ctx, v.id, 'access_rule');
  }

  @FieldResolver(() => [DisclosureException])
  disclosureExceptions(@Root() v: ProtocolVersion, @Ctx() ctx: RequestContext) {
    return this.service.section(ctx, v.id, 'disclosure_exception');
  }

  @FieldResolver(() => [CorrespondenceRule])
  correspondenceRules(@Root() v: ProtocolVersion, @Ctx() ctx: RequestContext) {
    return this.service.section(ctx, v.id, 'correspondence_rule');
  }

  @FieldResolver(() => [Obligation], { description: 'General duties, rights and restrictions, and disclosures someone must make' })
  obligations(@Root() v: ProtocolVersion, @Ctx() ctx: RequestContext) {
    return this.service.section(ctx, v.id, 'obligation');
  }

  @FieldResolver(() => [AdviceRoute], { description: 'Whom to ask for advice, by topic' })
  adviceRoutes(@Root() v: ProtocolVersion, @Ctx() ctx: RequestContext) {
    return this.service.section(ctx, v.id, 'advice_route');
  }

  @FieldResolver(() => GraphQLJSON, { description: 'The whole version as one document (the format of domain/protocol.ts): export as JSON' })
  document(@Root() v: ProtocolVersion, @Ctx() ctx: RequestContext) {
    return this.service.document(ctx, v);
  }

  @FieldResolver(() => String, { description: 'The whole version as Markdown, clause numbers as written' })
  async markdown(@Root() v: ProtocolVersion, @Ctx() ctx: RequestContext): Promise<string> {
    return protocolMarkdown(await this.service.document(ctx, v));
  }

  @FieldResolver(() => [ProtocolRuleEntry], { description: 'The stored rules, with the keys and versions editing needs' })
  async rules(
    @Root() v: ProtocolVersion,
    @Ctx() ctx: RequestContext,
    @Arg('section', () => RuleSection, { nullable: true }) section?: RuleSection,
  ): Promise<ProtocolRuleEntry[]> {
    const items = await ctx.loaders.itemsOfVersion.load(v.id);
    return items.filter((i) => !section || i.section === section) as unknown as ProtocolRuleEntry[];
  }

  @FieldResolver(() => [ProtocolProblem], { description: 'What stops this version being adopted; empty when it is consistent' })
  problems(@Root() v: ProtocolVersion, @Ctx() ctx: RequestContext) {
    return this.service.problems(ctx, v);
  }
}
