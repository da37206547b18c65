// Lint rules, including the import boundaries of the layers (README, "Layout of the code"). Which
// folder of src/ may import which (each also imports itself):
//
//   domain       the contract's types (import type from @/api/schemas) and date-fns, nothing else
//   i18n         nothing
//   api          domain
//   lib          api, i18n, domain
//   config       api, i18n, domain
//   components   lib, config, api, i18n, domain
//   features     components and everything below it; never another feature
//   app          everything; only main.tsx imports app
//
// date-fns is a pure library of calendar arithmetic; the domain also uses no browser global. The app
// assembles what each feature declares (its pages, its embeds). Tests keep their folder's rules (a
// domain test may build contract values too); the helpers in src/test/ may reach across, to set the
// app up. Import cycles are checked by madge (npm run lint:cycles), which sees dynamic imports too.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

/** Import patterns no application folder may use. */
const everywhere = [
  { group: ['@mocks/*', '**/mocks/*'], message: 'The app reaches the mock only through HTTP.' },
  {
    regex: '^(\\.\\./){2,}|^\\.\\./(domain|api|i18n|lib|config|features|app)/',
    message: 'Reach another folder by @/…, where the layer boundaries see it.',
  },
];

/** What a layer may not import, and why. */
const above = (layers, message) => ({ group: layers.map((l) => `@/${l}/*`), message });

/** One layer's boundary: `patterns` name what its files must not import. */
const boundary = (files, patterns) => ({
  files,
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      { patterns: [...everywhere, ...patterns] },
    ],
  },
});

/**
 * The browser, and effects the domain leaves to its callers (network, timers, storage): a domain rule
 * is handed the time, the data and the locale, it does not reach for them.
 */
const browserAndEffects = [
  ...Object.keys(globals.browser).filter((name) => !(name in globals.node)),
  ...['fetch', 'navigator', 'localStorage', 'sessionStorage', 'queueMicrotask'],
  ...['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval'],
].map((name) => ({ name, message: 'The domain is pure: pass what it needs in.' }));

const layerBoundaries = [
  // The rules themselves: nothing that renders, fetches, translates or touches the browser.
  boundary(
    ['src/domain/**/*.ts'],
    [
      {
        regex: '^(?!\\./|@/api/schemas$|date-fns$)',
        message:
          'The domain is pure: it imports the contract (@/api/schemas, types only), date-fns and itself.',
      },
      {
        group: ['@/api/schemas'],
        allowTypeImports: true,
        message: 'The domain takes the contract’s types only (import type).',
      },
    ],
  ),
  {
    files: ['src/domain/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', ...browserAndEffects] },
  },
  // The domain's tests may build contract values and share fixtures, nothing above.
  boundary(
    ['src/domain/**/*.test.ts'],
    [
      {
        regex: '^@/(?!api/|domain/|test/)',
        message: 'Domain tests need nothing above the contract.',
      },
    ],
  ),
  boundary(
    ['src/i18n/**/*.{ts,tsx}'],
    [
      above(
        ['api', 'lib', 'config', 'components', 'features', 'app', 'domain'],
        'i18n is words only: it imports nothing of the app.',
      ),
    ],
  ),
  boundary(
    ['src/api/**/*.{ts,tsx}'],
    [
      above(
        ['lib', 'i18n', 'config', 'components', 'features', 'app'],
        'api sits on the domain alone.',
      ),
    ],
  ),
  boundary(
    ['src/lib/**/*.{ts,tsx}'],
    [
      above(
        ['config', 'components', 'features', 'app'],
        'lib is below config and components: take the setting as an argument, or put the hook that reads it in components/.',
      ),
    ],
  ),
  boundary(
    ['src/config/**/*.{ts,tsx}'],
    [above(['lib', 'components', 'features', 'app'], 'config sits on api and i18n alone.')],
  ),
  boundary(
    ['src/components/**/*.{ts,tsx}'],
    [above(['features', 'app'], 'Shared components never import features or the app.')],
  ),
  ...features.map((feature) =>
    boundary(
      [`src/features/${feature}/**/*.{ts,tsx}`],
      [
        above(['app'], 'Only the app knows every feature.'),
        ...(features.length > 1
          ? [
              {
                group: features.filter((f) => f !== feature).map((f) => `@/features/${f}/*`),
                message:
                  'Features never import each other: move shared code to components/ or lib/, or declare an embed.',
              },
            ]
          : []),
      ],
    ),
  ),
];

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
  ...layerBoundaries,
);
