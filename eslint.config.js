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
    // core/ is pure domain: no Electron, no DOM, no Node built-ins, nothing of the layers above it (node/), no test data (test-support/).
    files: ['core/**/*.ts'],
    ignores: ['core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'electron',
            'node:*',
            'fs',
            'path',
            'react',
            '../../renderer/*',
            '../../electron/*',
            '**/node/**',
            'test-support',
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'process', 'Buffer'],
    },
  },
  {
    // Layers: core ← node ← electron/main and cli. node/ is the Node-only layer main and the CLI share: never
    // Electron, main, preload or the renderer. Some of its handlers answer in the IPC payload types, so those
    // (electron/ipc) may be imported as types only, which the build erases.
    files: ['node/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'node/ chạy không cần Electron.' },
            { name: 'electron-updater', message: 'node/ chạy không cần Electron.' },
          ],
          patterns: [
            {
              group: ['**/electron/main/**', '**/electron/preload/**', '**/renderer/**'],
              message: 'node/ chạy không cần Electron: không nhập electron/main, electron/preload hay renderer.',
            },
            {
              group: ['**/electron/ipc/**'],
              allowTypeImports: true,
              message: 'node/ chỉ nhập kiểu (import type) từ electron/ipc.',
            },
          ],
        },
      ],
    },
  },
  {
    // The command line runs in plain Node: core/ and node/ only, never Electron or anything under electron/.
    files: ['cli/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'cli/ chạy bằng Node, không có Electron.' },
            { name: 'electron-updater', message: 'cli/ chạy bằng Node, không có Electron.' },
          ],
          patterns: [{ group: ['**/electron/**'], message: 'cli/ chỉ dùng core/ và node/, không dùng electron/.' }],
        },
      ],
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
          // MUI's index imports every component: through it, each looks needed at start (renderer-chunks.config.ts).
          paths: [
            {
              name: '@mui/material',
              message:
                'Nhập từng thành phần MUI theo đường dẫn, ví dụ @mui/material/Button (không nhập từ @mui/material).',
            },
          ],
          patterns: [
            { regex: '^node:' },
            { regex: '(^|/)electron(/(?!ipc/)|$)' },
            { regex: '(^|/)electron/ipc/', allowTypeImports: true, message: 'Chỉ import type từ electron/ipc.' },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Không dùng dangerouslySetInnerHTML.',
        },
      ],
    },
  },
  {
    // Renderer tests run in Node (vitest) and may make scratch folders with node:*; the app's renderer code may not.
    files: ['renderer/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['electron'] }],
    },
  },
  {
    // Every IPC handler goes through the one secure wrapper (S-17); shell never opens links or files (S-15).
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
