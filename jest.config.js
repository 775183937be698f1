/** One jest run for unit, integration and browser tests. `npm test` builds first (see scripts/test.mjs). */
const { SOLO_TESTS } = require('./jest.solo.cjs');

module.exports = {
  // scripts/test.mjs runs the solo files on their own after the rest.
  testPathIgnorePatterns: ['/node_modules/', ...(process.env.ACCORD_SKIP_SOLO ? SOLO_TESTS.map((f) => `/${f.replace(/\./g, '\\.')}$`) : [])],
  testEnvironment: 'node',
  roots: ['<rootDir>/config/src', '<rootDir>/api/src', '<rootDir>/worker/src', '<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tests/tsconfig.json', diagnostics: false }],
  },
  moduleNameMapper: {
    '^@accord/(config|api|worker)$': '<rootDir>/$1/src/index.ts',
  },
  globalSetup: '<rootDir>/tests/support/global-setup.ts',
  globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
  testTimeout: 60_000,
  maxWorkers: 2,
};
