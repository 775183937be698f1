import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CouncilKind, Nation } from '../common/enums';
import { Council } from './council.entity';

@ObjectType({ description: 'A problem with one cell of a bulk onboarding CSV' })
export class OnboardingRowError {
  @Field({ description: 'The column, as its header is written in the template: name, kind, parent, clerk name or clerk email' })
  column: string;

  @Field({ description: 'What is wrong, short, in your language' })
  message: string;
}

@ObjectType({ description: 'One row of a bulk onboarding CSV: the council it makes, and its problems (none when it is ready)' })
export class OnboardingRow {
  @Field(() => Int, { description: 'The row number: 1 for the first row after the header' })
  row: number;

  @Field({ description: "The council's name as written" })
  name: string;

  @Field({ description: 'The slug made from the name' })
  slug: string;

  @Field(() => CouncilKind, { nullable: true, description: 'The kind (from the kind column, else the usual kind below the parent); null when it cannot be read' })
  kind: string | null;

  @Field(() => Nation, { nullable: true, description: "The nation, from the parent's; null when the parent is unknown" })
  nation: string | null;

  @Field(() => ID, { nullable: true, description: 'The parent council, when known' })
  parentId: string | null;

  @Field(() => String, { nullable: true, description: "The parent council's name, when known" })
  parentName: string | null;

  @Field({ description: "The clerk's name as written" })
  clerkName: string;

  @Field({ description: "The clerk's e-mail address, lower-cased" })
  clerkEmail: string;

  @Field(() => [OnboardingRowError], { description: 'What must be corrected before onboarding; empty when the row is ready' })
  errors: OnboardingRowError[];
}

@ObjectType({ description: 'What a bulk onboarding CSV would do (nothing is saved): each row with its problems' })
export class OnboardingPreview {
  @Field(() => [OnboardingRow], { description: 'The rows, in file order' })
  rows: OnboardingRow[];

  @Field(() => Int, { description: 'How many rows have at least one problem' })
  rowsWithErrors: number;

  @Field({ description: 'Whether onboardCouncils would accept this file (at least one row, no problems)' })
  ready: boolean;
}

@ObjectType({ description: 'The councils made by a bulk onboarding, all in one transaction' })
export class OnboardingResult {
  @Field(() => [Council], { description: 'The new councils, in file order' })
  councils: Council[];

  @Field(() => Int, { description: 'How many clerks were invited (one e-mail each, sent once this has committed)' })
  invited: number;

  @Field(() => Int, { description: 'How many draft protocols were made from a model' })
  protocolsFromModel: number;
}
