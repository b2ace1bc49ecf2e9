/** The frame of a cause's fixes (`<Fixes>` and `<Fix>` in its MDX); each fix's own words are in the MDX. */
export const fixes = {
  /** By a fix's `effort`. */
  effort: { easy: 'Quick to try', medium: 'Takes some work', hard: 'A bigger change' },
  didItWork: 'Did that fix it?',
  yes: 'Yes: keep it from coming back',
  tryNext: 'No: try the next fix',
  /** "No" after the last fix. */
  whatNext: 'No: what next',
  noneFixed: 'None of these fixed it?',
  /** On a cause's own page, where nothing is known of the reader's stack: "Diagnose… to find…". */
  diagnose: 'Diagnose your own stack',
  diagnoseWhy: 'to find the next most likely cause.',
};
