import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../common/context';
import type { AccessRequester } from '../domain/access-decision';
import { CategoryScalar, VocabularyKeyScalar } from '../common/scalars';
import { inLanguage } from '../domain/answer-text';
import { handlerProcedures, handlerRoles } from '../domain/handlers';
import type { Classification, Handler, Severity } from '../domain/protocol';
import { ClassificationEnum, SeverityEnum } from './protocol.enums';
import {
  AccessDecisionKind,
  AnswerLanguage,
  AccessDecisionResult,
  ChangeKind,
  EscalationRoute,
  ProtocolComparison,
  ResponseDeadlines,
  RouteSkip,
} from './protocol-questions.answers';
import { AccessRequesterInput } from './protocol-questions.inputs';
import { ProtocolLifecycleService } from './protocol-lifecycle.service';
import { ProtocolQuestionsService } from './protocol-questions.service';
import { AccessGrant, AccessRule, DisclosureException, EscalationChain, ProtocolRole, ResponseStandard } from './protocol.types';

/** The questions integrations ask of a council's protocol in force. */
@Resolver()
export class ProtocolQuestionsResolver {
  private readonly service = new ProtocolQuestionsService();
  private readonly protocols = new ProtocolLifecycleService();

  @Authorized()
  @Query(() => EscalationRoute, {
    description: 'Who handles a concern at a council, step by step, with the current office holders and the clauses',
  })
  async escalationRoute(
    @Ctx() ctx: RequestContext,
    @Arg('councilId', () => ID, { description: 'The council whose adopted protocol decides' }) councilId: string,
    @Arg('concern', () => VocabularyKeyScalar, { description: "A concern kind: built in (member_about_officer) or the protocol's own; either case" }) concern: string,
    @Arg('severity', () => SeverityEnum, { description: 'How serious the concern is; ANY when it does not matter', defaultValue: 'any' }) severity: Severity,
    @Arg('about', () => VocabularyKeyScalar, { nullable: true, description: 'The role the concern is about (a role key of the protocol, either case)' }) about?: string | null,
    @Arg('category', () => VocabularyKeyScalar, {
      nullable: true,
      description: 'For a late enquiry: its category, so that a chain the protocol keeps for that category is found',
    })
    category?: string | null,
    @Arg('raisedBy', () => VocabularyKeyScalar, { nullable: true, description: 'Who raises the concern (a role key), where the protocol has a chain for who raises it' })
    raisedBy?: string | null,
    @Arg('seeks', () => String, { nullable: true, description: 'What the person raising it seeks ("formal complaint"), where the protocol has a chain for it' })
    seeks?: string | null,
    @Arg('chainId', () => VocabularyKeyScalar, { nullable: true, description: 'The chain chosen from choices, by its id' }) chainId?: string | null,
    @Arg('language', () => AnswerLanguage, { defaultValue: 'en', description: "EN, or CY for the protocol's Welsh text where it has it" }) language: AnswerLanguage = 'en',
  ): Promise<EscalationRoute> {
    const { version, route } = await this.service.route(
      ctx,
      councilId,
      { concern, severity, about: about ?? undefined, category: category ?? undefined, raisedBy: raisedBy ?? undefined, seeks: seeks ?? undefined, chainId: chainId ?? undefined },
      language,
    );
    const [roles, clauses, holders] = await Promise.all([
      this.protocols.section(ctx, version.id, 'role'),
      this.protocols.clauses(ctx, version.id),
      this.protocols.officeHolders(ctx, version.councilId),
    ]);
    const role = (key: string | null | undefined) => (key ? ((roles.find((r) => r.key === key) as ProtocolRole | undefined) ?? null) : null);
    const clause = (ids: string[]) => clauses.filter((c) => ids.includes(c.key));
    const roleList = (keys: readonly string[] | undefined) => (keys ?? []).map(role).filter((r): r is ProtocolRole => r !== null);
    return {
      councilId: version.councilId,
      protocolVersion: version,
      chain: route.chain as EscalationChain | null,
      chosenBecause: route.chosenBecause,
      choices: route.choices.map((c) => ({ chainId: c.chainId, when: c.when, description: c.description, chain: c.chain as EscalationChain })),
      externalBody: role(route.chain?.externalBody),
      subject: route.subject,
      warnings: route.warnings.map((w) => ({ kind: w.kind, step: w.step, handler: role(w.handler), subject: role(w.subject), message: w.message })),
      steps: route.steps.map((s) => ({
        index: s.index,
        handler: s.handler,
        handledBy: s.handledBy,
        handlerText: s.handlerText,
        handlerRoles: roleList(handlerRoles(s.handledBy)),
        procedures: handlerProcedures(s.handledBy).map((p) => ({ name: inLanguage(language, p.name, p.nameCy), url: p.url ?? null })),
        handlerRole: role(s.handler),
        // Who holds each handling role today: every alternative and joint handler, not only the first.
        officeHolders: holders.filter((h) => handlerRoles(s.handledBy).includes(h.roleKey)),
        skipped: s.skipped as RouteSkip | null,
        action: s.step.action,
        description: inLanguage(language, s.step.description, s.step.descriptionCy),
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
    @Arg('councilId', () => ID, { description: 'The council whose adopted protocol and calendar count the days; NOT_FOUND outside your scope, or with no adopted protocol' }) councilId: string,
    @Arg('category', () => CategoryScalar, { description: "An enquiry category: built in (ward_matter) or the protocol's own; either case. A category without a standard of its own takes the protocol's standard for every category (\"*\")" })
    category: string,
    @Arg('receivedAt', { description: 'When the enquiry was received, an ISO 8601 instant (e.g. 2026-03-06T16:30:00Z); after the cut-off it counts from the next working day. Years 2012 to 2099' }) receivedAt: Date,
    @Arg('urgent', { description: "Apply the protocol's urgent standard, where it has one", defaultValue: false }) urgent: boolean,
    @Arg('language', () => AnswerLanguage, { defaultValue: 'en', description: 'EN, or CY for the counting sentences in Welsh' }) language: AnswerLanguage = 'en',
  ): Promise<ResponseDeadlines> {
    const d = await this.service.deadlines(ctx, councilId, category, receivedAt, urgent, language);
    const [roles, clauses] = await Promise.all([this.protocols.section(ctx, d.version.id, 'role'), this.protocols.clauses(ctx, d.version.id)]);
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
      countedFrom: d.countedFrom,
      handledBy: (d.standard.handledBy ?? (d.standard.handler ? { role: d.standard.handler } : null)) as Handler | null,
      respondBeforeMeeting: d.standard.respondBeforeMeeting ?? false,
      escalateTo: d.standard.escalateTo.flatMap((k) => roles.filter((r) => r.key === k)) as ProtocolRole[],
      calendar: d.calendarDescription,
      clauses: clauses.filter((c) => d.standard.clauses.includes(c.key)),
    };
  }

  @Authorized()
  @Query(() => AccessDecisionResult, { description: 'May this requester see information of this classification? With the ground and the clause' })
  async accessDecision(
    @Ctx() ctx: RequestContext,
    @Arg('councilId', () => ID, { description: 'The council whose adopted protocol decides' }) councilId: string,
    @Arg('classification', () => ClassificationEnum, { description: 'How the information is classified' }) classification: Classification,
    @Arg('requester', () => AccessRequesterInput, { description: 'Who asks, and how they stand to the matter' }) requester: AccessRequesterInput,
    @Arg('language', () => AnswerLanguage, { defaultValue: 'en', description: "EN, or CY for the protocol's Welsh text where it has it" }) language: AnswerLanguage = 'en',
  ): Promise<AccessDecisionResult> {
    const { version, decision } = await this.service.access(ctx, councilId, classification, requester as AccessRequester);
    const [roles, clauses] = await Promise.all([this.protocols.section(ctx, version.id, 'role'), this.protocols.clauses(ctx, version.id)]);
    return {
      decision: decision.decision as AccessDecisionKind,
      allowed: decision.decision === 'allowed',
      reason: decision.reason,
      rule: decision.rule as AccessRule | null,
      grant: decision.grant as AccessGrant | null,
      decidedBy: (roles.find((r) => r.key === decision.decidedBy) as ProtocolRole | undefined) ?? null,
      through: decision.through,
      approvers: decision.approvers.flatMap((k) => roles.filter((r) => r.key === k)) as ProtocolRole[],
      clauses: clauses.filter((c) => decision.clauses.includes(c.key)),
      exceptions: decision.exceptions.map((e) => ({
        exception: { ...e.exception, description: inLanguage(language, e.exception.description, e.exception.descriptionCy) } as DisclosureException,
        consult: e.consult.flatMap((k) => roles.filter((r) => r.key === k)) as ProtocolRole[],
        clauses: clauses.filter((c) => e.exception.clauses.includes(c.key)),
      })),
      protocolVersion: version,
    };
  }

  @Authorized()
  @Query(() => ProtocolComparison, { description: 'Clauses and rules added, changed or removed from one version to another' })
  async compareProtocolVersions(
    @Ctx() ctx: RequestContext,
    @Arg('baseId', () => ID, { description: "The earlier version's id" }) baseId: string,
    @Arg('otherId', () => ID, { description: "The later version's id (of the same protocol, or of a model it follows)" }) otherId: string,
  ): Promise<ProtocolComparison> {
    const c = await this.service.compare(ctx, baseId, otherId);
    return {
      base: c.base,
      other: c.other,
      clauses: c.clauses.map((x) => ({
        key: x.key,
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
}
