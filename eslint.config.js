import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import prettier from 'eslint-config-prettier'

/**
 * The action's front end: the only files that may import @actions/core or @actions/github
 * (inputs from INPUT_*, outputs, the job summary, the step log's workflow commands).
 */
const ACTION_FRONT_END = ['src/index.ts', 'src/main.ts', 'src/report.ts', 'src/action/**']
const ENGINE_MESSAGE =
  'The engine runs outside Actions too (the runctl CLI): only the action front end (src/index.ts, src/main.ts, src/report.ts, src/action/) uses the Actions toolkit; print through src/step-log.ts.'

/** @actions/core functions (and src/action/workflow-commands.ts's, the same) that write to the step log. */
const PRINTERS =
  '/^(info|debug|notice|warning|error|annotate|setFailed|startGroup|endGroup|group)$/'

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '.stryker-tmp*/', 'reports/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    files: ['**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { module: 'writable', process: 'readonly', require: 'readonly' }
    },
    // CommonJS files are CommonJS: jest loads its sequencer and reporters with require().
    rules: { '@typescript-eslint/no-require-imports': 'off' }
  },
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        { patterns: ['@actions/*/lib/internal/*', '@octokit/*/dist-*'] }
      ]
    }
  },
  {
    // One engine, two front ends: everything in src/ runs outside Actions too (the runctl CLI),
    // so only the action's front end may use the Actions toolkit. The engine reports through
    // src/step-log.ts to the reporter the front end installed (src/reporter.ts).
    files: ['src/**/*.ts'],
    ignores: ACTION_FRONT_END,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: '@actions/core', message: ENGINE_MESSAGE },
            { name: '@actions/github', message: ENGINE_MESSAGE }
          ],
          patterns: [
            { group: ['@actions/core/*', '@actions/github/*'], message: ENGINE_MESSAGE },
            { group: ['@actions/*/lib/internal/*', '@octokit/*/dist-*'] }
          ]
        }
      ]
    }
  },
  {
    // Every line runctl prints may carry API text: it goes through src/step-log.ts, which
    // neutralises workflow commands (see there). __tests__/step-log-guard.test.ts checks it too.
    files: ['src/**/*.ts'],
    // The step log, and the action's reporter behind it (it receives neutralised text only) with
    // the workflow commands it writes.
    ignores: ['src/step-log.ts', 'src/action/reporter.ts', 'src/action/workflow-commands.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: `MemberExpression[object.name='core'][property.name=${PRINTERS}]`,
          message: 'Print through src/step-log.ts, which neutralises workflow commands.'
        },
        {
          selector: `ImportDeclaration[source.value='@actions/core'] ImportSpecifier[imported.name=${PRINTERS}]`,
          message: 'Print through src/step-log.ts, which neutralises workflow commands.'
        },
        {
          selector: `ImportDeclaration[source.value=/workflow-commands/] ImportSpecifier[imported.name=${PRINTERS}]`,
          message: 'Print through src/step-log.ts, which neutralises workflow commands.'
        },
        {
          selector: "MemberExpression[object.name='console']",
          message: 'Print through src/step-log.ts, which neutralises workflow commands.'
        },
        {
          selector: "MemberExpression[object.name='process'][property.name=/^std(out|err)$/]",
          message: 'Print through src/step-log.ts, which neutralises workflow commands.'
        }
      ]
    }
  }
)
