/** One jest run for unit, integration and browser tests. `npm test` builds first (see scripts/test.mjs). */
module.exports = {
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
