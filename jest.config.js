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
  verbose: false
}
