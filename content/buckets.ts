import type { Bucket } from '@/machines/causes';

/** The three families of 502 (seed 003), plus the visitor's side and escalation. */
export const bucketNames: Record<Bucket, { name: string; description: string }> = {
  visitor: { name: 'On the visitor’s side', description: 'Something on your device or network makes the site look broken.' },
  unavailable: { name: 'Upstream unavailable', description: 'Nothing usable is answering behind the gateway.' },
  handoff: { name: 'Handoff mismatch', description: 'Both sides may be running, but they disagree about how to reach each other.' },
  response: { name: 'Unusable response', description: 'The upstream answers, but in a form the gateway rejects.' },
  escalate: { name: 'Escalate', description: 'The failing layer belongs to your provider: send them the evidence.' },
};
