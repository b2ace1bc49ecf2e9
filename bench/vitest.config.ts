import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Measurements run through vitest only because it runs TypeScript; they are not tests.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('..', import.meta.url)) } },
  test: { include: ['bench/**/*.measure.ts'], environment: 'node', testTimeout: 120_000 },
});
