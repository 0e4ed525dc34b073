import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'demo/**/*.test.ts', 'bench/**/*.test.ts', 'tools/**/*.test.ts', 'docs/**/*.test.ts'],
    environment: 'node',
    restoreMocks: true,
  },
});
