import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { SortDirection, sortFields } from '../common/enums';
import { ListOf } from '../common/list';
import { LocalDateScalar, VocabularyKeyScalar } from '../common/scalars';
import { ClassificationEnum, ConcernKindEnum, EnquiryCategoryEnum, RoleKeyEnum, SeverityEnum } from '../protocols/protocol.enums';
import { Case, CaseKindEnum, CaseStatusEnum } from './case.entity';

@InputType({ description: 'A new enquiry or concern. Its deadlines and route come from the protocol in force at receipt.' })
export class OpenCaseInput {
  @Field(() => ID, { description: "The council's id (clerks and monitoring officers there; FORBIDDEN otherwise)" }) councilId: string;
  @Field(() => CaseKindEnum, { description: 'ENQUIRY or CONCERN' }) kind: string;
  @Field(() => VocabularyKeyScalar, { nullable: true, description: "For an enquiry (and optionally a late-enquiry concern): a category of the protocol in force, built in (builtInVocabulary) or its own (vocabulary.enquiryCategories); either case" }) category?: string | null;
  @Field(() => VocabularyKeyScalar, { nullable: true, description: "For a concern: a concern kind of the protocol in force, built in (builtInVocabulary) or its own (vocabulary.concernKinds); either case" }) concern?: string | null;
  @Field(() => SeverityEnum, { description: 'How serious a concern is; ANY by default', nullable: true, defaultValue: 'any' }) severity?: string | null;
  @Field(() => VocabularyKeyScalar, { nullable: true, description: 'For a concern the protocol routes several ways: the chain chosen, by its id (escalationRoute lists the choices)' }) chainId?: string | null;
  @Field(() => VocabularyKeyScalar, { nullable: true, description: 'The role the case is about (a role key of the protocol, either case)' }) aboutRole?: string | null;
  @Field(() => String, { description: 'The person it is about, when named', nullable: true }) aboutPerson?: string | null;
  @Field(() => VocabularyKeyScalar, { description: 'A role key, built in or one of the protocol in force; either case' }) raisedByRole: string;
  @Field({ description: 'The name of whoever raised it' }) raisedByName: string;
  @Field(() => String, { description: 'Their e-mail address', nullable: true }) raisedByEmail?: string | null;
  @Field(() => Date, { nullable: true, description: 'When it was received; now when omitted' }) receivedAt?: Date | null;
  @Field({ description: "Apply the protocol's urgent standard (false by default)", nullable: true, defaultValue: false }) urgent?: boolean;
  @Field(() => ClassificationEnum, { description: 'How confidential it is; PUBLIC by default', nullable: true, defaultValue: 'public' }) classification?: string | null;
  @Field({ description: 'A short subject line (required)' }) subject: string;
  @Field(() => String, { description: 'What it is about, in more detail', nullable: true, defaultValue: '' }) description?: string | null;
  @Field(() => [String], { nullable: true, description: 'Linked documents, by reference' }) documents?: string[] | null;
}

@InputType({ description: 'Narrows the list; every field given must match' })
export class CaseFilter {
  @Field(() => ID, { description: "Only this council's cases", nullable: true }) councilId?: string | null;
  @Field(() => [CaseStatusEnum], { description: 'Only cases with one of these statuses', nullable: true }) status?: string[] | null;
  @Field(() => CaseKindEnum, { description: 'Only enquiries, or only concerns', nullable: true }) kind?: string | null;
  @Field(() => VocabularyKeyScalar, { description: 'Only cases handled now by this role (a role key of the protocol, either case)', nullable: true }) handlerRole?: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Only live cases with a deadline before this day' }) overdueOn?: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Only live cases whose next deadline is on or after this day' }) dueFrom?: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Only live cases whose next deadline is on or before this day' }) dueTo?: string | null;
  @Field(() => String, { nullable: true, description: 'Matches reference, subject or who raised it, case-insensitively' }) search?: string | null;
  @Field(() => [ID], { description: 'Only these cases', nullable: true }) ids?: string[] | null;
}

export const CaseSortField = sortFields('CaseSortField', 'NEXT_DEADLINE: the acknowledgement while open, then the current step\'s (closed and answered cases last)', {
  RECEIVED_AT: ['received_at', 'When the case was received'],
  NEXT_DEADLINE: ['next_deadline', "The next deadline: the acknowledgement while open, then the current step's"],
  REFERENCE: ['reference', "The case's reference"],
  STATUS: ['status', 'Its status'],
  SUBJECT: ['subject', 'Its subject, A to Z'],
  UPDATED_AT: ['updated_at', 'When it last changed'],
});
export type CaseSortField = (typeof CaseSortField)[keyof typeof CaseSortField];

@InputType({ description: 'The order of a list: a field and a direction' })
export class CaseSort {
  @Field(() => CaseSortField, { description: 'What to sort by', defaultValue: CaseSortField.RECEIVED_AT }) field: CaseSortField;
  @Field(() => SortDirection, { description: 'ASC (A to Z, earliest first) or DESC', defaultValue: SortDirection.DESC }) direction: SortDirection;
}

@InputType({ description: 'What may change on a case after it is opened (not what fixed its deadlines); omitted fields are left as they are' })
export class UpdateCaseInput {
  @Field(() => String, { description: 'The subject line', nullable: true }) subject?: string | null;
  @Field(() => String, { description: 'What it is about', nullable: true }) description?: string | null;
  @Field(() => String, { description: 'The name of whoever raised it', nullable: true }) raisedByName?: string | null;
  @Field(() => String, { description: 'Their e-mail address', nullable: true }) raisedByEmail?: string | null;
  @Field(() => String, { description: 'The person it is about', nullable: true }) aboutPerson?: string | null;
  @Field(() => ClassificationEnum, { description: 'How confidential it is', nullable: true }) classification?: string | null;
  @Field(() => [String], { description: 'Linked documents, by reference (replaces the list)', nullable: true }) documents?: string[] | null;
}

@ObjectType({ description: 'A page of cases, with how many matched in all' })
export class CaseList extends ListOf(Case) {}

@ObjectType({ description: "The built-in words a case may use; a council's protocol may add its own (its version's vocabulary and roles)" })
export class BuiltInVocabulary {
  @Field(() => [RoleKeyEnum], { description: 'The built-in role keys' }) roles: string[];
  @Field(() => [ConcernKindEnum], { description: 'The built-in concern kinds' }) concernKinds: string[];
  @Field(() => [EnquiryCategoryEnum], { description: 'The built-in enquiry categories' }) enquiryCategories: string[];
}
