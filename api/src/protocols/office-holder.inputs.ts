import { Field, InputType } from 'type-graphql';
import { LocalDateScalar } from '../common/scalars';
import { RoleKeyEnum } from './protocol.enums';

@InputType({ description: 'Who holds a role: every field is set as given' })
export class OfficeHolderInput {
  @Field(() => RoleKeyEnum)
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
