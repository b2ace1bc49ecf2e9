import { initialTransition, transition } from 'xstate';
import { isCauseId, isRedirectOutcome, type OutcomeId } from './causes';
import { diagnosisMachine } from './diagnosis.machine';
import { type FactKey, type Facts, UNKNOWN } from './facts';

type Snapshot = ReturnType<typeof initialTransition<typeof diagnosisMachine>>[0];

/** One answered question on the way to a step. */
export type Visit = { step: string; fact: FactKey; value: string };

export type Reached =
  | { kind: 'question'; step: string; fact: FactKey; path: Visit[] }
  | { kind: 'outcome'; step: OutcomeId; path: Visit[] };

/** The fact a question state asks, or undefined for an outcome. */
export function factAskedAt(step: string): FactKey | undefined {
  const node = diagnosisMachine.states[step];
  return (node?.meta as { fact?: FactKey } | undefined)?.fact;
}

/** Every state id of the machine, questions and outcomes, in declaration order. */
export const STEP_IDS = Object.keys(diagnosisMachine.states);
export const QUESTION_IDS = STEP_IDS.filter((id) => factAskedAt(id));
export const OUTCOME_IDS = STEP_IDS.filter((id) => !factAskedAt(id)) as OutcomeId[];

function stepOf(snapshot: Snapshot): string {
  return String(snapshot.value);
}

/** A snapshot standing at `step` with `facts` known: the start of any what-if exploration. */
export function snapshotAt(step: string, facts: Facts): Snapshot {
  return diagnosisMachine.resolveState({ value: step, context: { facts } });
}

/** The step reached from `step` when its question is answered with `value`. */
export function nextStep(step: string, facts: Facts, value: string): string {
  const fact = factAskedAt(step);
  if (!fact) return step;
  const [next] = transition(diagnosisMachine, snapshotAt(step, facts), { type: 'answer', fact, value });
  return stepOf(next);
}

function walk(facts: Facts, answerMissing: boolean): Reached {
  let [snapshot] = initialTransition(diagnosisMachine, { facts: {} });
  const path: Visit[] = [];
  // Each question is asked at most once on a path, so the walk ends within the number of states.
  for (let i = 0; i <= STEP_IDS.length; i++) {
    const step = stepOf(snapshot);
    const fact = factAskedAt(step);
    if (!fact) {
      if (!isCauseId(step) && !isRedirectOutcome(step)) throw new Error(`state ${step} is neither a question nor an outcome`);
      return { kind: 'outcome', step, path };
    }
    const value = facts[fact] ?? (answerMissing ? UNKNOWN : undefined);
    if (value === undefined) return { kind: 'question', step, fact, path };
    path.push({ step, fact, value });
    [snapshot] = transition(diagnosisMachine, snapshot, { type: 'answer', fact, value });
  }
  throw new Error('the diagnosis machine loops');
}

/**
 * Replays facts through the machine: answers every question whose fact is known and stops at the
 * first that is not (or at an outcome). Facts for later questions are simply waiting to be used.
 */
export function replay(facts: Facts): Reached {
  return walk(facts, false);
}

/** Like `replay`, but answers every missing fact with "Not sure", so it always ends in an outcome. */
export function replayToOutcome(facts: Facts): Extract<Reached, { kind: 'outcome' }> {
  const reached = walk(facts, true);
  if (reached.kind !== 'outcome') throw new Error('unreachable: every question was answered');
  return reached;
}
