import type { CauseId } from '@/machines/causes';
import type { Facts } from '@/machines/facts';
import type { Likelihood } from '@/machines/ranking';

/** The layers that can return a 502 (DESIGN.md "Layers and vendors"). */
export type Layer = 'browser' | 'cdn' | 'load-balancer' | 'reverse-proxy' | 'platform' | 'application';

/**
 * One piece of evidence: the exact line (or header) it came from, what it means in plain words,
 * the facts it implies, and where the rule's wording comes from (vendor doc or the software's own
 * source), so anyone can check it.
 */
export type Signal = {
  /** The rule that matched, e.g. `nginx.connect-refused`. */
  rule: string;
  /** 1-based line number in the pasted text. */
  line: number;
  /** The line as pasted (cut to 500 characters). */
  text: string;
  /** What it means, for a person fixing a 502. */
  meaning: string;
  layer?: Layer;
  vendor?: string;
  facts: Facts;
  /** The citation for the rule: a vendor documentation URL or a source file. */
  source: string;
  /** How many lines matched this rule in all (only the first few are kept as signals). */
  count?: number;
};

export type Analysis = {
  /** The layer that returned the 502, when the evidence says so; else null. */
  layer: Layer | null;
  /** The vendor of that layer (a DESIGN.md vendor id), when known; else null. */
  vendor: string | null;
  /** Facts for the wizard: statusCode, errorSource, logSignal, appLog, resources, cdn, proxy… */
  facts: Facts;
  /** Causes still possible for those facts, most likely first (the machine's own ranking). */
  causes: { id: CauseId; likelihood: Likelihood }[];
  signals: Signal[];
  /** False when nothing was recognised: say so honestly, never guess. */
  recognised: boolean;
  /** True when the text was longer than the analyzer reads (it reads the first 16 MiB). */
  truncated: boolean;
};
