import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'tests/fixtures/**',
      '.tmp/**',
      'bench-results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false } },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Import boundaries: lib/ is the product and never reaches into wiring or UI.
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/entrypoints/**', '@/entrypoints/**'],
              message: 'lib/ never imports entrypoints.',
            },
            {
              group: ['**/components/**', '@/components/**'],
              message: 'lib/ never imports components.',
            },
            { group: ['react', 'react-dom'], message: 'lib/ is UI-free.' },
          ],
        },
      ],
    },
  },
  {
    // Components get props and give callbacks: no browser APIs, no database.
    files: ['components/**/*.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'wxt/browser', message: 'Components never call browser.*; use props.' },
            { name: 'dexie', message: 'Components never touch the database.' },
          ],
          patterns: [
            {
              group: ['**/lib/db', '@/lib/db'],
              message: 'Components never touch the database (types are fine).',
              allowTypeImports: true,
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'chrome', 'browser'],
    },
  },
  {
    // Scripts run in Node, and hand functions to pages (page.evaluate), so both sets of globals.
    files: ['scripts/**/*.mjs', '*.js', '*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
