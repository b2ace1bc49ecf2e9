import { fileURLToPath } from 'node:url';
import mdx from '@mdx-js/rollup';
import remarkGfm from 'remark-gfm';
import { defineConfig } from 'vitest/config';

// Unit tests run in Node, no browser. MDX is compiled as the app compiles it, so tests can check
// that every step's content exists and offers the right answers.
export default defineConfig({
  plugins: [mdx({ remarkPlugins: [remarkGfm] })],
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['machines/**/*.test.ts', 'lib/**/*.test.ts', 'content/**/*.test.ts', 'lab/**/*.test.ts', 'app/_lib/**/*.test.ts'],
    environment: 'node',
  },
});
