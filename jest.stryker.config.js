/**
 * The jest config Stryker runs for every mutant: the unit tests only, because a mutant lives in
 * the sandbox's src/ and only a test that runs that source in-process can kill it (see
 * stryker.config.mjs). Left out:
 * - __tests__/e2e: they run dist/index.js as a child, which no mutant touches;
 * - __tests__/simulator: they test test-support/simulator, which is not mutated;
 * - tests of files that are not src/ (release scripts, README examples, action.yml, workflows);
 * - tests that read src/ as text (step-log-guard, capabilities-generated): the sandbox changes it.
 * RUNCTL_TS_TRANSFORM=ts-jest selects the project's transform, to compare (docs/reliability.md).
 * A mutant's run loads only the test files that hold its covering tests
 * (test-support/stryker/covering-files-sequencer.cjs); RUNCTL_STRYKER_ALL_RELATED=1 loads every
 * related file, as Stryker alone does, to compare.
 */
import base from './jest.config.js'

const swc = [
  '@swc/jest',
  {
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'es6' },
    sourceMaps: false
  }
]

export default {
  ...base,
  transform: process.env.RUNCTL_TS_TRANSFORM === 'ts-jest' ? base.transform : { '^.+\\.ts$': swc },
  testPathIgnorePatterns: [
    '/node_modules/',
    '<rootDir>/__tests__/e2e/',
    '<rootDir>/__tests__/simulator/',
    '<rootDir>/__tests__/release\\.test\\.ts$',
    '<rootDir>/__tests__/readme-examples\\.test\\.ts$',
    '<rootDir>/__tests__/action-metadata\\.test\\.ts$',
    '<rootDir>/__tests__/manual-operations\\.test\\.ts$',
    '<rootDir>/__tests__/step-log-guard\\.test\\.ts$',
    '<rootDir>/__tests__/capabilities-generated\\.test\\.ts$'
  ],
  // A mutant that makes a test hang fails it here (killed) instead of timing out Stryker's runner,
  // which then has to start a fresh jest.
  testTimeout: 10000,
  ...(process.env.RUNCTL_STRYKER_ALL_RELATED === '1'
    ? {}
    : {
        setupFilesAfterEnv: [
          ...base.setupFilesAfterEnv,
          '<rootDir>/test-support/stryker/record-test-names.cjs'
        ],
        testSequencer: '<rootDir>/test-support/stryker/covering-files-sequencer.cjs'
      }),
  reporters: ['default']
}
