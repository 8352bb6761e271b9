import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const pdfjsLegacy = fileURLToPath(new URL('./node_modules/pdfjs-dist/legacy/build/pdf.mjs', import.meta.url));

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          globals: true,
          environment: 'node',
          include: ['src-shared/**/*.test.ts', 'src-main/**/*.test.ts', 'src-preload/**/*.test.ts', 'e2e/bench/**/*.test.ts', 'tools/**/*.test.ts'],
          exclude: ['**/*.keychain.test.ts', 'node_modules/**'],
          testTimeout: 20_000,
          server: { deps: { inline: ['electron-store'] } },
        },
      },
      {
        plugins: [react()],
        resolve: { alias: { 'pdfjs-dist': pdfjsLegacy } },
        test: {
          name: 'renderer',
          globals: true,
          environment: 'jsdom',
          include: ['src-renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['src-renderer/test/setup.ts'],
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'keychain',
          globals: true,
          environment: 'node',
          include: ['src-main/**/*.keychain.test.ts'],
          testTimeout: 60_000,
        },
      },
    ],
  },
});
