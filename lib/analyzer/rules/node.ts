import type { Rule } from '../rule';
import { WEIGHT } from '../rule';

/** Node.js: what the runtime itself prints when the process dies (or cannot start). */

const ERRORS = 'https://nodejs.org/api/errors.html';

const node = { weight: WEIGHT.errorLog } as const;

export const nodeRules: Rule[] = [
  {
    ...node,
    id: 'node.eaddrinuse',
    anchors: ['listen EADDRINUSE'],
    pattern: /listen EADDRINUSE:?(?: address already in use)? ?(\S*)/,
    refine: (m) => ({
      meaning: `The app could not start: another process already listens on ${m[1] || 'its port'} (often an old instance still running), so the new one exited.`,
    }),
    meaning: 'The app could not start: its port is already taken.',
    facts: { appLog: 'fatal-error', runtime: 'node' },
    source: 'https://nodejs.org/api/errors.html#common-system-errors',
  },
  {
    ...node,
    id: 'node.heap-out-of-memory',
    anchors: ['JavaScript heap out of memory'],
    pattern: /FATAL ERROR: .{0,200}JavaScript heap out of memory/,
    meaning: 'Node.js ran out of heap (its --max-old-space-size limit) and the process died.',
    facts: { appLog: 'memory-limit', runtime: 'node' },
    source: 'https://nodejs.org/api/cli.html#--max-old-space-sizesize-in-mib',
  },
  {
    ...node,
    // Node prints its version after the stack of an exception nothing caught, then exits.
    id: 'node.crashed',
    anchors: ['^Node.js v'],
    pattern: /^\s*Node\.js v\d+\.\d+\.\d+\s*$/,
    meaning: 'The Node.js process crashed on an exception nothing caught (the stack just above says where), so nothing was left to answer.',
    facts: { appLog: 'fatal-error', runtime: 'node' },
    source: ERRORS,
  },
  {
    ...node,
    id: 'node.unhandled-rejection',
    anchors: ['UnhandledPromiseRejection', 'ERR_UNHANDLED_REJECTION'],
    pattern: /UnhandledPromiseRejection|ERR_UNHANDLED_REJECTION/,
    meaning: 'A promise was rejected and nothing handled it; since Node.js 15 that ends the process.',
    facts: { appLog: 'fatal-error', runtime: 'node' },
    source: 'https://nodejs.org/api/cli.html#--unhandled-rejectionsmode',
  },
  {
    ...node,
    id: 'node.uncaught-exception',
    anchors: ['uncaughtException', "Unhandled 'error' event"],
    pattern: /\buncaughtException\b|throw er; \/\/ Unhandled 'error' event/,
    meaning: 'An exception (or an "error" event) nothing handled: the Node.js process dies with it.',
    facts: { appLog: 'fatal-error', runtime: 'node' },
    source: ERRORS,
  },
  {
    ...node,
    id: 'node.stack-frame',
    context: true,
    anchors: ['node:internal/'],
    pattern: /\(node:internal\/[\w/.-]{1,120}:\d+:\d+\)|at node:internal\//,
    meaning: 'A Node.js stack trace: the application runs on Node.js.',
    facts: { runtime: 'node' },
    weight: WEIGHT.guess,
    source: ERRORS,
  },
];
