import { Field, Int, ObjectType, type ClassType } from 'type-graphql';

/**
 * A page of a list, with the count of everything that matched: the shape of every list in the API.
 * The abstract base is never served itself (no resolver returns it); `@ObjectType() class XList extends ListOf(X) {}` is.
 */
export function ListOf<T extends object>(item: ClassType<T>) {
  @ObjectType()
  abstract class List {
    @Field(() => [item], { description: 'This page: at most `limit` items, after skipping `offset`' })
    items: T[];

    @Field(() => Int, { description: 'Everything that matched, not just this page' })
    totalCount: number;
  }
  return List;
}
