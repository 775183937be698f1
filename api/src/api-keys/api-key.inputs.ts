import { ListOf } from '../common/list';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ApiKey } from './api-key.entity';

@InputType({ description: 'Narrows the list; every field given must match' })
export class ApiKeyFilter {
  @Field(() => ID, { nullable: true })
  councilId?: string;

  @Field({ defaultValue: false })
  includeRevoked: boolean;
}

@InputType()
export class CreateApiKeyInput {
  @Field({ description: 'What the key is for, e.g. "Council website"' })
  name: string;

  @Field(() => ID)
  councilId: string;

  @Field({ defaultValue: false, description: 'Also reach every council below (monitoring officers only)' })
  includeDescendants: boolean;
}

@ObjectType({ description: 'A page of API keys, with how many matched in all' })
export class ApiKeyList extends ListOf(ApiKey) {}

@ObjectType()
export class CreatedApiKey {
  @Field(() => ApiKey)
  apiKey: ApiKey;

  @Field({ description: 'The key itself. It is shown this once and never stored: keep it now.' })
  secret: string;
}
