import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { getShortestPaths } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import { isCauseId } from './causes';
import { diagnosisMachine } from './diagnosis.machine';
import { routeTarget, signature } from './explore';
import { FACT_VALUES, type FactKey, type Facts, UNKNOWN } from './facts';
import { OUTCOME_IDS, QUESTION_IDS, STEP_IDS, factAskedAt, nextStep } from './replay';

const root = join(import.meta.dirname, '..');
const answersTo = (fact: FactKey) => [...FACT_VALUES[fact], UNKNOWN];

function contentFileOf(step: string): string {
  return join(root, 'content', isCauseId(step) ? 'causes' : 'steps', `${step}.mdx`);
}

// Every route of every question, tried with every answer, from every state, over the whole graph.
const paths = getShortestPaths(diagnosisMachine, {
  input: { facts: {} },
  events: (snapshot) => {
    const fact = factAskedAt(String(snapshot.value));
    return fact ? answersTo(fact).map((value) => ({ type: 'answer' as const, fact, value })) : [];
  },
  // Two snapshots with the same step and the same guard-relevant facts have the same futures.
  serializeState: (snapshot) => signature(String(snapshot.value), snapshot.context.facts),
});

describe('the whole graph', () => {
  it('has a content file for every state, named after the state id', () => {
    const missing = STEP_IDS.filter((step) => !existsSync(contentFileOf(step)));
    expect(missing).toEqual([]);
  });

  it('reaches every outcome from the start', () => {
    const reached = new Set(paths.map((p) => String(p.state.value)));
    expect(OUTCOME_IDS.filter((id) => !reached.has(id))).toEqual([]);
  });

  it('reaches every question from the start', () => {
    const reached = new Set(paths.map((p) => String(p.state.value)));
    expect(QUESTION_IDS.filter((id) => !reached.has(id))).toEqual([]);
  });

  it('has no dead ends: every path ends in a final outcome, and only outcomes are final', () => {
    for (const path of paths) {
      const step = String(path.state.value);
      expect(path.state.status === 'done', step).toBe(!factAskedAt(step));
    }
  });

  it('moves on for every answer, "Not sure" included, at every question', () => {
    for (const step of QUESTION_IDS) {
      const fact = factAskedAt(step) as FactKey;
      for (const value of answersTo(fact)) expect(nextStep(step, {}, value), `${step} ${value}`).not.toBe(step);
    }
  });

  it('never loops: no path asks the same question twice', () => {
    for (const path of paths) {
      const steps = path.steps.map((s) => String(s.state.value));
      expect(new Set(steps).size).toBe(steps.length);
    }
  });

  it('route table and machine agree for every question, answer and earlier fact the guards read', () => {
    const contexts: Facts[] = [{}, { role: 'owner', hosting: 'shared', cms: 'wordpress' }, { traffic: 'spike', pattern: 'intermittent', proxy: 'none', directCurl: 'ok' }, { hosting: 'serverless', logSignal: 'reset-by-peer' }];
    for (const step of QUESTION_IDS) {
      for (const value of answersTo(factAskedAt(step) as FactKey)) {
        for (const facts of contexts) expect(routeTarget(step, facts, value), `${step} ${value}`).toBe(nextStep(step, facts, value));
      }
    }
  });
});

describe('content of every question', () => {
  for (const step of QUESTION_IDS) {
    const fact = factAskedAt(step) as FactKey;
    it(`${step} labels exactly the answers to ${fact}, "Not sure" last`, async () => {
      if (!existsSync(contentFileOf(step))) throw new Error(`content/steps/${step}.mdx is missing`);
      const content = await import(`../content/steps/${step}.mdx`);
      expect(typeof content.question).toBe('string');
      expect(Object.keys(content.options).sort()).toEqual(answersTo(fact).sort());
      expect(Object.keys(content.options).at(-1)).toBe(UNKNOWN);
    });
  }
});

describe('content of every outcome', () => {
  for (const id of OUTCOME_IDS) {
    it(`${id} has a title and a summary`, async () => {
      if (!existsSync(contentFileOf(id))) throw new Error(`${contentFileOf(id)} is missing`);
      const content = await import(isCauseId(id) ? `../content/causes/${id}.mdx` : `../content/steps/${id}.mdx`);
      expect(content.title).toMatch(/\S/);
      expect(content.summary).toMatch(/\S/);
    });
  }
});
