import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType, isSpecifiedScalarType, type GraphQLSchema } from 'graphql';
import { createSchema } from '@accord/api';

/**
 * Integrators read the schema in GraphiQL's Docs panel (or schema.graphql): every type, field,
 * argument and enum value the API serves has a description. A new one without fails here, named.
 */

/** Every element of the schema without a description: `Type`, `Type.field`, `Type.field(arg)`, `Enum.VALUE`. */
function undescribed(schema: GraphQLSchema): { total: number; missing: string[] } {
  const missing: string[] = [];
  let total = 0;
  const check = (name: string, description: string | null | undefined) => {
    total++;
    if (!description?.trim()) missing.push(name);
  };
  for (const [name, type] of Object.entries(schema.getTypeMap())) {
    if (name.startsWith('__') || isSpecifiedScalarType(type)) continue;
    check(name, type.description);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        check(`${name}.${field.name}`, field.description);
        for (const arg of 'args' in field ? field.args : []) check(`${name}.${field.name}(${arg.name})`, arg.description);
      }
    }
    if (isEnumType(type)) for (const value of type.getValues()) check(`${name}.${value.name}`, value.description);
  }
  return { total, missing };
}

test('every type, field, argument and enum value of the schema has a description', async () => {
  const { total, missing } = undescribed(await createSchema());
  expect(total).toBeGreaterThan(1000);
  expect(missing).toEqual([]);
});

test('the check sees a missing description where there is one', () => {
  const schema = buildSchema('"The root" type Query { "described" a(x: Int): Int b: E } "An enum" enum E { "one" ONE TWO }');
  expect(undescribed(schema).missing).toEqual(['Query.a(x)', 'Query.b', 'E.TWO']);
});
