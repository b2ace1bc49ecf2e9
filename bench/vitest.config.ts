import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Measurements (*.measure.ts) and the journeys' step URLs (*.data.ts) run through vitest only
// because it runs TypeScript; they are not tests. scripts/bench.mjs runs each file on its own.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('..', import.meta.url)) } },
  test: { include: ['bench/**/*.measure.ts', 'bench/**/*.data.ts'], environment: 'node', testTimeout: 120_000 },
});
