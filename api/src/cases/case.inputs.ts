import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ListOf } from '../common/list';
import { LocalDateScalar } from '../common/scalars';
import { ClassificationEnum, ConcernKindEnum, EnquiryCategoryEnum, RoleKeyEnum, SeverityEnum } from '../protocols/protocol.enums';
import { Case, CaseKindEnum, CaseStatusEnum } from './case.entity';

@InputType({ description: 'A new enquiry or concern. Its deadlines and route come from the protocol in force at receipt.' })
export class OpenCaseInput {
  @Field(() => ID) councilId: string;
  @Field(() => CaseKindEnum) kind: string;
  @Field(() => EnquiryCategoryEnum, { nullable: true, description: 'For an enquiry (and optionally a late-enquiry concern)' }) category?: string | null;
  @Field(() => ConcernKindEnum, { nullable: true, description: 'For a concern' }) concern?: string | null;
  @Field(() => SeverityEnum, { nullable: true, defaultValue: 'any' }) severity?: string | null;
  @Field(() => RoleKeyEnum, { nullable: true, description: 'The role the case is about' }) aboutRole?: string | null;
  @Field(() => String, { nullable: true }) aboutPerson?: string | null;
  @Field(() => RoleKeyEnum) raisedByRole: string;
  @Field() raisedByName: string;
  @Field(() => String, { nullable: true }) raisedByEmail?: string | null;
  @Field(() => Date, { nullable: true, description: 'When it was received; now when omitted' }) receivedAt?: Date | null;
  @Field({ nullable: true, defaultValue: false }) urgent?: boolean;
  @Field(() => ClassificationEnum, { nullable: true, defaultValue: 'public' }) classification?: string | null;
  @Field() subject: string;
  @Field(() => String, { nullable: true, defaultValue: '' }) description?: string | null;
  @Field(() => [String], { nullable: true, description: 'Linked documents, by reference' }) documents?: string[] | null;
}

@InputType()
export class CaseFilter {
  @Field(() => ID, { nullable: true }) councilId?: string | null;
  @Field(() => [CaseStatusEnum], { nullable: true }) status?: string[] | null;
  @Field(() => CaseKindEnum, { nullable: true }) kind?: string | null;
  @Field(() => RoleKeyEnum, { nullable: true }) handlerRole?: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Only live cases with a deadline before this day' }) overdueOn?: string | null;
}

@ObjectType()
export class CaseList extends ListOf(Case) {}
