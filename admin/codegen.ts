import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * `npm run codegen -w admin`: the admin's GraphQL types from the committed schema.graphql
 * (which `npm run schema` writes from the API), so the admin never copies an enum by hand.
 * Enums are `as const` objects (values as the schema spells them: COUNTY_BOROUGH) with a
 * type of the same name. tests/unit/admin-codegen.test.ts fails when the committed file
 * differs from what this config generates.
 */
const config: CodegenConfig = {
  schema: '../schema.graphql',
  generates: {
    // CODEGEN_OUT: where the test writes a fresh copy to compare with the committed file.
    [process.env.CODEGEN_OUT ?? 'src/generated/graphql.ts']: {
      plugins: ['typescript'],
      config: {
        enumsAsConst: true,
        namingConvention: { enumValues: 'keep' },
        useTypeImports: true,
        scalars: { LocalDate: 'string', DateTime: 'string', JSON: 'unknown' },
      },
    },
  },
  silent: true,
};
export default config;
