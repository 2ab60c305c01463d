// Lint, and the import boundaries of DESIGN.md's layout. A crossing fails `npm test`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`), 'node:*'];
const nativeAndHosts = ['electron', 'electron/*', 'better-sqlite3', 'ws', 'node-hid', 'serialport'];

function restrict(message, names, patterns = []) {
  return {
    'no-restricted-imports': [
      'error',
      {
        paths: names.map((name) => ({ name, message })),
        patterns: [{ group: [...patterns, ...names.filter((n) => n.includes('*'))], message }],
      },
    ],
  };
}

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', '.tools/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['scripts/**/*.mjs', '*.js', '.ci/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      ...restrict('shared/ is pure TypeScript: no node, DOM, electron or app-layer imports.', [...nodeBuiltins, ...nativeAndHosts, 'react', 'react-dom'], [
        '**/electron/**', '**/renderer/**', '**/hardware/**',
      ]),
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer', 'require', 'localStorage'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The top-level hardware/ by its relative path, so renderer/hardware/ (the hardware screen) stays importable.
      ...restrict('renderer/ imports only shared/ and its own packages.', [...nodeBuiltins, ...nativeAndHosts], [
        '**/electron/**', '../../hardware/**', '../../../hardware/**', '../../../../hardware/**', '**/migrations/**', '**/bench/**',
      ]),
      'no-restricted-globals': ['error', 'process', 'Buffer', 'require'],
    },
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: restrict('electron/core/ never imports electron, a host or the renderer.', ['electron', 'electron/*'], [
      '**/electron/main/**', '**/electron/preload/**', '**/electron/server/**', '**/main/**', '**/preload/**', '**/server/**', '**/renderer/**',
    ]),
  },
  {
    files: ['hardware/**/*.ts'],
    rules: restrict('hardware/ imports only shared/ and node.', ['electron', 'electron/*', 'better-sqlite3', 'react'], [
      '**/electron/**', '**/renderer/**',
    ]),
  },
  {
    files: ['electron/server/**/*.ts'],
    rules: restrict('electron/server/ is a host of the core: no electron, no renderer code.', ['electron', 'electron/*'], [
      '**/electron/main/**', '**/electron/preload/**', '**/renderer/**',
    ]),
  },
);
