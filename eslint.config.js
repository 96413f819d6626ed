// Lint for the whole repository, and the layering of docs/architecture.md as rules that fail
// `npm test`. No type-aware rules: they need the TypeScript program and would make lint slow.
import { builtinModules } from 'node:module';
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The only libraries shared/ may import: pure JavaScript that runs unchanged in the renderer,
// the CLI and the server (no Node, no DOM).
const sharedLibraries = ['zod', 'yjs', 'i18next', 'i18next-icu', 'intl-messageformat'];

// Regular expressions rather than gitignore-style groups, so that a relative `./util` or
// `../electron` is never mistaken for the package of that name.
const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('_'));
const noNode = {
  regex: `^(node:|(${nodeBuiltins.join('|')})(/|$))`,
  message: 'This layer does not touch the OS: no Node built-ins (the renderer reaches it through the host API).',
};
const noElectron = {
  regex: '^electron(-store)?(/|$)',
  message: 'Only electron/shell/ imports electron and electron-store.',
};
const noRenderer = {
  regex: '^(\\.\\./)+renderer(/|$)',
  message: 'electron/ never imports renderer/.',
};

/** Imports for a file `depth` folders below shared/ (shared/model/x.ts: 1), where `../` × (depth + 1) leaves shared/. */
function sharedImports(depth) {
  return ['error', {
    patterns: [
      {
        regex: `^(\\.\\./){${depth + 1}}`,
        message: 'shared/ imports only shared/ and its pure libraries (sharedLibraries in eslint.config.js).',
      },
      {
        regex: `^(?!\\.|(${sharedLibraries.join('|')})(/|$))`,
        message: 'shared/ is pure TypeScript: no Node built-ins, electron, React or DOM packages, only the libraries in sharedLibraries (eslint.config.js).',
      },
    ],
  }];
}

/** Imports for a file `depth` folders below renderer/: climbing out of renderer/ may reach only shared/. */
function rendererImports(depth) {
  return ['error', {
    patterns: [
      noNode,
      noElectron,
      {
        regex: `^(\\.\\./){${depth + 1}}(?!shared/)`,
        message: 'renderer/ imports only renderer/ and shared/; the OS is behind the host API.',
      },
    ],
  }];
}

const folderDepths = [0, 1, 2, 3, 4];

export default defineConfig(
  {
    ignores: ['out/', 'dist/', 'test-results/', 'playwright-report/', 'test/artifacts/', '.vite/'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // `const { dropped: _, ...rest } = x` is how a field is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      // File-name and JSON-message sanitisers match control characters on purpose.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // Playwright fixtures that need no other fixture take `({}, use)`.
      'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }],
      // Tests reach into plan JSON and responses of arbitrary shape.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'bench/browser/bare/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  folderDepths.map((depth) => ({
    files: [`shared/${'*/'.repeat(depth)}*.{ts,tsx}`],
    rules: { 'no-restricted-imports': sharedImports(depth) },
  })),
  {
    // The services, the CLI and the server run without Electron.
    files: ['electron/**/*.ts'],
    ignores: ['electron/shell/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noElectron, noRenderer] }] },
  },
  {
    files: ['electron/shell/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noRenderer] }] },
  },
  folderDepths.map((depth) => ({
    files: [`renderer/${'*/'.repeat(depth)}*.{ts,tsx}`],
    rules: { 'no-restricted-imports': rendererImports(depth) },
  })),
);
