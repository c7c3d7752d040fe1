import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const SRC_NEVER = ['**/tests/**', '**/mocks/**'];

/**
 * One `no-restricted-imports` rule per zone. A later zone's rule replaces an earlier one's for
 * the files both match, so every zone in src/ also carries what no file in src/ may import.
 */
function importZones(zones) {
  return zones.map(({ files, ignores, forbid: own, regex, message }) => {
    const forbid = files.every((f) => f.startsWith('src/'))
      ? [...new Set([...own, ...SRC_NEVER])]
      : own;
    const patterns = [{ group: forbid, message }, ...(regex ? [{ regex, message }] : [])];
    return {
      files,
      ...(ignores ? { ignores } : {}),
      rules: { 'no-restricted-imports': ['error', { patterns }] },
    };
  });
}

export default tseslint.config(
  { ignores: ['dist', 'bench/dist', 'public/mockServiceWorker.js', 'node_modules'] },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    extends: [js.configs.recommended, ...tseslint.configs.strict],
    languageOptions: {
      ecmaVersion: 2022,
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render text, never raw HTML.',
        },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  // Imports flow one way (../shared/STYLE.md): lib -> domain -> lib/i18n (words for the domain's
  // kinds) -> data -> components -> features -> app (and embed, a page beside app). Each zone lists what it must not import.
  ...importZones([
    {
      files: ['src/**/*.{ts,tsx}'],
      forbid: ['**/tests/**', '**/mocks/**'],
      message:
        'src/ never imports tests/ or mocks/ (main.tsx starts the worker by a dynamic import).',
    },
    {
      files: ['src/lib/**/*.{ts,tsx}'],
      ignores: ['src/lib/i18n/**'],
      forbid: ['**/domain/**', '**/data/**', '**/components/**', '**/features/**', '**/app/**'],
      message: 'lib/ is the bottom layer: it imports nothing of the app.',
    },
    {
      files: ['src/domain/**/*.ts'],
      forbid: [
        '**/lib/i18n/**',
        '**/data/**',
        '**/components/**',
        '**/features/**',
        '**/app/**',
        'react',
        'react-dom',
        'zod',
      ],
      message: 'domain/ is pure TypeScript: kinds and values, no words, React, fetch or zod.',
    },
    {
      files: ['src/lib/i18n/**/*.{ts,tsx}', 'src/data/**/*.{ts,tsx}'],
      forbid: ['**/components/**', '**/features/**', '**/app/**'],
      message: 'Words and data sit below the components, features and app.',
    },
    {
      files: ['src/components/**/*.{ts,tsx}'],
      forbid: ['**/features/**', '**/app/**'],
      message: 'Components take props; features and app use them, not the other way round.',
    },
    {
      files: ['src/features/*/**/*.{ts,tsx}'],
      forbid: ['**/app/**'],
      regex: '^\\.\\./[^.]',
      message: 'One feature does not import another, nor app/: app/ composes them.',
    },
    {
      // A second page (embed.html): like app/ it composes, but only charts, domain, data and lib.
      files: ['src/embed/**/*.{ts,tsx}'],
      forbid: ['**/features/**', '**/app/**', '!**/app/styles.css'],
      message:
        'The embed page draws charts from components/, domain/, data/ and lib/, never features/ or app/ (only its stylesheet).',
    },
    {
      files: ['scripts/**/*.{ts,mjs}', 'bench/**/*.{ts,js}'],
      forbid: ['**/src/features/**', '**/src/app/**', '**/src/components/**', '**/tests/**'],
      message:
        'Scripts and the benchmark use the domain and data layers, never features, app or tests.',
    },
  ]),
  {
    // Every word a person reads comes from the messages (src/lib/i18n), in English and French.
    files: ['src/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render text, never raw HTML.',
        },
        {
          selector: 'JSXText[value=/[A-Za-z]/]',
          message: 'Text shown to people comes from the messages: use t.… from useI18n().',
        },
        {
          selector:
            'JSXAttribute[name.name=/^(aria-label|title|placeholder|alt)$/] > Literal[value=/[A-Za-z]/]',
          message: 'Labels read by people come from the messages: use t.… from useI18n().',
        },
      ],
    },
  },
);
