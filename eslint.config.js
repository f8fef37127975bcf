// Lint enforces the layer arrows of docs/ARCHITECTURE.md:
//   domain  <-  persistence  <-  stores  <-  features  <-  app
//   components/ui is shared by features and app and knows nothing of persistence or stores.
// Dexie is imported only in src/persistence; no feature imports another feature; no cycles.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importPlugin from 'eslint-plugin-import';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { readdirSync } from 'node:fs';

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

const layerZones = [
  {
    target: './src/domain',
    from: ['./src/persistence', './src/stores', './src/features', './src/components', './src/app'],
    message: 'The domain core is plain TypeScript: it imports no other layer.',
  },
  {
    target: './src/persistence',
    from: ['./src/stores', './src/features', './src/components', './src/app'],
    message: 'Persistence depends only on the domain.',
  },
  {
    target: './src/stores',
    from: ['./src/features', './src/components', './src/app'],
    message: 'Stores do not know about the UI.',
  },
  {
    target: './src/components',
    from: ['./src/persistence', './src/stores', './src/features', './src/app'],
    message: 'Shared UI components are presentational.',
  },
  {
    target: './src/features',
    from: ['./src/app'],
    message: 'Features do not import the app shell.',
  },
  ...features.map((f) => ({
    target: `./src/features/${f}`,
    from: './src/features',
    except: [`./${f}`],
    message:
      'No feature imports another feature: move shared pieces to components/ui, stores or domain.',
  })),
];

// One way to write schemas: zod/mini through src/domain/zod.ts (classic zod cannot be tree-shaken).
const zodImports = ['zod', 'zod/mini', 'zod/v4'].map((name) => ({
  name,
  message: 'Import { z } from src/domain/zod.ts (zod/mini with English messages).',
}));

const frameworkImports = [
  'react',
  'react-dom',
  'react/*',
  'dexie',
  'dexie-react-hooks',
  'zustand',
  'zustand/*',
  'wouter',
  'radix-ui',
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { import: importPlugin },
    settings: { 'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } } },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'import/no-cycle': ['error', { ignoreExternal: true }],
      'import/no-restricted-paths': ['error', { zones: layerZones }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'dexie', message: 'Dexie lives only in src/persistence.' },
            { name: 'dexie-react-hooks', message: 'Dexie lives only in src/persistence.' },
            ...zodImports,
          ],
        },
      ],
    },
  },
  {
    files: ['src/persistence/**'],
    rules: { 'no-restricted-imports': ['error', { paths: zodImports }] },
  },
  {
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: zodImports,
          patterns: [
            {
              group: frameworkImports,
              message:
                'The domain core is plain TypeScript: no React, Dexie, zustand or UI libraries.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'sessionStorage',
        'indexedDB',
        'navigator',
      ],
    },
  },
  {
    files: ['**/*.tsx'],
    plugins: { 'jsx-a11y': jsxA11y, 'react-hooks': reactHooks },
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['src/domain/zod.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
