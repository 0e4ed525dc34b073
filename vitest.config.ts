import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The boot file's chunk manifest is made by the build (rollup.config.mjs); tests get a fixed one.
  resolve: { alias: { 'consentry:chunks': new URL('./src/browser/testing/chunks.ts', import.meta.url).pathname } },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'demo/**/*.test.ts', 'bench/**/*.test.ts', 'tools/**/*.test.ts', 'docs/**/*.test.ts'],
    environment: 'node',
    restoreMocks: true,
  },
});
