import type { Facts } from '@/machines/facts';
import type { Rule } from '../rule';
import { WEIGHT } from '../rule';

/**
 * The Linux kernel (`dmesg`, `journalctl -k`): the OOM killer and a full disk. When the OOM killer
 * names a known runtime's process, that also says what runs the application.
 */

const OOM_KILL = 'torvalds/linux: mm/oom_kill.c';

/** The runtime a killed process belongs to, when its name says so. */
function runtimeOf(process: string): Facts {
  if (/php-?fpm|^php\d/.test(process)) return { runtime: 'php-fpm' };
  if (/^(?:node|nodejs)$/.test(process)) return { runtime: 'node' };
  if (/^(?:gunicorn|uwsgi|uvicorn|python\d?(?:\.\d+)?)$/.test(process)) return { runtime: 'python' };
  if (/^(?:puma|unicorn|ruby)/.test(process)) return { runtime: 'ruby' };
  if (process === 'java') return { runtime: 'java' };
  if (/^dotnet/.test(process)) return { runtime: 'dotnet' };
  return {};
}

const killed = (process: string) => ({
  meaning: `The kernel's OOM killer killed ${process}: the server (or its cgroup) ran out of memory.`,
  facts: { resources: 'memory' as const, ...runtimeOf(process) },
});

const kernel = { weight: WEIGHT.errorLog } as const;

export const kernelRules: Rule[] = [
  {
    ...kernel,
    id: 'kernel.oom-killed-process',
    anchors: ['Out of memory: Kill'],
    pattern: /Out of memory: Kill(?:ed)? process \d+ \(([^)]{1,64})\)/,
    refine: (m) => killed(m[1]),
    meaning: "The kernel's OOM killer killed a process: the server ran out of memory.",
    facts: { resources: 'memory' },
    source: OOM_KILL,
  },
  {
    ...kernel,
    id: 'kernel.oom-kill',
    anchors: ['oom-kill:'],
    pattern: /oom-kill:constraint=\S+.*,task=([^,\s]{1,64}),pid=\d+/,
    refine: (m) => killed(m[1]),
    meaning: 'The kernel OOM killer fired: the server ran out of memory.',
    facts: { resources: 'memory' },
    source: OOM_KILL,
  },
  {
    ...kernel,
    id: 'kernel.oom-reaper',
    anchors: ['oom_reaper: reaped process'],
    pattern: /oom_reaper: reaped process \d+ \(([^)]{1,64})\)/,
    refine: (m) => killed(m[1]),
    meaning: 'The kernel reclaimed the memory of a process the OOM killer killed.',
    facts: { resources: 'memory' },
    source: OOM_KILL,
  },
  {
    ...kernel,
    id: 'kernel.oom-invoked',
    anchors: ['invoked oom-killer'],
    pattern: /invoked oom-killer:/,
    meaning: 'The kernel invoked the OOM killer: memory ran out.',
    facts: { resources: 'memory' },
    source: OOM_KILL,
  },
  {
    ...kernel,
    id: 'systemd-oomd.killed',
    anchors: ['due to memory'],
    pattern: /Killed \S+ due to memory (?:pressure|used)/,
    meaning: 'systemd-oomd killed a service or scope for memory pressure: memory ran short.',
    facts: { resources: 'memory' },
    source: 'https://www.freedesktop.org/software/systemd/man/latest/systemd-oomd.service.html',
  },
  {
    ...kernel,
    id: 'docker.oom-killed',
    anchors: ['OOMKilled'],
    pattern: /"OOMKilled":\s*true/,
    meaning: 'Docker reports the container was killed for going over its memory limit (OOMKilled: true).',
    facts: { resources: 'memory' },
    source: 'https://docs.docker.com/engine/containers/resource_constraints/#memory',
  },
  {
    ...kernel,
    id: 'system.disk-full',
    anchors: ['No space left on device'],
    pattern: /No space left on device/,
    meaning: 'A disk is full (ENOSPC): processes cannot write their files, sockets, sessions or temporary request bodies.',
    facts: { resources: 'disk' },
    source: 'https://man7.org/linux/man-pages/man3/errno.3.html',
  },
];
