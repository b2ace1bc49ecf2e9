import { rankCauses } from './ranking';
import { RULES } from './rules';
import { compile, scan } from './scan';
import type { Analysis } from './types';
import { verdict } from './verdict';

export type { Analysis, Layer, Signal } from './types';

/**
 * The evidence analyzer: pasted text in (headers, an error page, log lines, or a mix), a verdict
 * out — who returned the 502, the facts that answer the wizard's questions, each with the line that
 * shows it and where its wording comes from, and the causes still possible. Pure and synchronous,
 * so it runs the same on the server and in a browser Web Worker; it never throws.
 */

/** The analyzer reads the first 16 MiB of the text (as UTF-8) and says when it stopped there. */
export const MAX_BYTES = 16 * 1024 * 1024;

let compiled: ReturnType<typeof compile> | undefined;

/** The text to read: at most MAX_BYTES of it as UTF-8, with CRLF and lone CR made LF. */
function prepare(input: string): { text: string; truncated: boolean } {
  let text = input;
  let truncated = false;
  // A UTF-16 unit is at most 3 UTF-8 bytes, so shorter texts cannot exceed the limit.
  if (text.length > MAX_BYTES / 3) {
    const { read } = new TextEncoder().encodeInto(text, new Uint8Array(MAX_BYTES));
    if (read < text.length) {
      text = text.slice(0, read);
      truncated = true;
    }
  }
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  return { text, truncated };
}

function nothing(truncated: boolean): Analysis {
  return { layer: null, vendor: null, facts: {}, causes: [], signals: [], recognised: false, truncated };
}

export function analyze(input: string): Analysis {
  let truncated = false;
  try {
    const prepared = prepare(typeof input === 'string' ? input : String(input ?? ''));
    truncated = prepared.truncated;
    compiled ??= compile(RULES);
    const result = verdict(scan(prepared.text, compiled), truncated);
    return { ...result, causes: result.recognised ? rankCauses(result.facts) : [] };
  } catch {
    // A rule that throws on some odd input must not take the page down: report nothing recognised.
    return nothing(truncated);
  }
}
