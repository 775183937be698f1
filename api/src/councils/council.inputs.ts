import { ListOf } from '../common/list';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { CouncilKind, Nation, SortDirection, sortFields } from '../common/enums';
import { LocalDateScalar } from '../common/scalars';
import { Council } from './council.entity';

export const CouncilSortField = sortFields('CouncilSortField', 'What a list of councils can be sorted by', {
  NAME: ['name', 'Name (the default)'],
  SLUG: ['slug', 'Slug'],
  KIND: ['kind', 'Kind of council'],
  NATION: ['nation', 'Nation'],
  NEXT_REVIEW_DUE: ['next_review_due', 'When its protocol is next due for review'],
  CREATED_AT: ['created_at', 'When it was added to Accord'],
});
export type CouncilSortField = (typeof CouncilSortField)[keyof typeof CouncilSortField];

@InputType({ description: 'Narrows the list; every field given must match' })
export class CouncilFilter {
  @Field({ nullable: true, description: 'Matches name or slug, case-insensitively' })
  search?: string;

  @Field(() => CouncilKind, { description: 'Only this kind of council', nullable: true })
  kind?: CouncilKind;

  @Field(() => Nation, { description: 'Only councils in this nation', nullable: true })
  nation?: Nation;

  @Field(() => ID, { nullable: true, description: 'Only the councils directly below this one' })
  parentId?: string;

  @Field(() => [ID], { description: 'Only these councils', nullable: true })
  ids?: string[];

  @Field({
    nullable: true,
    description: 'Only the councils at the top of your scope: those with no parent, or whose parent is outside your scope',
  })
  topLevel?: boolean;

  @Field({ nullable: true, description: 'true: only councils with an adopted protocol in force; false: only those without one' })
  hasAdoptedProtocol?: boolean;
}

@InputType({ description: 'The order of a list: a field and a direction' })
export class CouncilSort {
  @Field(() => CouncilSortField, { description: 'What to sort by', defaultValue: CouncilSortField.NAME })
  field: CouncilSortField;

  @Field(() => SortDirection, { description: 'ASC (A to Z, earliest first) or DESC', defaultValue: SortDirection.ASC })
  direction: SortDirection;
}

@InputType({ description: 'A new council' })
export class CreateCouncilInput {
  @Field({ description: 'Its name (required, at most 200 characters)' })
  name: string;

  @Field({ description: 'Its slug: lower case letters, digits and hyphens, unique (e.g. ashbury); used in its public address' })
  slug: string;

  @Field(() => CouncilKind, { description: 'Its kind' })
  kind: CouncilKind;

  @Field(() => Nation, { description: 'Its nation' })
  nation: Nation;

  @Field(() => ID, { nullable: true, description: 'Required unless you are a platform admin' })
  parentId?: string | null;

  @Field(() => LocalDateScalar, { description: 'When its protocol is first due for review (YYYY-MM-DD)', nullable: true })
  nextReviewDue?: string | null;
}

@InputType({ description: 'Omitted fields are left as they are' })
export class UpdateCouncilInput {
  @Field({ description: 'Its name', nullable: true })
  name?: string;

  @Field({ description: 'Its slug (unique; CONFLICT if taken)', nullable: true })
  slug?: string;

  @Field(() => CouncilKind, { description: 'Its kind', nullable: true })
  kind?: CouncilKind;

  @Field(() => Nation, { description: 'Its nation', nullable: true })
  nation?: Nation;

  @Field(() => ID, { nullable: true, description: 'null makes a top-level council (platform admins only)' })
  parentId?: string | null;

  @Field(() => LocalDateScalar, { description: 'When its protocol is next due for review (YYYY-MM-DD)', nullable: true })
  nextReviewDue?: string | null;

  @Field(() => String, { nullable: true, description: 'HH:MM local time; null for none' })
  responseCutOff?: string | null;

  @Field({ nullable: true, description: 'Publish the adopted protocol on a public page (/public/<slug>), or stop publishing it' })
  publishProtocol?: boolean;
}

@ObjectType({ description: 'A page of councils, with how many matched in all' })
export class CouncilList extends ListOf(Council) {}
