import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in real Chromium against the replica. One file at a time.
export default defineConfig({
  test: {
    globals: true,
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
    retry: 0,
    // a state the page reaches after a background round trip may take seconds on a busy CI machine
    expect: { poll: { timeout: 5_000 } },
  },
});
