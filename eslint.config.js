// Lint rules, including the import boundaries of style.md: features never import each other, and
// shared folders (api, components, config, lib) never import features or the app wiring.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

const featureBoundaries = features.map((feature) => ({
  files: [`src/features/${feature}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...(features.length > 1
            ? [
                {
                  group: features.filter((f) => f !== feature).map((f) => `@/features/${f}/*`),
                  message:
                    'Features never import each other: move shared code to components/ or lib/.',
                },
              ]
            : []),
          { group: ['@/app/*'], message: 'Only the app wiring knows every feature.' },
          {
            group: ['@mocks/*', '**/mocks/*'],
            message: 'The app reaches the mock only through HTTP.',
          },
        ],
      },
    ],
  },
}));

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-subpath',
      'node_modules',
      'public/mockServiceWorker.js',
      'test-results',
      'playwright-report',
      'bench-results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // React's rules apply to the app; e2e helpers named use… (useConfig) are not hooks.
  { ...reactHooks.configs.flat.recommended, files: ['src/**/*.{ts,tsx}'] },
  ...pluginQuery.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  ...featureBoundaries,
  {
    files: ['src/{api,components,config,i18n,lib}/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/features/*', '@/app/*'],
              message: 'Shared code never imports features or the app.',
            },
            {
              group: ['@mocks/*', '**/mocks/*'],
              message: 'The app reaches the mock only through HTTP.',
            },
          ],
        },
      ],
    },
  },
);
