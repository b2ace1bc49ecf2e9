#!/usr/bin/env node
// Makes sure the fault lab's real software is installed: nginx (and HAProxy) from Debian's packages.
// Run before the unit tests (`node lab/ensure-nginx.mjs`). Installs with apt-get when a binary is
// missing (through `sudo -n` when not root), and exits non-zero with a clear message if it cannot.
// It never starts, stops or enables a service: the lab starts its own processes.
// No dependencies: plain Node.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Debian package for each binary the lab runs. `nginx` exists on Debian 12 and 13 (nginx-light is 12 only). */
const NEEDED = [
  { binary: 'nginx', pkg: 'nginx', env: 'NGINX_BIN' },
  { binary: 'haproxy', pkg: 'haproxy', env: 'HAPROXY_BIN' },
];

// sbin directories are often missing from a normal user's PATH, and that is where Debian puts both.
const SEARCH = [...(process.env.PATH ?? '').split(delimiter).filter(Boolean), '/usr/sbin', '/sbin', '/usr/local/sbin'];

function which(binary) {
  for (const dir of SEARCH) {
    const candidate = join(dir, binary);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return null;
}

function fail(message) {
  console.error(`ensure-nginx: ${message}`);
  process.exit(1);
}

const missing = NEEDED.filter(({ binary, env }) => !(process.env[env] || which(binary)));
if (missing.length === 0) process.exit(0);

const packages = missing.map(({ pkg }) => pkg);
const how = `install them yourself (Debian/Ubuntu: apt-get install -y --no-install-recommends ${packages.join(' ')}), or set ${missing.map(({ env }) => env).join(' / ')} to the binary`;
if (!which('apt-get')) fail(`${missing.map(({ binary }) => binary).join(' and ')} not found and there is no apt-get here: ${how}.`);

const root = process.getuid?.() === 0;
if (!root && !which('sudo')) fail(`${packages.join(' and ')} must be installed, but this user is not root and there is no sudo: ${how}.`);

function apt(...args) {
  // sudo -n: never wait for a password (CI has no standard input); fail instead.
  const [command, argv] = root ? ['apt-get', args] : ['sudo', ['-n', 'apt-get', ...args]];
  console.log(`ensure-nginx: ${command} ${argv.join(' ')}`);
  const result = spawnSync(command, argv, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return result.status === 0;
}

const install = ['install', '-y', '--no-install-recommends', ...packages];
// An old or empty package list is the usual reason the first try fails: update, then try again.
if (!apt(...install) && !(apt('update') && apt(...install))) {
  fail(`could not install ${packages.join(' ')} with apt-get${root ? '' : ' (through sudo -n)'}: ${how}.`);
}

const still = missing.filter(({ binary }) => !which(binary));
if (still.length > 0) fail(`apt-get finished but ${still.map(({ binary }) => binary).join(' and ')} is still not found: ${how}.`);
console.log(`ensure-nginx: installed ${packages.join(' ')}`);
