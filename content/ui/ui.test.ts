import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The words of the pages' frames (content/ui/*.ts) are joined by the components with spaces and
// around code, links and people's answers: a stray space, an empty label or a template that drops
// the value it is given shows up as a gap or a hole in a sentence.

const here = import.meta.dirname;
const components = join(here, '../../app/_components');
const moduleNames = readdirSync(here)
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
  .map((file) => file.slice(0, -'.ts'.length));

type Template = (...args: unknown[]) => unknown;

// By file path: a `./${name}` import of the test's own folder is one Vite will not resolve.
const load = (name: string) => import(/* @vite-ignore */ join(here, `${name}.ts`));

/** Every string and template function in a module, by its path (`siteCheck.visitor.heading`). */
function wordsOf(value: unknown, path: string): [string, string | Template][] {
  if (typeof value === 'string' || typeof value === 'function') return [[path, value as string | Template]];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, inner]) => wordsOf(inner, `${path}.${key}`));
  return [];
}

// Templates that take a list; every other one takes single values (strings or numbers).
const LIST_ARGUMENTS: Record<string, unknown[]> = {
  'decisionMap.answerIs': [['Yes, it loads', 'Not sure']],
  'decisionMap.factIs': ['hosting', ['vps', 'dedicated']],
  'decisionMap.when': [['answer is “Yes”', 'hosting is vps']],
};

function argumentsFor(path: string, template: Template): unknown[] {
  return LIST_ARGUMENTS[path] ?? Array.from({ length: template.length }, (_, i) => `value-${i + 1}`);
}

function expectCleanText(text: string) {
  expect(text.trim()).not.toBe('');
  expect(text).toBe(text.trim());
  expect(text).not.toMatch(/ {2}|\n/);
  expect(text).not.toMatch(/undefined|null|\[object/);
}

describe('the words of content/ui', async () => {
  const loaded = await Promise.all(moduleNames.map(async (name) => [name, await load(name)] as const));

  for (const [name, module] of loaded) {
    describe(`${name}.ts`, () => {
      const words = Object.entries(module as Record<string, unknown>).flatMap(([key, value]) => wordsOf(value, key));

      it('has words', () => {
        expect(words.length).toBeGreaterThan(0);
      });

      for (const [path, word] of words) {
        if (typeof word === 'string') {
          it(`${path} is a non-empty string, no space at either end (the page adds those)`, () => expectCleanText(word));
        } else {
          it(`${path} keeps every value it is given`, () => {
            const args = argumentsFor(path, word);
            const text = word(...args);
            expect(typeof text).toBe('string');
            expectCleanText(text as string);
            for (const value of args.flat()) expect(text).toContain(String(value));
          });
        }
      }
    });
  }

  it('every list template named in LIST_ARGUMENTS exists', () => {
    const paths = loaded.flatMap(([, module]) =>
      Object.entries(module as Record<string, unknown>).flatMap(([key, value]) => wordsOf(value, key)),
    );
    for (const path of Object.keys(LIST_ARGUMENTS)) expect(paths.map(([p]) => p)).toContain(path);
  });
});

// Client components ship their words to the browser whole (a bundler cannot drop an object's
// unused properties), and the start page has little room left: each imports a module of its own
// words only, and that module brings nothing else along.
describe('the words client components ship', () => {
  const source = (file: string) => readFileSync(join(components, `${file}.tsx`), 'utf8');
  const files = readdirSync(components)
    .filter((file) => file.endsWith('.tsx'))
    .map((file) => file.slice(0, -'.tsx'.length));
  // The client components and every component they import, which run in the browser too.
  const client = new Set(files.filter((file) => source(file).startsWith("'use client'")));
  for (const file of client) {
    for (const [, imported] of source(file).matchAll(/from '\.\/([\w-]+)'/g)) if (files.includes(imported)) client.add(imported);
  }
  const imports = [...client].flatMap((file) =>
    [...source(file).matchAll(/import \{([^}]+)\} from '@\/content\/ui\/([\w-]+)'/g)].flatMap(([, names, module]) =>
      names.split(',').map((name) => ({ file, module, name: name.trim() })),
    ),
  );

  it('finds the client components that show words', () => {
    expect(client).toContain('site-check');
    expect(client).toContain('analysis-view');
    expect(imports.length).toBeGreaterThan(0);
  });

  for (const { module } of new Map(imports.map((entry) => [entry.module, entry])).values()) {
    it(`content/ui/${module}.ts imports nothing that runs`, () => {
      const text = readFileSync(join(here, `${module}.ts`), 'utf8');
      for (const [line] of text.matchAll(/^import .*$/gm)) expect(line).toMatch(/^import type /);
    });
  }

  for (const { file, module, name } of imports) {
    it(`${file}.tsx uses every word of ${name} (content/ui/${module}.ts)`, async () => {
      const words = (await load(module))[name] as Record<string, unknown>;
      // Users of this module's words: the importing component and any other client component.
      const users = [...client].map(source).filter((text) => text.includes(`${name}`));
      for (const key of Object.keys(words)) {
        // A record looked up by a value (`siteCheck[mode]`) uses whichever of its records the value names.
        const lookedUp = typeof words[key] === 'object' && users.some((text) => text.includes(`${name}[`));
        const used = lookedUp || users.some((text) => text.includes(`${name}.${key}`));
        expect(used, `${name}.${key} is shipped to the browser but never shown`).toBe(true);
      }
    });
  }
});
