import { defineConfig } from 'vitest/config';

// `pnpm test:ops`: the n8n proof, outside `pnpm test` (it installs n8n, ~1 GB, on first use).
export default defineConfig({
  test: {
    root: new URL('../../', import.meta.url).pathname,
    include: ['tests/ops/**/*.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 900_000,
  },
});
