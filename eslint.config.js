import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import prettier from 'eslint-config-prettier'

/** @actions/core functions that write to the step log. */
const PRINTERS = '/^(info|debug|notice|warning|error|setFailed|startGroup|endGroup|group)$/'

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '.stryker-tmp*/', 'reports/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    files: ['**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { module: 'writable', process: 'readonly' }
    }
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
    // Every line runctl prints may carry API text: it goes through src/step-log.ts, which
    // neutralises workflow commands (see there). __tests__/step-log-guard.test.ts checks it too.
    files: ['src/**/*.ts'],
    ignores: ['src/step-log.ts'],
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
