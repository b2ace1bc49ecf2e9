import type { OutcomeId } from './causes';
import { diagnosisMachine } from './diagnosis.machine';
import { FACT_KEYS, FACT_VALUES, type FactKey, type Facts, UNKNOWN } from './facts';
import { factAskedAt } from './replay';

/**
 * What-if exploration of the machine from a step: which outcomes can still be reached given the
 * facts known so far, and how many questions may remain. Used for "still possible" causes, the
 * progress hint and the whole-graph tests. It asks the machine itself (`nextStep`), so it can
 * never disagree with the routing.
 */

type RouteConfig = { target: string; guard?: { params?: { tests?: { fact: FactKey; values: readonly string[] }[] } } };

export type Route = { when: { fact: FactKey; values: readonly string[] }[]; target: string };

const routeTable = new Map<string, Route[]>();
for (const [id, state] of Object.entries(diagnosisMachine.config.states ?? {})) {
  const routes = ((state as { on?: { answer?: RouteConfig[] } }).on?.answer ?? []) as RouteConfig[];
  routeTable.set(
    id,
    routes.map((r) => ({ when: r.guard?.params?.tests ?? [], target: String(r.target).replace(/^\./, '') })),
  );
}

/** A question's routes in the order the machine tries them: the first whose tests all hold wins. */
export function routesFrom(step: string): Route[] {
  return routeTable.get(step) ?? [];
}

/**
 * The step an answer leads to, read straight from the machine's route table. The same answer as
 * `nextStep` (a test holds them equal for every state and value) at a hundredth of the cost, which
 * matters when exploring thousands of what-ifs.
 */
export function routeTarget(step: string, facts: Facts, value: string): string {
  const fact = factAskedAt(step);
  if (!fact) return step;
  const answered = { ...facts, [fact]: value } as Record<string, string | undefined>;
  const route = routesFrom(step).find((r) => r.when.every((t) => t.values.includes(answered[t.fact] ?? '')));
  return route?.target ?? step;
}

// Values each guard distinguishes, per fact. Two values no guard tells apart lead to the same
// futures, so the exploration treats them as one (this keeps it linear instead of exponential).
const valuesGuardsRead = new Map<FactKey, Set<string>>();
for (const routes of routeTable.values()) {
  for (const route of routes) {
    for (const { fact, values } of route.when) {
      const seen = valuesGuardsRead.get(fact) ?? new Set<string>();
      for (const value of values) seen.add(value);
      valuesGuardsRead.set(fact, seen);
    }
  }
}

function classOf(fact: FactKey, value: string | undefined): string {
  if (value === undefined) return '';
  return valuesGuardsRead.get(fact)?.has(value) ? value : '*';
}

// What the future depends on: the step, the guard class of every fact guards read, and which other
// facts are already known (a known fact is not asked again).
export function signature(step: string, facts: Facts): string {
  return `${step}|${FACT_KEYS.map((fact) => (valuesGuardsRead.has(fact) ? classOf(fact, facts[fact]) : facts[fact] ? 'k' : '')).join(',')}`;
}

/** The answers to try at a question: the known one, or every value (this question's own routes tell them apart). */
function answersToTry(fact: FactKey, facts: Facts): string[] {
  const known = facts[fact];
  return known !== undefined ? [known] : [...FACT_VALUES[fact], UNKNOWN];
}

export type Futures = {
  /** Outcomes still reachable, each with the fewest questions still to answer on the way. */
  outcomes: Map<OutcomeId, number>;
  /** Fewest and most questions still to answer, counting the current one. */
  minQuestions: number;
  maxQuestions: number;
};

/** Explores every future from `step` given what is known; facts already known are not re-asked. */
// Futures depend only on the signature, so they are shared by every call (a few thousand at most).
const memo = new Map<string, Futures>();

export function exploreFrom(step: string, facts: Facts): Futures {
  const visit = (at: string, known: Facts): Futures => {
    const key = signature(at, known);
    const cached = memo.get(key);
    if (cached) return cached;
    const fact = factAskedAt(at);
    let result: Futures;
    if (!fact) {
      result = { outcomes: new Map([[at as OutcomeId, 0]]), minQuestions: 0, maxQuestions: 0 };
    } else {
      const asked = known[fact] === undefined ? 1 : 0;
      const outcomes = new Map<OutcomeId, number>();
      let min = Number.POSITIVE_INFINITY;
      let max = 0;
      const tried = new Set<string>();
      for (const value of answersToTry(fact, known)) {
        const next = routeTarget(at, known, value);
        const nextKnown = { ...known, [fact]: value };
        const key = signature(next, nextKnown);
        if (tried.has(key)) continue;
        tried.add(key);
        const sub = visit(next, nextKnown);
        for (const [id, n] of sub.outcomes) outcomes.set(id, Math.min(outcomes.get(id) ?? Number.POSITIVE_INFINITY, n + asked));
        min = Math.min(min, sub.minQuestions + asked);
        max = Math.max(max, sub.maxQuestions + asked);
      }
      result = { outcomes, minQuestions: min, maxQuestions: max };
    }
    memo.set(key, result);
    return result;
  };
  return visit(step, facts);
}
