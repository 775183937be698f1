import { ListOf } from '../common/list';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Notification } from './notification.entity';

@InputType()
export class NotificationFilter {
  @Field(() => ID, { nullable: true })
  councilId?: string;

  @Field({ defaultValue: false })
  unreadOnly: boolean;
}

@ObjectType()
export class NotificationList extends ListOf(Notification) {}
