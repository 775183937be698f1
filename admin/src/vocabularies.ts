/**
 * The admin's vocabularies come from the GraphQL enums generated from schema.graphql
 * (src/generated/graphql.ts, `npm run codegen`), which the API builds from the domain's
 * arrays (api/src/domain/vocabularies.ts): nothing here is copied by hand.
 */

/** The values of a generated enum, in the schema's order (alphabetical). */
export const valuesOf = <E extends Record<string, string>>(e: E): E[keyof E][] => Object.values(e) as E[keyof E][];

/** The same values in lower case, as protocol rule bodies store them ("county_borough"). */
export const lowerValuesOf = <E extends Record<string, string>>(e: E): Lowercase<E[keyof E]>[] =>
  valuesOf(e).map((v) => v.toLowerCase() as Lowercase<E[keyof E]>);

/**
 * The values of a generated enum in the order the admin shows them (a case's lifecycle,
 * council tiers): the list must name every value of the enum, which is checked when the
 * admin is compiled, so a value added to the schema cannot be left out.
 */
export const inOrder =
  <E extends Record<string, string>>(_e: E) =>
  <const A extends readonly E[keyof E][]>(
    order: A & ([Exclude<E[keyof E], A[number]>] extends [never] ? unknown : { missing: Exclude<E[keyof E], A[number]> }),
  ): A =>
    order;
