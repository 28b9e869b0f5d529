import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** Forbidden import sources for one layer, with the reason shown in the lint message. */
function layer(files, forbidden, why) {
  return {
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: forbidden.map((group) => ({ group: [group], message: why })) },
      ],
    },
  };
}

const BROWSER = ['wxt', 'wxt/*', '#imports', 'webextension-polyfill'];

export default tseslint.config(
  {
    ignores: [
      '.scratch/**',
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'test-artifacts/**',
      '.test-results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='innerHTML']",
          message: 'Page and user text must never become HTML; build nodes or use textContent.',
        },
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Page and user text must never become HTML.',
        },
      ],
    },
  },
  layer(
    ['core/**'],
    [
      ...BROWSER,
      'preact',
      'preact/*',
      ...['dom', 'lib', 'components', 'entrypoints', 'scripts'].flatMap((layer) => [
        `@/${layer}/*`,
        `**/${layer}/*`,
      ]),
    ],
    'core/ is the pure engine: it imports only core/.',
  ),
  layer(
    ['dom/**'],
    [...BROWSER, 'preact', 'preact/*', '@/lib/*', '@/components/*', '@/entrypoints/*'],
    'dom/ works on an injected document: no browser APIs, storage or UI.',
  ),
  layer(
    ['components/**'],
    [...BROWSER, '@/lib/*', '@/dom/*', '@/entrypoints/*'],
    'components/ are views: props in, callbacks out; browser glue lives in lib/.',
  ),
  layer(
    ['lib/**'],
    ['preact', 'preact/*', '@/components/*', '@/entrypoints/*', '@/dom/*'],
    'lib/ is browser glue over core/: no views and no DOM heuristics.',
  ),
);
