import { ListOf } from '../common/list';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Notification } from './notification.entity';

@InputType({ description: 'Narrows the list; every field given must match' })
export class NotificationFilter {
  @Field(() => ID, { description: 'Only notifications about this council', nullable: true })
  councilId?: string;

  @Field({ description: 'Only unread ones', defaultValue: false })
  unreadOnly: boolean;
}

@ObjectType({ description: 'A page of notifications, with how many matched in all' })
export class NotificationList extends ListOf(Notification) {}
