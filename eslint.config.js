import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
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
      // The renderer may import the IPC contract's types (erased from the bundle), nothing else of electron/.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^node:' },
            { regex: '(^|/)electron(/(?!ipc/)|$)' },
            { regex: '(^|/)electron/ipc/', allowTypeImports: true, message: 'Chỉ import type từ electron/ipc.' },
          ],
        },
      ],
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
);
