import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import prettier from 'eslint-config-prettier';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      globals: { ...globals.node },
      // Type information for the promise rules. One program over every file (tsconfig.eslint.json) costs about
      // a third less time and memory than the project service loading the four overlapping tsconfig projects.
      parserOptions: { project: './tsconfig.eslint.json', tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // A promise nobody awaits loses its error: the user never learns that a save or export failed.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    // Node scripts (scripts/*.mjs, build/*.mjs).
    files: ['**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // core/ is pure domain: no Electron, no DOM, no Node built-ins.
    files: ['core/**/*.ts'],
    ignores: ['core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['electron', 'node:*', 'fs', 'path', 'react', '../../renderer/*', '../../electron/*'] }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'process', 'Buffer'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: ['electron', 'node:*'] }],
      'no-restricted-syntax': ['error', { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Không dùng dangerouslySetInnerHTML.' }],
    },
  },
  {
    // Every IPC handler goes through the one secure wrapper (S-17); shell only through the allow-list wrapper.
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/secure-ipc.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'ipcMain', property: 'handle', message: 'Dùng secureHandle() trong secure-ipc.ts.' },
        { object: 'ipcMain', property: 'on', message: 'Dùng secureHandle() trong secure-ipc.ts.' },
        { object: 'shell', property: 'openExternal', message: 'Không mở liên kết ngoài.' },
        { object: 'shell', property: 'openPath', message: 'Không mở tệp bằng ứng dụng khác.' },
      ],
    },
  },
  // Last: layout is Prettier's job (`npm run format`), so no rule above may fight it.
  prettier,
);
