import { Field, InputType } from 'type-graphql';
import { LocalDateScalar, VocabularyKeyScalar } from '../common/scalars';

@InputType({ description: 'Who holds a role: every field is set as given' })
export class OfficeHolderInput {
  @Field(() => VocabularyKeyScalar, { description: 'A role key of the protocol, in either case (clerk or CLERK)' })
  roleKey: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field({ nullable: true, description: 'A deputy, reached after the principal' })
  deputy?: boolean;

  @Field(() => LocalDateScalar, { nullable: true })
  fromDate?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  toDate?: string | null;
}
