import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Run from the repository root: `vite build --config renderer/vite.config.ts`.
// base './' so the same build loads from a file (Electron) and from the browser-mode server.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2023',
    // No inline scripts or data: fonts: the Content Security Policy is 'self' only.
    assetsInlineLimit: 0,
  },
});
