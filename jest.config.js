/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }],
  },
  collectCoverageFrom: ['lib/**/*.ts', '!lib/generated/**'],
  coverageReporters: ['text-summary', 'text'],
  coverageThreshold: { global: { lines: 95, branches: 95, functions: 95, statements: 95 } },
  restoreMocks: true,
};
