import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Support mode: every step and every cause carries a short script for support staff, what to ask
// the customer (Ask:), what to look up (Check:) or what to tell them (Say:).
const dir = import.meta.dirname;
const names = (folder: string) =>
  readdirSync(join(dir, folder))
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => file.slice(0, -'.mdx'.length));

async function load(folder: 'steps' | 'causes', name: string) {
  return folder === 'steps' ? await import(`./steps/${name}.mdx`) : await import(`./causes/${name}.mdx`);
}

describe('support script of every step and cause', () => {
  for (const folder of ['steps', 'causes'] as const) {
    for (const name of names(folder)) {
      it(`${folder}/${name}.mdx`, async () => {
        const { support } = await load(folder, name);
        expect(typeof support).toBe('string');
        expect(support.trim()).not.toBe('');
        expect(support).toMatch(/^(Ask|Check|Say):/);
        expect(support.length).toBeLessThan(400);
      });
    }
  }
});
