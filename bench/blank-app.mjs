// The framework floor: a blank Next.js App Router app with the app's own Next and React, built
// and served exactly as the app is. Every "× the blank page" figure in the report divides by it,
// so the budgets measure what the app adds, not what Next.js costs on this machine.
import { mkdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';

/** The deepest folder holding both paths (Turbopack's root must hold the app and its node_modules). */
function commonAncestor(a, b) {
  const left = a.split(sep);
  const right = b.split(sep);
  let i = 0;
  while (i < left.length && left[i] === right[i]) i++;
  return left.slice(0, i).join(sep) || sep;
}

const files = {
  'app/layout.tsx': `import type { Metadata } from 'next';
import type { ReactNode } from 'react';

export const metadata: Metadata = { title: 'Blank', description: 'A blank Next.js App Router page: the framework floor.' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`,
  // The floor for first-load JS, Lighthouse and throughput: prerendered at build time.
  'app/page.tsx': `export default function Page() {
  return (
    <main>
      <h1>Blank page</h1>
    </main>
  );
}
`,
  // The same heading rendered on every request (it reads the query, as the step pages do): the
  // floor for a dynamically rendered page, reported beside the static one for throughput.
  'app/dynamic/page.tsx': `export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  return (
    <main>
      <h1>Blank page ({Object.keys(params).length} parameters)</h1>
    </main>
  );
}
`,
  // Lighthouse's best-practices score wants a favicon; the app has one too.
  'app/icon.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" fill="#333"/></svg>\n',
};

/**
 * Writes the blank app into `dir` (a new folder outside the project), its node_modules a symlink
 * to the app's, so the versions are the very same.
 */
export function createBlankApp(root, dir) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  mkdirSync(dir, { recursive: true });
  const deps = Object.fromEntries(['next', 'react', 'react-dom'].map((name) => [name, pkg.dependencies[name]]));
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: 'blank', private: true, type: 'module', dependencies: deps }, null, 2)}\n`,
  );
  // Turbopack only reads files under its root, and node_modules is a symlink out of this folder.
  const modules = realpathSync(join(root, 'node_modules'));
  writeFileSync(join(dir, 'next.config.mjs'), `export default { turbopack: { root: ${JSON.stringify(commonAncestor(dir, modules))} } };\n`);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  symlinkSync(modules, join(dir, 'node_modules'), 'dir');
}
