import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import type { RequestContext } from '../common/context';
import { ProtocolVersion } from '../protocols/protocol.entities';
import { FollowModelKeep, ImportClause, ImportSection, ImportSuggestion, ModelComparison, ProtocolImport } from './import.entity';
import { ImportService } from './import.service';

@InputType({ description: 'What to make of an import: the suggestions to use, edited where need be' })
class CreateDraftFromImportInput {
  @Field(() => [ID], { description: 'Suggestion ids to use as they are' })
  accept: string[];

  @Field(() => GraphQLJSON, { nullable: true, description: 'Edited values by suggestion id (each also accepted)' })
  edits?: Record<string, unknown> | null;

  @Field(() => String, { nullable: true, description: "The protocol's title; the document's own when absent" })
  title?: string | null;
}

@ObjectType({ description: 'What createDraftFromImport made: the draft, and the import it came from' })
class DraftFromImport {
  @Field(() => ProtocolImport, { description: 'The import, as it is now' })
  import: ProtocolImport;
  @Field(() => ProtocolVersion, { description: 'The new draft (not adopted: review and adopt it)' })
  draft: ProtocolVersion;
  @Field(() => [String], { description: "What could not go into the draft in today's format, in words" })
  notes: string[];
}

@InputType({ description: 'Which side of one difference between the document and the model to keep' })
class FollowModelChoice {
  @Field(() => ID, { description: 'The difference (ModelDifference.id)' })
  difference: string;

  @Field(() => FollowModelKeep, { description: "The model's side or the document's" })
  keep: FollowModelKeep;
}

@Resolver(() => ProtocolImport)
export class ImportResolver {
  private readonly service = new ImportService();

  @Authorized()
  @Query(() => ProtocolImport, { description: 'An upload of a protocol document (POST /imports) and what was found in it' })
  protocolImport(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: "The import's id" }) id: string): Promise<ProtocolImport> {
    return this.service.get(ctx, id);
  }

  @Authorized()
  @Query(() => [ProtocolImport], { description: "A council's imports, newest first (at most 100)" })
  protocolImports(@Ctx() ctx: RequestContext, @Arg('councilId', () => ID, { description: "The council's id" }) councilId: string): Promise<ProtocolImport[]> {
    return this.service.list(ctx, councilId);
  }

  @Authorized()
  @Mutation(() => DraftFromImport, { description: "Makes a draft of the council's protocol from an import's accepted suggestions (the adopted version is not changed)" })
  async createDraftFromImport(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: "The import's id" }) id: string,
    @Arg('expectedVersion', () => Int, { description: 'The version you last read; if it changed since, CONFLICT and nothing is saved' }) expectedVersion: number,
    @Arg('input', () => CreateDraftFromImportInput, { description: 'Which suggestions to accept or reject' }) input: CreateDraftFromImportInput,
  ): Promise<DraftFromImport> {
    const { record, draft, notes } = await this.service.createDraft(ctx, id, expectedVersion, { accept: input.accept, edits: input.edits ?? undefined, title: input.title });
    return { import: record, draft, notes };
  }

  @Authorized()
  @Mutation(() => DraftFromImport, {
    description:
      "Makes a draft of the council's protocol that follows the model published to it, with the document's differences kept where the choices (or, for a difference not chosen, its default) say; the adopted version is not changed",
  })
  async createDraftFollowingModel(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: "The import's id" }) id: string,
    @Arg('expectedVersion', () => Int, { description: 'The version you last read; if it changed since, CONFLICT and nothing is saved' }) expectedVersion: number,
    @Arg('choices', () => [FollowModelChoice], { nullable: true, description: 'Differences decided (each by its id); the rest keep their default' }) choices: FollowModelChoice[] | null,
    @Arg('accept', () => [ID], { nullable: true, description: "The suggestions the document is made of (as createDraftFromImport's); the confident ones when absent" }) accept: string[] | null,
    @Arg('edits', () => GraphQLJSON, { nullable: true, description: 'Edited values by suggestion id (each also accepted)' }) edits: Record<string, unknown> | null,
  ): Promise<DraftFromImport> {
    const decisions = accept || edits ? { accept: accept ?? [], edits: edits ?? undefined } : null;
    const { record, draft, notes } = await this.service.createDraftFollowingModel(ctx, id, expectedVersion, Object.fromEntries((choices ?? []).map((c) => [c.difference, c.keep])), decisions);
    return { import: record, draft, notes };
  }

  @FieldResolver(() => ModelComparison, {
    nullable: true,
    description: 'Where the document (the suggestions accepted, else its confident ones) differs from the model published to the council; null when there is none',
  })
  modelComparison(
    @Ctx() ctx: RequestContext,
    @Root() r: ProtocolImport,
    @Arg('accept', () => [ID], { nullable: true, description: 'The suggestions the document is made of; the confident ones when absent' }) accept: string[] | null,
    @Arg('edits', () => GraphQLJSON, { nullable: true, description: 'Edited values by suggestion id (each also accepted)' }) edits: Record<string, unknown> | null,
  ): Promise<ModelComparison | null> {
    return this.service.modelComparison(ctx, r, accept || edits ? { accept: accept ?? [], edits: edits ?? undefined } : null);
  }

  @FieldResolver(() => String, { nullable: true, description: "The document's title as found" })
  title(@Root() r: ProtocolImport): string | null {
    return r.result?.structure.title ?? null;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Pages, for a PDF' })
  pages(@Root() r: ProtocolImport): number | null {
    return r.result?.parsed.pages ?? null;
  }

  @FieldResolver(() => [ImportSection], { description: 'The sections read from it' })
  sections(@Root() r: ProtocolImport): ImportSection[] {
    return r.result?.structure.sections ?? [];
  }

  @FieldResolver(() => [ImportClause], { description: 'The clauses read from it' })
  clauses(@Root() r: ProtocolImport): ImportClause[] {
    return r.result?.structure.clauses ?? [];
  }

  @FieldResolver(() => [ImportSuggestion], { description: 'The rules it suggests, to accept or reject' })
  suggestions(@Root() r: ProtocolImport): ImportSuggestion[] {
    return (r.result?.suggestions ?? []).map((s) => ({ id: s.id, kind: s.kind, clause: s.clause, start: s.span[0], end: s.span[1], excerpt: s.excerpt, confidence: s.confidence, pattern: s.pattern, value: s.value }));
  }
}
