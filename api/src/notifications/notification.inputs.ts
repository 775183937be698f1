import { ListOf } from '../common/list';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Notification } from './notification.entity';

@InputType({ description: 'Narrows the list; every field given must match' })
export class NotificationFilter {
  @Field(() => ID, { nullable: true })
  councilId?: string;

  @Field({ defaultValue: false })
  unreadOnly: boolean;
}

@ObjectType({ description: 'A page of notifications, with how many matched in all' })
export class NotificationList extends ListOf(Notification) {}
