import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/context';
import { Council } from '../councils/council.entity';
import { GraphQLJSON } from 'graphql-scalars';
import { protocolMarkdown } from '../domain/protocol-markdown';
import { OfficeHolder, Protocol, ProtocolClause, ProtocolVersion } from './protocol.entities';
import { ProtocolStatus } from './protocol.enums';
import { DocumentTextFormat, ProtocolProblem, ProtocolRuleEntry, RuleSection } from './protocol.answers';
import { reviewNote } from '../domain/dates';
import { AdoptInput } from './protocol.inputs';
import { ProtocolLifecycleService } from './protocol-lifecycle.service';
import {
  AccessRule,
  AdviceRoute,
  CorrespondenceRule,
  DisclosureException,
  EscalationChain,
  Obligation,
  ProtocolExpectation,
  ProtocolRole,
  ResponseStandard,
} from './protocol.types';

@Resolver(() => Protocol)
export class ProtocolResolver {
  private readonly service = new ProtocolLifecycleService();

  @Authorized()
  @Query(() => Protocol, { description: "A council's own protocol" })
  protocol(@Ctx() ctx: RequestContext, @Arg('councilId', () => ID, { description: "The council's id; NOT_FOUND when it has no protocol yet" }) councilId: string): Promise<Protocol> {
    return this.service.forCouncil(ctx, councilId);
  }

