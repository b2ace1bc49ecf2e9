// Runs one of bench's TypeScript files (*.measure.ts, *.data.ts) through vitest, which is only
// here because it runs TypeScript on Node 20, and returns the JSON the file wrote to BENCH_OUT.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function runTypeScript(root, file) {
  const out = join(tmpdir(), `gateway-doctor-bench-${process.pid}-${file.replace(/\W/g, '-')}.json`);
  const result = spawnSync(
    join(root, 'node_modules', '.bin', 'vitest'),
    ['run', '--config', 'bench/vitest.config.ts', '--reporter=dot', file],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, BENCH_OUT: out },
    },
  );
  if (result.status !== 0) throw new Error(`bench: ${file} failed (vitest exit ${result.status})`);
  try {
    return JSON.parse(readFileSync(out, 'utf8'));
  } finally {
    rmSync(out, { force: true });
  }
}
