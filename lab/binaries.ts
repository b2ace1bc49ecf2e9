// Where the lab's real software is: `$NGINX_BIN` / `$HAPROXY_BIN`, else PATH, else Debian's sbin
// directories (often missing from a normal user's PATH). lab/ensure-nginx.mjs installs them.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

const SBIN = ['/usr/sbin', '/sbin', '/usr/local/sbin'];

export function findBinary(name: 'nginx' | 'haproxy'): string {
  const override = process.env[`${name.toUpperCase()}_BIN`];
  if (override) return override;
  for (const dir of [...(process.env.PATH ?? '').split(delimiter).filter(Boolean), ...SBIN]) {
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  throw new Error(
    `${name} is not installed: run \`node lab/ensure-nginx.mjs\` (installs it with apt-get), or set ${name.toUpperCase()}_BIN`,
  );
}
