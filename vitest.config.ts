import { defineConfig } from 'vitest/config';

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Two cores: keep the suite predictable.
    maxWorkers: 2,
    // A test never fails because the machine is busy: parsing every saved page takes ~1 s alone, over 5 s while
    // the end-to-end browsers or other work share the two cores.
    testTimeout: 30_000,
  },
});
