import type { OutcomeId } from './causes';
import { type Facts, validateFacts } from './facts';
import { type Likelihood, rankDiagnosis } from './ranking';
import { replayToOutcome } from './replay';

export type Diagnosis = {
  outcome: OutcomeId;
  causes: { id: OutcomeId; likelihood: Likelihood }[];
  path: string[];
  questionsAsked: number;
};

/**
 * The whole diagnosis for a set of facts, as the HTTP API returns it: walks the machine answering
 * each question from the facts or with "Not sure", then ranks what the known facts still allow.
 */
export function diagnose(facts: Facts): Diagnosis {
  const reached = replayToOutcome(facts);
  return {
    outcome: reached.step,
    causes: rankDiagnosis(reached.step, facts).map(({ id, likelihood }) => ({ id, likelihood })),
    path: [...reached.path.map((visit) => visit.step), reached.step],
    questionsAsked: reached.path.length,
  };
}

export type DiagnoseRequest = { ok: true; facts: Facts } | { ok: false; error: string; details?: unknown };

/** Reads an API body (already parsed JSON): `{ "facts": { key: value } }`, strictly. */
export function readDiagnoseRequest(body: unknown): DiagnoseRequest {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return { ok: false, error: 'The body must be a JSON object like {"facts": {"role": "owner"}}.' };
  }
  const extra = Object.keys(body).filter((key) => key !== 'facts');
  if (extra.length) return { ok: false, error: `Unexpected field(s): ${extra.join(', ')}. Send only "facts".` };
  if (!('facts' in body)) return { ok: false, error: 'Missing "facts": send {"facts": {}} to start from nothing.' };
  const { facts, problems } = validateFacts((body as { facts: unknown }).facts);
  if (problems.length) {
    return { ok: false, error: `Some facts are not understood: ${problems.map((p) => `${p.key} ${p.problem}`).join('; ')}.`, details: problems };
  }
  return { ok: true, facts };
}
