import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      'contentlayer/generated': path.resolve(import.meta.dirname, '.contentlayer/generated'),
    },
  },
  test: {
    // A unit test sits beside its module; tests/ holds only checks across the checkout.
    include: ['*.test.ts', 'tests/*.test.ts', 'scripts/*.test.ts', '{lib,components,server,i18n}/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 60_000,
    // Opening PGlite or PostgreSQL in a hook takes seconds, more on a busy machine.
    hookTimeout: 60_000,
    // A throwaway PostgreSQL server for the database tests, once per run (inject('postgresUrl')).
    globalSetup: ['tests/support/postgres.ts'],
  },
});
