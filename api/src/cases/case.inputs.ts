import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { SortDirection } from '../common/enums';
import { ListOf } from '../common/list';
import { LocalDateScalar, VocabularyKeyScalar } from '../common/scalars';
import { ClassificationEnum, ConcernKindEnum, EnquiryCategoryEnum, RoleKeyEnum, SeverityEnum } from '../protocols/protocol.enums';
import { Case, CaseKindEnum, CaseStatusEnum } from './case.entity';

@InputType({ description: 'A new enquiry or concern. Its deadlines and route come from the protocol in force at receipt.' })
export class OpenCaseInput {
  @Field(() => ID) councilId: string;
  @Field(() => CaseKindEnum) kind: string;
  @Field(() => VocabularyKeyScalar, { nullable: true, description: "For an enquiry (and optionally a late-enquiry concern): a category of the protocol in force, built in (builtInVocabulary) or its own (vocabulary.enquiryCategories); either case" }) category?: string | null;
  @Field(() => VocabularyKeyScalar, { nullable: true, description: "For a concern: a concern kind of the protocol in force, built in (builtInVocabulary) or its own (vocabulary.concernKinds); either case" }) concern?: string | null;
  @Field(() => SeverityEnum, { nullable: true, defaultValue: 'any' }) severity?: string | null;
  @Field(() => VocabularyKeyScalar, { nullable: true, description: 'For a concern the protocol routes several ways: the chain chosen, by its id (escalationRoute lists the choices)' }) chainId?: string | null;
  @Field(() => VocabularyKeyScalar, { nullable: true, description: 'The role the case is about (a role key of the protocol, either case)' }) aboutRole?: string | null;
  @Field(() => String, { nullable: true }) aboutPerson?: string | null;
  @Field(() => VocabularyKeyScalar, { description: 'A role key, built in or one of the protocol in force; either case' }) raisedByRole: string;
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
  @Field(() => VocabularyKeyScalar, { nullable: true, description: 'A role key of the protocol, either case' }) handlerRole?: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Only live cases with a deadline before this day' }) overdueOn?: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Only live cases whose next deadline is on or after this day' }) dueFrom?: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Only live cases whose next deadline is on or before this day' }) dueTo?: string | null;
  @Field(() => String, { nullable: true, description: 'Matches reference, subject or who raised it, case-insensitively' }) search?: string | null;
  @Field(() => [ID], { nullable: true }) ids?: string[] | null;
}

export enum CaseSortField {
  RECEIVED_AT = 'received_at',
  NEXT_DEADLINE = 'next_deadline',
  REFERENCE = 'reference',
  STATUS = 'status',
  SUBJECT = 'subject',
  UPDATED_AT = 'updated_at',
}
registerEnumType(CaseSortField, { name: 'CaseSortField', description: 'NEXT_DEADLINE: the acknowledgement while open, then the current step\'s (closed and answered cases last)' });

@InputType()
export class CaseSort {
  @Field(() => CaseSortField, { defaultValue: CaseSortField.RECEIVED_AT }) field: CaseSortField;
  @Field(() => SortDirection, { defaultValue: SortDirection.DESC }) direction: SortDirection;
}

@InputType({ description: 'What may change on a case after it is opened (not what fixed its deadlines); omitted fields are left as they are' })
export class UpdateCaseInput {
  @Field(() => String, { nullable: true }) subject?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => String, { nullable: true }) raisedByName?: string | null;
  @Field(() => String, { nullable: true }) raisedByEmail?: string | null;
  @Field(() => String, { nullable: true }) aboutPerson?: string | null;
  @Field(() => ClassificationEnum, { nullable: true }) classification?: string | null;
  @Field(() => [String], { nullable: true }) documents?: string[] | null;
}

@ObjectType()
export class CaseList extends ListOf(Case) {}

@ObjectType({ description: "The built-in words a case may use; a council's protocol may add its own (its version's vocabulary and roles)" })
export class BuiltInVocabulary {
  @Field(() => [RoleKeyEnum]) roles: string[];
  @Field(() => [ConcernKindEnum]) concernKinds: string[];
  @Field(() => [EnquiryCategoryEnum]) enquiryCategories: string[];
}
