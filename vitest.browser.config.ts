import { defineConfig } from 'vitest/config';

// Browser tests drive Debian's Chromium with the built extension; one file at a time, one browser at a time.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['tests/browser/support/global-setup.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
