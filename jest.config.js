/** Jest runs the TypeScript sources as ESM, because the toolkit is ESM-only. */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      { useESM: true, tsconfig: 'tsconfig.json', diagnostics: { ignoreCodes: [151002] } }
    ]
  },
  testMatch: ['**/__tests__/**/*.test.ts'],
  // Stryker's sandboxes (npm run mutate) hold a copy of the whole project.
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/\\.stryker-tmp'],
  modulePathIgnorePatterns: ['<rootDir>/\\.stryker-tmp'],
  setupFilesAfterEnv: ['<rootDir>/test-support/jest-setup.ts'],

  reporters: ['default', '<rootDir>/test-support/plain-summary-reporter.cjs'],
  testTimeout: 30000,
  // Jest's default on a 2-core machine is one worker, which runs the files one after another;
  // the end-to-end files spend most of their time waiting (a child process, the simulator's
  // real `retry-after: 1`), so four workers overlap those waits (docs/development.md measures it).
  maxWorkers: 4,
  verbose: false
}
