// The evidence analyzer on a 10 MB log against `grep -c` of its anchors: see analyzer.measure.ts.
import { runTypeScript } from './vitest-run.mjs';

export const ANALYZER_BUDGET = 5; // × grep's time

export function measureAnalyzer(root) {
  const result = runTypeScript(root, 'bench/analyzer.measure.ts');
  return { ...result, budget: ANALYZER_BUDGET, met: result.ratio <= ANALYZER_BUDGET };
}
