import { Field, InputType } from 'type-graphql';
import { LocalDateScalar, VocabularyKeyScalar } from '../common/scalars';

@InputType({ description: 'Who holds a role: every field is set as given' })
export class OfficeHolderInput {
  @Field(() => VocabularyKeyScalar, { description: 'A role key of the protocol, in either case (clerk or CLERK)' })
  roleKey: string;

  @Field({ description: 'Their name (required)' })
  name: string;

  @Field(() => String, { description: 'Their e-mail address, for reminders', nullable: true })
  email?: string | null;

  @Field(() => String, { description: 'Their telephone number', nullable: true })
  phone?: string | null;

  @Field({ nullable: true, description: 'A deputy, reached after the principal' })
  deputy?: boolean;

  @Field(() => LocalDateScalar, { description: 'The first day they hold it (YYYY-MM-DD)', nullable: true })
  fromDate?: string | null;

  @Field(() => LocalDateScalar, { description: 'The last day they hold it; none while they do', nullable: true })
  toDate?: string | null;
}
