import { Field, InputType, Int } from 'type-graphql';
import { LocalDateScalar } from '../common/scalars';
import { RoleKeyEnum } from './protocol.enums';

/** Inputs of the lifecycle (adopting) and of draft editing (clauses, review schedule). */

@InputType()
export class AdoptInput {
  @Field(() => LocalDateScalar, { nullable: true, description: 'The adoption date the protocol states; leave out when it states none' })
  adoptedOn?: string | null;

  @Field(() => RoleKeyEnum, { nullable: true, description: 'The adopting body, e.g. FULL_COUNCIL; leave out when the protocol does not say' })
  adoptedBy?: string | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description:
      "The next review date, when the protocol's schedule gives none that can be computed; without it the council's current next review date is kept",
  })
  nextReviewDue?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  effectiveFrom?: string | null;
}

@InputType({ description: 'Omitted fields are left as they are; null clears (number null: an unnumbered paragraph). The clause keeps its id' })
export class UpdateClauseInput {
  @Field(() => String, { nullable: true, description: 'As written ("8.63", "(a)"); unique within its section' })
  number?: string | null;

  @Field(() => String, { nullable: true, description: "The id of one of the draft's sections" })
  section?: string | null;

  @Field(() => String, { nullable: true })
  heading?: string | null;

  @Field(() => String, { nullable: true })
  headingCy?: string | null;

  @Field({ nullable: true })
  text?: string;

  @Field(() => String, { nullable: true })
  textCy?: string | null;
}

@InputType()
export class AddClauseInput {
  @Field(() => String, { nullable: true, description: 'The stable id rules cite; derived from section and number (else p<n>) when omitted' })
  key?: string | null;

  @Field(() => String, { nullable: true, description: 'As written ("8.63", "(a)", "•"); omit for an unnumbered paragraph' })
  number?: string | null;

  @Field(() => String, { nullable: true, description: "The id of one of the draft's sections" })
  section?: string | null;

  @Field(() => String, { nullable: true })
  heading?: string | null;

  @Field(() => String, { nullable: true })
  headingCy?: string | null;

  @Field()
  text: string;

  @Field(() => String, { nullable: true })
  textCy?: string | null;

  @Field(() => String, { nullable: true, description: 'Insert after the clause with this id; at the end when omitted' })
  after?: string | null;
}

@InputType({ description: "A draft's review schedule; every field is set as given (null clears it)" })
export class ReviewScheduleInput {
  @Field(() => Int, { nullable: true, description: 'Review every N months after adoption (or effect)' })
  reviewEveryMonths?: number | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'A fixed review date, instead of a period' })
  reviewOn?: string | null;

  @Field(() => RoleKeyEnum, { nullable: true, description: 'The body that reviews it, e.g. POLICY_COMMITTEE' })
  reviewingBody?: string | null;

  @Field(() => [String], { nullable: true, description: 'The clauses the schedule comes from' })
  clauses?: string[] | null;

  @Field(() => RoleKeyEnum, { nullable: true, description: 'The body that approves amendments the review recommends' })
  amendedBy?: string | null;

  @Field(() => String, { nullable: true, description: 'When the text says it was last updated: YYYY, YYYY-MM or YYYY-MM-DD (left as it is when omitted)' })
  lastUpdated?: string | null;

  @Field(() => [AmendmentInput], { nullable: true, description: 'Parts amended since adoption without a new version' })
  amendments?: AmendmentInput[] | null;
}

@InputType()
export class AmendmentInput {
  @Field(() => LocalDateScalar) on: string;
  @Field() scope: string;
  @Field(() => [String], { defaultValue: [] }) clauses: string[];
}
