import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { LocalDateScalar } from '../common/scalars';
import type { RequestContext } from '../common/context';
import type { CaseAction } from '../domain/casework';
import { Council } from '../councils/council.entity';
import { CouncilService } from '../councils/council.service';
import { OfficeHolder, ProtocolVersion } from '../protocols/protocol.entities';
import { ProtocolLifecycleService } from '../protocols/protocol-lifecycle.service';
import { Case, CaseActionEnum, CaseEvent, Reminder } from './case.entity';
import { BuiltInVocabulary, CaseFilter, CaseList, CaseSort, OpenCaseInput, UpdateCaseInput } from './case.inputs';
import { CONCERN_KINDS, ENQUIRY_CATEGORIES, ROLE_KEYS } from '../domain/protocol';
import { CaseService, nextDeadline } from './case.service';

@Resolver(() => Case)
export class CaseResolver {
  private readonly service = new CaseService();
  private readonly councils = new CouncilService();
  private readonly protocols = new ProtocolLifecycleService();

  @Authorized()
  @Query(() => CaseList, { description: 'Cases of the councils in scope, newest first (confidential ones only for their clerks and monitoring officers)' })
  cases(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => CaseFilter, { description: 'Which cases; none: every case in your scope', nullable: true }) filter?: CaseFilter | null,
    @Arg('offset', () => Int, { description: 'How many to skip, for paging: 0 for the first page', defaultValue: 0 }) offset = 0,
    @Arg('limit', () => Int, { description: 'How many to return: at most 200 (more is BAD_USER_INPUT)', defaultValue: 25 }) limit = 25,
    @Arg('sort', () => CaseSort, { description: 'The order; by default the newest received first', nullable: true }) sort?: CaseSort | null,
  ): Promise<CaseList> {
    return this.service.list(ctx, filter ?? {}, offset, limit, sort);
  }

  @Authorized()
  @Query(() => BuiltInVocabulary, { description: "The built-in role keys, concern kinds and enquiry categories (a protocol adds its own: its version's vocabulary and roles)" })
  builtInVocabulary(): BuiltInVocabulary {
    return { roles: [...ROLE_KEYS], concernKinds: [...CONCERN_KINDS], enquiryCategories: [...ENQUIRY_CATEGORIES] };
  }

  @Authorized()
  @Query(() => Case, { description: 'One case with its deadlines, route and timeline; NOT_FOUND outside your scope, or confidential and you may not see it' })
  case(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: "The case's id" }) id: string): Promise<Case> {
    return this.service.get(ctx, id);
  }

  @Authorized()
  @Mutation(() => Case, { description: 'Opens an enquiry or concern; its deadlines and route are fixed from the protocol in force at receipt' })
  openCase(@Ctx() ctx: RequestContext, @Arg('input', () => OpenCaseInput, { description: 'What the case is, who raised it and when it was received' }) input: OpenCaseInput): Promise<Case> {
    return this.service.open(ctx, input);
  }

  @Authorized()
  @Mutation(() => Case, { description: 'Acknowledges, responds to, resolves, closes or escalates a case; CONFLICT when its status does not allow it' })
  moveCase(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: "The case's id" }) id: string,
    @Arg('action', () => CaseActionEnum, { description: 'What to do: ACKNOWLEDGE, RESPOND, RESOLVE, CLOSE or ESCALATE' }) action: CaseAction,
    @Arg('expectedVersion', () => Int, { description: 'The version you last read; if it changed since, CONFLICT and nothing is saved' }) expectedVersion: number,
    @Arg('note', { description: 'A note for the timeline, e.g. what was answered', defaultValue: '' }) note: string,
  ): Promise<Case> {
    return this.service.move(ctx, id, action, expectedVersion, note);
  }

  @Authorized()
  @Mutation(() => Case, { description: 'Changes what a case says (subject, description, who raised it, classification, documents); its deadlines and route stay as fixed at receipt' })
  updateCase(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: "The case's id" }) id: string,
    @Arg('expectedVersion', () => Int, { description: 'The version you last read; if it changed since, CONFLICT and nothing is saved' }) expectedVersion: number,
    @Arg('input', () => UpdateCaseInput, { description: 'The fields to change; those left out stay as they are' }) input: UpdateCaseInput,
  ): Promise<Case> {
    return this.service.update(ctx, id, expectedVersion, input);
  }

  @Authorized()
  @Mutation(() => CaseEvent, { description: 'Adds a note to a case\'s timeline' })
  addCaseNote(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: "The case's id" }) id: string, @Arg('note', { description: "The note, as plain text; it appears on the case's timeline with your name" }) note: string): Promise<CaseEvent> {
    return this.service.addNote(ctx, id, note);
  }

  @FieldResolver(() => LocalDateScalar, { nullable: true, description: 'The next deadline of a live case: acknowledgement while open, then the current step\'s; null once answered, resolved or closed' })
  nextDeadline(@Root() c: Case): string | null {
    return nextDeadline(c);
  }

  @FieldResolver(() => Council, { description: 'The council the case belongs to' })
  async council(@Root() c: Case, @Ctx() ctx: RequestContext): Promise<Council> {
    return this.councils.get(ctx, c.councilId);
  }

  @FieldResolver(() => ProtocolVersion, { description: 'The protocol version in force at receipt' })
  protocolVersion(@Root() c: Case, @Ctx() ctx: RequestContext): Promise<ProtocolVersion> {
    return this.protocols.version(ctx, c.protocolVersionId);
  }

  @FieldResolver(() => [CaseEvent], { description: 'The timeline, oldest first' })
  events(@Root() c: Case, @Ctx() ctx: RequestContext): Promise<CaseEvent[]> {
    return this.service.events(ctx, c.id);
  }

  @FieldResolver(() => [Reminder], { description: 'Reminders planned, sent, cancelled or failed (a failed one after its last attempt)' })
  reminders(@Root() c: Case, @Ctx() ctx: RequestContext): Promise<Reminder[]> {
    return ctx.loaders.remindersOfCase.load(c.id);
  }

  @FieldResolver(() => [OfficeHolder], { description: 'Who holds the handling role today' })
  async handlers(@Root() c: Case, @Ctx() ctx: RequestContext): Promise<OfficeHolder[]> {
    if (!c.handlerRole) return [];
    return (await this.protocols.officeHolders(ctx, c.councilId)).filter((h) => h.roleKey === c.handlerRole);
  }
}
