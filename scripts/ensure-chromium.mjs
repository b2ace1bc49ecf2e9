// Debian's chromium, installed when missing (Playwright's own browser download is not available
// on these machines). Used by the test command and the bench, so both run on a fresh clone.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export function ensureChromium() {
  if (existsSync(CHROME_PATH)) return;
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const apt = (...args) => {
    const [command, rest] = sudo.length ? ['sudo', ['apt-get', ...args]] : ['apt-get', args];
    console.log(`\n$ ${command} ${rest.join(' ')}`);
    return spawnSync(command, rest, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status ?? 1;
  };
  const install = () => apt('install', '-y', '--no-install-recommends', 'chromium') === 0;
  if ((!install() && (apt('update') !== 0 || !install())) || !existsSync(CHROME_PATH)) {
    throw new Error(`no Chromium at ${CHROME_PATH}, and installing Debian's chromium did not put one there; set CHROME_PATH to a Chromium or Chrome binary`);
  }
}
