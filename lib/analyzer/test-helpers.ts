import { expect } from 'vitest';
import type { Analysis, Signal } from './types';

/** Test helper: the signal of `rule`, failing with the rules that did fire when it is missing. */
export function signalOf(analysis: Analysis, rule: string): Signal {
  const signal = analysis.signals.find((s) => s.rule === rule);
  expect(signal, `no ${rule} among: ${analysis.signals.map((s) => s.rule).join(', ')}`).toBeDefined();
  return signal as Signal;
}

/** Joins lines with LF: test texts read like the paste they stand for. */
export function lines(...text: string[]): string {
  return text.join('\n');
}
