import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import type { RequestContext } from '../common/context';
import { ProtocolClause, ProtocolVersion } from './protocol.entities';
import { ProtocolRuleEntry, RuleSection } from './protocol.answers';
import { AddClauseInput, ReviewScheduleInput, UpdateClauseInput } from './protocol.inputs';
import { ProtocolEditingService } from './protocol-editing.service';

/** Editing a draft: clauses, rules, review schedule. */
@Resolver()
export class ProtocolEditingResolver {
  private readonly service = new ProtocolEditingService();

  @Authorized()
  @Mutation(() => ProtocolVersion, {
    description:
      'Replaces a draft with a whole document (format 2; JSON Schema at /schema/protocol-document.v2.json): clauses, sections, rules, dates, review schedule, title. Every problem is reported at once in extensions.problems ({ path, message }), and nothing is written while there is any',
  })
  saveDraftDocument(
    @Ctx() ctx: RequestContext,
    @Arg('versionId', () => ID, { description: "The draft's id" }) versionId: string,
    @Arg('expectedVersion', () => Int, { description: 'The version you last read; if it changed since, CONFLICT and nothing is saved' }) expectedVersion: number,
    @Arg('document', () => GraphQLJSON, { description: 'The whole protocol document (format 2, as /schema/protocol-document.v2.json describes)' }) document: unknown,
  ): Promise<ProtocolVersion> {
    return this.service.saveDocument(ctx, versionId, expectedVersion, document);
  }

  @Authorized()
  @Mutation(() => ProtocolVersion, { description: 'saveDraftDocument from JSON or YAML text (what exportDocument gives, or a file written by hand)' })
  importProtocolDocument(
    @Ctx() ctx: RequestContext,
    @Arg('versionId', () => ID, { description: "The draft's id" }) versionId: string,
    @Arg('expectedVersion', () => Int, { description: 'The version you last read; if it changed since, CONFLICT and nothing is saved' }) expectedVersion: number,
    @Arg('text', { description: 'The whole document as JSON or YAML text (format 2), at most 1 MB' }) text: string,
  ): Promise<ProtocolVersion> {
    return this.service.importDocument(ctx, versionId, expectedVersion, text);
  }

  @Authorized()
  @Mutation(() => ProtocolClause, { description: 'Edits a clause of a draft' })
  updateProtocolClause(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: "The clause's id" }) id: string,
    @Arg('expectedVersion', () => Int, { description: 'The version you last read; if it changed since, CONFLICT and nothing is saved' }) expectedVersion: number,
    @Arg('input', () => UpdateClauseInput, { description: "The clause's new text and heading" }) input: UpdateClauseInput,
  ): Promise<ProtocolClause> {
    return this.service.updateClause(ctx, id, expectedVersion, input);
  }

  @Authorized()
  @Mutation(() => ProtocolRuleEntry, {
    description: 'Adds a rule to a draft, or (with expectedVersion) replaces the rule with the same key; checked against the draft',
  })
  async saveProtocolRule(
    @Ctx() ctx: RequestContext,
    @Arg('versionId', () => ID, { description: "The draft's id" }) versionId: string,
    @Arg('section', () => RuleSection, { description: 'Which section the rule belongs to' }) section: RuleSection,
    @Arg('rule', () => GraphQLJSON, { description: "The rule, in the shape of its section's type" }) rule: unknown,
    @Arg('expectedVersion', () => Int, { description: 'The version you last read; if it changed since, CONFLICT and nothing is saved', nullable: true }) expectedVersion?: number | null,
    @Arg('key', () => String, { nullable: true, description: 'To change an expectation or obligation: its key ("members_from_officers/2"); other rules are known by their content' })
    key?: string | null,
  ): Promise<ProtocolRuleEntry> {
    return (await this.service.saveRule(ctx, versionId, section, rule, expectedVersion, key)) as unknown as ProtocolRuleEntry;
  }

  @Authorized()
  @Mutation(() => ProtocolVersion, { description: "Sets a draft's review schedule" })
  setProtocolReview(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: "The draft's id" }) id: string,
    @Arg('expectedVersion', () => Int, { description: 'The version you last read; if it changed since, CONFLICT and nothing is saved' }) expectedVersion: number,
    @Arg('input', () => ReviewScheduleInput, { description: 'How often it is reviewed, and the clauses that say so' }) input: ReviewScheduleInput,
  ): Promise<ProtocolVersion> {
    return this.service.setReview(ctx, id, expectedVersion, input);
  }

  @Authorized()
  @Mutation(() => ID, { description: 'Removes a rule from a draft' })
  removeProtocolRule(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: "The rule's id" }) id: string, @Arg('expectedVersion', () => Int, { description: 'The version you last read; if it changed since, CONFLICT and nothing is saved' }) expectedVersion: number): Promise<string> {
    return this.service.removeRule(ctx, id, expectedVersion);
  }

  @Authorized()
  @Mutation(() => ProtocolClause, { description: 'Adds a clause (or unnumbered paragraph) to a draft: at the end, after a given clause id, or at the start (atStart)' })
  addProtocolClause(
    @Ctx() ctx: RequestContext,
    @Arg('versionId', () => ID, { description: "The draft's id (a version with status DRAFT; an adopted version cannot change: CONFLICT)" }) versionId: string,
    @Arg('input', () => AddClauseInput, { description: "The clause's text (and heading), and where it goes" }) input: AddClauseInput,
  ): Promise<ProtocolClause> {
    return this.service.addClause(ctx, versionId, input);
  }

  @Authorized()
  @Mutation(() => ProtocolClause, { description: 'Moves a clause of a draft to just after another, named by its id (key); null: to the start. Its number and id are unchanged' })
  moveProtocolClause(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: "The clause's id" }) id: string,
    @Arg('expectedVersion', () => Int, { description: 'The version you last read; if it changed since, CONFLICT and nothing is saved' }) expectedVersion: number,
    @Arg('after', () => String, { description: 'The id (key) of the clause it goes after; null: to the start', nullable: true }) after?: string | null,
  ): Promise<ProtocolClause> {
    return this.service.moveClause(ctx, id, expectedVersion, after ?? null);
  }

  @Authorized()
  @Mutation(() => ID, { description: 'Removes a clause no rule cites from a draft' })
  removeProtocolClause(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: "The clause's id" }) id: string, @Arg('expectedVersion', () => Int, { description: 'The version you last read; if it changed since, CONFLICT and nothing is saved' }) expectedVersion: number): Promise<string> {
    return this.service.removeClause(ctx, id, expectedVersion);
  }
}
