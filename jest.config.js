/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }],
  },
  // The package's own name, as the README and the example import it, maps to the source.
  moduleNameMapper: {
    '^tencent-im-callback$': '<rootDir>/lib/index.ts',
    '^tencent-im-callback/testing$': '<rootDir>/lib/testing.ts',
  },
  // bin.ts only hands the process to runCli (the CLI tests spawn it); the two entries only
  // re-export; lib/generated/ is written by npm run generate.
  collectCoverageFrom: ['lib/**/*.ts', '!lib/generated/**', '!lib/cli/bin.ts', '!lib/index.ts', '!lib/testing.ts'],
  coverageReporters: ['text-summary', 'text'],
  coverageThreshold: { global: { lines: 95, branches: 95, functions: 95, statements: 95 } },
  restoreMocks: true,
  // A hang still fails, but a test on a machine busy with other work is not cut off at 5 s:
  // no test here measures time.
  testTimeout: 60_000,
  // Every core: the slowest files mostly wait on child processes (the example, the CLI).
  maxWorkers: '100%',
};
