import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

export default defineConfig({
  plugins: [react(), tailwindcss()],
  resolve: {
    // The shim of useSyncExternalStore for React ≤ 17 (wouter's): React 19 has its own.
    alias: {
      'use-sync-external-store/shim/index.js': fileURLToPath(
        new URL('./src/app/syncExternalStore.ts', import.meta.url),
      ),
    },
  },
  build: { target: 'es2022', sourcemap: false },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
