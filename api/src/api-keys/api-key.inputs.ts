import { ListOf } from '../common/list';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ApiKey } from './api-key.entity';

@InputType({ description: 'Narrows the list; every field given must match' })
export class ApiKeyFilter {
  @Field(() => ID, { description: "Only this council's keys", nullable: true })
  councilId?: string;

  @Field({ description: 'Also revoked keys (false by default)', defaultValue: false })
  includeRevoked: boolean;
}

@InputType({ description: 'A new API key' })
export class CreateApiKeyInput {
  @Field({ description: 'What the key is for, e.g. "Council website"' })
  name: string;

  @Field(() => ID, { description: 'The council it reads (you must be its clerk or monitoring officer)' })
  councilId: string;

  @Field({ defaultValue: false, description: 'Also reach every council below (monitoring officers only)' })
  includeDescendants: boolean;
}

@ObjectType({ description: 'A page of API keys, with how many matched in all' })
export class ApiKeyList extends ListOf(ApiKey) {}

@ObjectType({ description: 'A new API key and its secret' })
export class CreatedApiKey {
  @Field(() => ApiKey, { description: "The key's record" })
  apiKey: ApiKey;

  @Field({ description: 'The key itself. It is shown this once and never stored: keep it now.' })
  secret: string;
}