  @Authorized()
  @Query(() => ProtocolVersion, { description: 'One version of a protocol (draft, adopted or superseded) with its clauses and rules' })
  protocolVersion(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: "The version's id" }) id: string): Promise<ProtocolVersion> {
    return this.service.version(ctx, id);
  }

  @Authorized()
  @Query(() => [Protocol], { description: 'Model protocols a council may start from: its own, and those published above it' })
  modelProtocols(@Ctx() ctx: RequestContext, @Arg('councilId', () => ID, { description: 'The council that would start from a model' }) councilId: string): Promise<Protocol[]> {
    return this.service.models(ctx, councilId);
  }

  @Authorized()
  @Mutation(() => Protocol, { description: "Creates a council's protocol, its first draft copied from a model when one is given" })
  createProtocol(
    @Ctx() ctx: RequestContext,
    @Arg('councilId', () => ID, { description: "The council's id; a council has one protocol (a second is CONFLICT)" }) councilId: string,
    @Arg('modelId', () => ID, { description: 'A published model to copy, with its placeholders filled for this council; none: an empty draft', nullable: true }) modelId?: string | null,
    @Arg('title', () => String, { description: "The protocol's title; none: the model's, or a standard title", nullable: true }) title?: string | null,
  ): Promise<Protocol> {
    return this.service.create(ctx, councilId, title, modelId);
  }

  @Authorized()
  @Mutation(() => Protocol, { description: 'A model protocol for the councils below (monitoring officers); its first draft copies fromVersionId if given' })
  createModelProtocol(
    @Ctx() ctx: RequestContext,
    @Arg('councilId', () => ID, { description: "The monitoring officer's council that publishes the model" }) councilId: string,
    @Arg('title', { description: 'The model\'s title, e.g. "Model member/officer protocol for community councils"' }) title: string,
    @Arg('fromVersionId', () => ID, { description: "A version to copy as the model's first draft; none: an empty draft", nullable: true }) fromVersionId?: string | null,
  ): Promise<Protocol> {
    return this.service.createModel(ctx, councilId, title, fromVersionId);
  }

  @Authorized()
  @Mutation(() => Protocol, { description: 'Publishes a model to the councils below (or withdraws it)' })
  publishModelProtocol(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: "The model protocol's id" }) id: string,
    @Arg('expectedVersion', () => Int, { description: 'The version you last read; if it changed since, CONFLICT and nothing is saved' }) expectedVersion: number,
    @Arg('published', { description: 'true to publish to the councils below, false to withdraw', defaultValue: true }) published: boolean,
  ): Promise<Protocol> {
    return this.service.publish(ctx, id, expectedVersion, published);
  }

  @Authorized()
  @Mutation(() => Protocol, {
    description: "Makes a council's protocol follow a model it may start from (its council's own, or one published above it), or none (modelId null); nothing is copied, compare against the model from then on",
  })
  followModelProtocol(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: "The council's protocol's id" }) id: string,
    @Arg('expectedVersion', () => Int, { description: 'The version you last read; if it changed since, CONFLICT and nothing is saved' }) expectedVersion: number,
    @Arg('modelId', () => ID, { description: 'The model to follow; null stops following one', nullable: true }) modelId?: string | null,
  ): Promise<Protocol> {
    return this.service.follow(ctx, id, expectedVersion, modelId);
  }

  @Authorized()
  @Mutation(() => Protocol, { description: 'Renames a protocol; titleCy is its Welsh title (null clears it)' })
  renameProtocol(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: "The protocol's id" }) id: string,
    @Arg('expectedVersion', () => Int, { description: 'The version you last read; if it changed since, CONFLICT and nothing is saved' }) expectedVersion: number,
    @Arg('title', { description: 'The new title, in English' }) title: string,
    @Arg('titleCy', () => String, { description: 'The title in Welsh; null clears it', nullable: true }) titleCy?: string | null,
  ): Promise<Protocol> {
    return this.service.rename(ctx, id, expectedVersion, title, titleCy);
  }

  @Authorized()
  @Mutation(() => ID, { description: 'Discards a draft with its clauses and rules; the adopted version is untouched' })
  discardDraft(@Ctx() ctx: RequestContext, @Arg('versionId', () => ID, { description: "The draft's id" }) versionId: string, @Arg('expectedVersion', () => Int, { description: 'The version you last read; if it changed since, CONFLICT and nothing is saved' }) expectedVersion: number): Promise<string> {
    return this.service.discardDraft(ctx, versionId, expectedVersion);
  }

  @Authorized()
  @Mutation(() => ProtocolVersion, { description: 'Starts a draft as a copy of the adopted version (or of the model)' })
  startProtocolDraft(@Ctx() ctx: RequestContext, @Arg('protocolId', () => ID, { description: "The protocol's id; a protocol with a draft already is CONFLICT" }) protocolId: string): Promise<ProtocolVersion> {
    return this.service.startDraft(ctx, protocolId);
  }

  @Authorized()
  @Mutation(() => ProtocolVersion, { description: 'Adopts a draft; the adopted version it replaces becomes superseded' })
  adoptProtocolVersion(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: "The draft's id" }) id: string,
    @Arg('expectedVersion', () => Int, { description: 'The version you last read; if it changed since, CONFLICT and nothing is saved' }) expectedVersion: number,
    @Arg('input', () => AdoptInput, { description: 'When it was adopted, by whom, and its next review' }) input: AdoptInput,
  ): Promise<ProtocolVersion> {
    return this.service.adopt(ctx, id, expectedVersion, input);
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
  private readonly service = new ProtocolLifecycleService();

  @FieldResolver(() => [ProtocolClause], { description: 'Its clauses, in order' })
  clauses(@Root() v: ProtocolVersion, @Ctx() ctx: RequestContext): Promise<ProtocolClause[]> {
    return this.service.clauses(ctx, v.id);
  }

  @FieldResolver(() => [ProtocolRole], { description: "The roles it names, with the council's titles" })
  roles(@Root() v: ProtocolVersion, @Ctx() ctx: RequestContext) {
    return this.service.section(ctx, v.id, 'role');
  }

  @FieldResolver(() => [ProtocolExpectation], { description: 'What members and officers can expect of each other' })
  expectations(@Root() v: ProtocolVersion, @Ctx() ctx: RequestContext) {
    return this.service.section(ctx, v.id, 'expectation');
  }

  @FieldResolver(() => [EscalationChain], { description: 'The escalation chains for concerns' })
  chains(@Root() v: ProtocolVersion, @Ctx() ctx: RequestContext) {
    return this.service.section(ctx, v.id, 'chain');
  }

  @FieldResolver(() => [ResponseStandard], { description: 'The time limits for enquiries, by category' })
  responseStandards(@Root() v: ProtocolVersion, @Ctx() ctx: RequestContext) {
    return this.service.section(ctx, v.id, 'response_standard');
  }

  @FieldResolver(() => [AccessRule], { description: 'Who may see information of each classification' })
  accessRules(@Root() v: ProtocolVersion, @Ctx() ctx: RequestContext) {
    return this.service.section(ctx, v.id, 'access_rule');
  }

  @FieldResolver(() => [DisclosureException], { description: 'When confidential information may be disclosed' })
  disclosureExceptions(@Root() v: ProtocolVersion, @Ctx() ctx: RequestContext) {
    return this.service.section(ctx, v.id, 'disclosure_exception');
  }

  @FieldResolver(() => [CorrespondenceRule], { description: 'Rules on correspondence' })
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

  @FieldResolver(() => GraphQLJSON, { description: 'The whole version as one document, format 2 (JSON Schema at /schema/protocol-document.v2.json)' })
  document(@Root() v: ProtocolVersion, @Ctx() ctx: RequestContext) {
    return this.service.document(ctx, v);
  }

  @FieldResolver(() => String, {
    description: 'The whole version as text in the document format (version 2), JSON or YAML; importProtocolDocument reads it back unchanged',
  })
  exportDocument(
    @Root() v: ProtocolVersion,
    @Ctx() ctx: RequestContext,
    @Arg('format', () => DocumentTextFormat, { description: 'JSON (the default) or YAML', defaultValue: 'json' }) format: DocumentTextFormat,
  ): Promise<string> {
    return this.service.exportText(ctx, v, format);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Why no next review date is computed (a schedule with no full date to count from); null otherwise' })
  reviewNote(@Root() v: ProtocolVersion): string | null {
    return reviewNote({
      adoptedOn: v.adoptedOn ?? undefined,
      effectiveFrom: v.effectiveFrom ?? undefined,
      reviewEveryMonths: v.reviewEveryMonths ?? undefined,
      reviewOn: v.reviewOn ?? undefined,
    });
  }

  @FieldResolver(() => String, { description: 'The whole version as Markdown, clause numbers as written' })
  async markdown(@Root() v: ProtocolVersion, @Ctx() ctx: RequestContext): Promise<string> {
    return protocolMarkdown(await this.service.document(ctx, v));
  }

  @FieldResolver(() => [ProtocolRuleEntry], { description: 'The stored rules, with the keys and versions editing needs' })
  async rules(
    @Root() v: ProtocolVersion,
    @Ctx() ctx: RequestContext,
    @Arg('section', () => RuleSection, { description: "Only this section's rules", nullable: true }) section?: RuleSection,
  ): Promise<ProtocolRuleEntry[]> {
    const items = await ctx.loaders.itemsOfVersion.load(v.id);
    return items.filter((i) => !section || i.section === section) as unknown as ProtocolRuleEntry[];
  }

  @FieldResolver(() => [ProtocolProblem], { description: 'What stops this version being adopted; empty when it is consistent' })
  problems(@Root() v: ProtocolVersion, @Ctx() ctx: RequestContext) {
    return this.service.problems(ctx, v);
  }
}
