import type { Likelihood } from '@/machines/ranking';

/**
 * The words around a step of the wizard, for the server components that frame it: the support
 * toggle, progress, "Your answers", the system and browser picker, the causes still possible, an
 * outcome's frame and what follows its last fix. Only server components read this module; client
 * components each have their own small one. The step's own words come from its MDX.
 */

export const wizardFrame = {
  supportMode: 'Support mode',
  leaveSupportMode: 'Leave support mode',
  /** The embed's landmark, for screen readers in the help centre's page. */
  embedLabel: '502 Bad Gateway troubleshooter',
};

/** Numbers are counts of questions; `remaining` is `atMost(…)` or `between(…)`. */
export const progress = {
  question: (number: number, remaining: string) => `Question ${number} · ${remaining} to go, counting this one`,
  atMost: (max: number) => `${max} at most`,
  between: (min: number, max: number) => `${min} to ${max}`,
};

export const clientPicker = {
  showing: (os: string, browser: string) => `Showing steps for ${os} · ${browser}.`,
  /** In `showing`, before the person's system or browser is known. */
  anyOs: 'your system',
  anyBrowser: 'your browser',
  change: 'Change',
  /** By fact. */
  choose: { os: 'Choose your system', browser: 'Choose your browser' },
  kind: { os: 'System', browser: 'Browser' },
};

export const answersList = {
  heading: 'Your answers',
  change: 'Change',
  /** Completes "Change" for screen readers. */
  changeWhich: (question: string) => `your answer to: ${question}`,
  startAgain: 'Start again',
};

export const stillPossibleCauses = {
  heading: (count: number) => `Still possible (${count})`,
  lessLikely: (count: number) => `and ${count} less likely`,
};

export const outcomeStep = {
  /** Above a cause's title, by how likely it is for the answers given. */
  howSure: {
    high: 'Very likely cause',
    medium: 'Likely cause',
    low: 'Possible cause: your answers could not narrow it down further',
  } satisfies Record<Likelihood, string>,
  /** Above the outcome of another status code. */
  notA502: 'Not a 502',
  everything: 'Everything about this cause: how to confirm, fix and prevent it',
  alsoPossible: 'Also possible with what you know',
};

/** After the last fix of a cause, for an owner. */
export const nextCause = {
  /** "Escalate now: send the evidence pack below…", the middle words a link to the pack. */
  escalateBefore: 'Escalate now: send the',
  evidencePack: 'evidence pack',
  escalateAfter: 'below to your host or on-call.',
  nextLikely: 'The next most likely cause for what you know:',
  /** When only the provider is left. */
  nothingElse: 'Nothing else fits what you know well.',
  escalate: (title: string) => `Escalate: ${title}`,
};

/** Under the owner's request chain. `from` and `to` are layers' names as the sentence reads them (lower case). */
export const ownerChain = {
  handoff: (from: string, to: string) => `Suspected: the handoff from the ${from} to the ${to}.`,
  whole: 'Your request chain.',
};
