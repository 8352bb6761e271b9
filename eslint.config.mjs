// Lint with zero warnings; process boundaries are enforced here, not by memory.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const electronModules = ['electron', 'electron-store', 'electron/*'];
const domGlobals = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'HTMLElement'].map((name) => ({
  name,
  message: 'src-shared is pure TypeScript: no DOM.',
}));

function forbid(paths, message) {
  return { paths: paths.map((name) => ({ name, message })), patterns: [{ group: ['node:*'], message }] };
}

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.e2e-data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['src-shared/**/*.ts'],
    ignores: ['src-shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', forbid([...electronModules, ...nodeBuiltins], 'src-shared may not import electron, node or DOM code.')],
      'no-restricted-globals': ['error', ...domGlobals, { name: 'process', message: 'src-shared is pure: no node globals.' }],
    },
  },
  {
    files: ['src-main/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: electronModules.map((name) => ({ name, message: 'src-main/core never imports electron: inject it from the shell.' })),
          patterns: [{ group: ['**/shell/*', '**/ipc/*'], message: 'core may not depend on the Electron shell.' }],
        },
      ],
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [...electronModules, ...nodeBuiltins].map((name) => ({ name, message: 'The renderer may not import electron or node: use the contract client.' })),
          patterns: [
            { group: ['node:*'], message: 'The renderer may not import node.' },
            { group: ['**/src-main/**', '**/src-preload/**'], message: 'The renderer talks to main only through src-renderer/api.' },
          ],
        },
      ],
    },
  },
);
