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

// Every src-* file, tests included: the product never reaches into the test tree.
const TEST_TREE = { regex: '(^|/)e2e(/|$)', message: 'src-* never imports from e2e/ (the test tree): move what the product needs into src-*.' };
// Product files only: fault injection and hostile fixtures are test-only and must not reach a bundle.
const SIMULATOR_TESTING = {
  regex: '(^|/)simulator/testing(/|$)',
  message: 'Fault injection is test-only: product code uses src-main/simulator, never src-main/simulator/testing.',
};
const TEST_FILES = ['**/*.test.ts', '**/*.test.tsx', '**/test-support.ts', 'src-*/test/**', 'src-main/simulator/testing/**'];

/**
 * no-restricted-imports for one folder, as two blocks: every file gets `rules` plus the test-tree ban,
 * product files also the fault-injection ban. A later block replaces an earlier one's options for the
 * same files, so every block that restricts imports must be built here to keep the common bans.
 */
function restrictImports(files, { paths = [], patterns = [] } = {}, { testsToo = true } = {}) {
  const rule = (extra) => ['error', { paths, patterns: [...patterns, TEST_TREE, ...extra] }];
  const testsRule = testsToo ? rule([]) : ['error', { paths: [], patterns: [TEST_TREE] }];
  return [
    { files, rules: { 'no-restricted-imports': testsRule } },
    { files, ignores: TEST_FILES, rules: { 'no-restricted-imports': rule([SIMULATOR_TESTING]) } },
  ];
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
  ...restrictImports(['src-*/**/*.{ts,tsx}']),
  ...restrictImports(['src-shared/**/*.ts'], forbid([...electronModules, ...nodeBuiltins], 'src-shared may not import electron, node or DOM code.'), { testsToo: false }),
  {
    files: ['src-shared/**/*.ts'],
    ignores: ['src-shared/**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', ...domGlobals, { name: 'process', message: 'src-shared is pure: no node globals.' }],
    },
  },
  ...restrictImports(['src-main/core/**/*.ts'], {
    paths: electronModules.map((name) => ({ name, message: 'src-main/core never imports electron: inject it from the shell.' })),
    patterns: [{ group: ['**/shell/*', '**/ipc/*'], message: 'core may not depend on the Electron shell.' }],
  }),
  // services/ (the command handlers, the error table, the sync schedule) and web/ (the web host) run
  // under plain Node in every host: never the Electron shell, the IPC door or electron itself.
  ...restrictImports(['src-main/services/**/*.ts', 'src-main/web/**/*.ts'], {
    paths: electronModules.map((name) => ({ name, message: 'services/ and web/ run under plain Node: inject Electron objects from the desktop composition root.' })),
    patterns: [
      {
        group: ['**/shell', '**/shell/*', '**/ipc', '**/ipc/*'],
        message: 'services/ and web/ may not depend on the Electron shell or the IPC door: move what both need into services/ (or src-shared).',
      },
    ],
  }),
  ...restrictImports(['src-renderer/**/*.{ts,tsx}'], {
    paths: [...electronModules, ...nodeBuiltins].map((name) => ({ name, message: 'The renderer may not import electron or node: use the contract client.' })),
    patterns: [
      { group: ['node:*'], message: 'The renderer may not import node.' },
      { group: ['**/src-main/**', '**/src-preload/**'], message: 'The renderer talks to main only through src-renderer/api.' },
      { group: ['**/test/*'], message: 'src-renderer/test holds the test doubles: product code never imports them.' },
    ],
    // Tests and src-renderer/test may reach the core: the fake API answers inbox queries with the real store.
  }, { testsToo: false }),
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
);
