import { Field, InputType, Int } from 'type-graphql';
import { LocalDateScalar, VocabularyKeyScalar } from '../common/scalars';

/** Inputs of the lifecycle (adopting) and of draft editing (clauses, review schedule). */

@InputType({ description: 'How a draft was adopted: when, by whom (the meeting, the minute) and its next review' })
export class AdoptInput {
  @Field(() => String, {
    nullable: true,
    description: 'The adoption date the protocol states, as stated: YYYY, YYYY-MM or YYYY-MM-DD; leave out when it states none (what the draft states is kept)',
  })
  adoptedOn?: string | null;

  @Field(() => VocabularyKeyScalar, { nullable: true, description: 'The adopting body, a role key of the protocol (full_council); leave out when the protocol does not say' })
  adoptedBy?: string | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description:
      "The next review date to keep, whatever the schedule computes (the council's current one is kept when the schedule computes none)",
  })
  nextReviewDue?: string | null;

  @Field(() => String, { nullable: true, description: 'In force from, as stated: YYYY, YYYY-MM or YYYY-MM-DD' })
  effectiveFrom?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "true: keep the council's current next review date; false: take the one the schedule computes. Needed (else BAD_USER_INPUT) only when the council's date was typed on it and the schedule computes another",
  })
  keepNextReviewDue?: boolean | null;
}

@InputType({ description: 'Omitted fields are left as they are; null clears (number null: an unnumbered paragraph). The clause keeps its id' })
export class UpdateClauseInput {
  @Field(() => String, { nullable: true, description: 'As written ("8.63", "(a)"); unique within its section' })
  number?: string | null;

  @Field(() => String, { nullable: true, description: "The id of one of the draft's sections" })
  section?: string | null;

  @Field(() => String, { description: 'Its heading', nullable: true })
  heading?: string | null;

  @Field(() => String, { description: 'Its heading in Welsh', nullable: true })
  headingCy?: string | null;

  @Field({ description: 'Its text (not blank)', nullable: true })
  text?: string;

  @Field(() => String, { description: 'Its text in Welsh', nullable: true })
  textCy?: string | null;
}

@InputType({ description: 'A new clause of a draft' })
export class AddClauseInput {
  @Field(() => String, { nullable: true, description: 'The stable id rules cite; derived from section and number (else p<n>) when omitted' })
  key?: string | null;

  @Field(() => String, { nullable: true, description: 'As written ("8.63", "(a)", "•"); omit for an unnumbered paragraph' })
  number?: string | null;

  @Field(() => String, { nullable: true, description: "The id of one of the draft's sections" })
  section?: string | null;

  @Field(() => String, { description: 'Its heading, if it has one', nullable: true })
  heading?: string | null;

  @Field(() => String, { description: 'Its heading in Welsh', nullable: true })
  headingCy?: string | null;

  @Field({ description: 'Its text, in English (required, not blank)' })
  text: string;

  @Field(() => String, { description: 'Its text in Welsh', nullable: true })
  textCy?: string | null;

  @Field(() => String, { nullable: true, description: 'Insert after the clause with this id; at the end when omitted' })
  after?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Insert at the start (when no "after" is given) instead of the end' })
  atStart?: boolean | null;
}

@InputType({ description: "A draft's review schedule; every field is set as given (null clears it)" })
export class ReviewScheduleInput {
  @Field(() => Int, { nullable: true, description: 'Review every N months after adoption (or effect)' })
  reviewEveryMonths?: number | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'A fixed review date, instead of a period' })
  reviewOn?: string | null;

  @Field(() => VocabularyKeyScalar, { nullable: true, description: 'The body that reviews it, a role key of the protocol (policy_committee)' })
  reviewingBody?: string | null;

  @Field(() => [String], { nullable: true, description: 'The clauses the schedule comes from' })
  clauses?: string[] | null;

  @Field(() => VocabularyKeyScalar, { nullable: true, description: 'The body that approves amendments the review recommends (a role key of the protocol)' })
  amendedBy?: string | null;

  @Field(() => String, { nullable: true, description: 'When the text says it was last updated: YYYY, YYYY-MM or YYYY-MM-DD (left as it is when omitted)' })
  lastUpdated?: string | null;

  @Field(() => [AmendmentInput], { nullable: true, description: 'Parts amended since adoption without a new version' })
  amendments?: AmendmentInput[] | null;
}

@InputType({ description: 'An amendment adopted with a version: when, what it changed, and the clauses it touched' })
export class AmendmentInput {
  @Field(() => LocalDateScalar, { description: 'The date it was made, as YYYY-MM-DD' }) on: string;
  @Field({ description: 'What it changed, in a few words' }) scope: string;
  @Field(() => [String], { description: 'The clauses it changed', defaultValue: [] }) clauses: string[];
}
