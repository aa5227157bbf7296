import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Tests make real git repositories and start real processes; two workers match the machine.
    maxWorkers: 2,
  },
});
