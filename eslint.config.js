import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const noEval = [
  { selector: "CallExpression[callee.name='eval']", message: 'User text never reaches eval.' },
  {
    selector: "NewExpression[callee.name='Function']",
    message: 'new Function only in the whitelisted code generator.',
  },
  {
    selector: "MemberExpression[property.name='innerHTML']",
    message: 'No innerHTML: render through React or ui/Tex.',
  },
  { selector: "MemberExpression[property.name='outerHTML']", message: 'No outerHTML.' },
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'Only ui/Tex.tsx may inject KaTeX output.',
  },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'tests/fixtures'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', ...noEval],
      'no-implied-eval': 'error',
    },
  },
  {
    files: ['src/**/*.tsx', 'src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // The core is pure math: it imports nothing of the app or of the browser libraries.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                'react-dom',
                'three',
                '@react-three/*',
                'comlink',
                'zustand',
                'd3',
                'd3-selection',
                'katex',
              ],
              message: 'src/core is pure TypeScript.',
            },
            {
              group: ['**/worker/**', '**/stores/**', '**/ui/**', '**/pages/**', '**/app/**'],
              message: 'src/core imports nothing of the app.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/worker/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                'react-dom',
                'three',
                '@react-three/*',
                'zustand',
                '**/stores/**',
                '**/ui/**',
                '**/pages/**',
                '**/app/**',
              ],
              message: 'The worker wraps the core only.',
            },
          ],
        },
      ],
    },
  },
  {
    // Layers: ui is drawn from props; it reads no store and knows no page.
    files: ['src/ui/**/*.ts', 'src/ui/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/stores', '**/stores/**', '**/pages', '**/pages/**'],
              message: 'src/ui takes props: it imports neither stores nor pages.',
            },
          ],
        },
      ],
    },
  },
  {
    // Stores hold views and jobs; pages, ui and app read them, never the other way round.
    files: ['src/stores/**/*.ts', 'src/stores/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/pages', '**/pages/**', '**/ui', '**/ui/**', '**/app', '**/app/**'],
              message: 'src/stores imports neither pages, ui nor app.',
            },
          ],
        },
      ],
    },
  },
  {
    // Pages reach the worker through stores and the wire types of worker/protocol, never its jobs.
    files: ['src/pages/**/*.ts', 'src/pages/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/worker/jobs', '**/worker/jobs/**'],
              message: 'src/pages imports no worker/jobs: wire types come from worker/protocol.',
            },
          ],
        },
      ],
    },
  },
  {
    // The one whitelisted code generator: it emits JavaScript from a validated AST only.
    files: ['src/core/expr/compile.ts'],
    rules: { 'no-restricted-syntax': ['error', ...noEval.filter((r) => !r.selector.includes("'Function'"))] },
  },
);
