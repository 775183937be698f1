import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../common/scalars';

@ObjectType({ description: 'How many concerns of one kind were raised' })
export class ConcernCount {
  @Field({ description: 'The kind of concern, as the protocol names it (e.g. about_clerk)' }) concern: string;
  @Field(() => Int, { description: 'How many were raised in the period' }) count: number;
}

@ObjectType({ description: 'How a protocol was kept over a period, for one council, one year or in total' })
export class ReportFigures {
  @Field(() => Int, { description: 'Enquiries received in the period' }) enquiries: number;
  @Field(() => Int, { description: 'Of those, acknowledged (or answered) so far' }) acknowledged: number;
  @Field(() => Int, { description: 'Of those, acknowledged by their acknowledgement date' }) acknowledgedOnTime: number;
  @Field(() => Int, { description: 'Enquiries answered (responded or resolved) so far' }) answered: number;
  @Field(() => Int, { description: 'Of those, answered by their response date' }) answeredOnTime: number;
  @Field(() => Number, { nullable: true, description: 'The share of answered enquiries answered on time, 0 to 1; null when none was answered' }) answeredOnTimeShare: number | null;
  @Field(() => Number, { nullable: true, description: "The median of working days from receipt to acknowledgement (the council's calendar: its nation's bank holidays and its closure days; working days after the London date of receipt up to and including that of the acknowledgement); null when none was acknowledged" }) medianDaysToAcknowledge: number | null;
  @Field(() => Number, { nullable: true, description: "The median of working days from receipt to answer (the council's calendar: its nation's bank holidays and its closure days; working days after the London date of receipt up to and including that of the answer); null when none was answered" }) medianDaysToAnswer: number | null;
  @Field(() => Int, { description: 'Cases received in the period that were escalated at least once' }) escalations: number;
  @Field(() => Int, { description: 'Concerns received in the period' }) concerns: number;
  @Field(() => [ConcernCount], { description: 'Concerns by kind, most first' }) concernsByKind: ConcernCount[];
  @Field(() => Int, { description: 'Protocol reviews due in the period' }) reviewsDue: number;
  @Field(() => Int, { description: 'Of those, completed by their due date' }) reviewsOnTime: number;
}

@ObjectType({ description: "One council's figures" })
export class CouncilReport extends ReportFigures {
  @Field(() => ID, { description: 'The council' }) councilId: string;
  @Field({ description: "The council's name" }) name: string;
}

@ObjectType({ description: "One calendar year's figures (the part of it inside the period)" })
export class YearReport extends ReportFigures {
  @Field(() => Int, { description: 'The year' }) year: number;
}

@ObjectType({ description: "A standards committee's report: how protocols were kept over a period, per council, per year and in total" })
export class ProtocolReport {
  @Field(() => LocalDateScalar, { description: 'First day of the period (received on or after)' }) from: string;
  @Field(() => LocalDateScalar, { description: 'Last day of the period (received on or before)' }) to: string;
  @Field(() => [CouncilReport], { description: 'One row per council reported on, by name' }) councils: CouncilReport[];
  @Field(() => [YearReport], { description: 'One row per year, oldest first' }) years: YearReport[];
  @Field(() => ReportFigures, { description: 'Every council reported on, together' }) total: ReportFigures;
}
