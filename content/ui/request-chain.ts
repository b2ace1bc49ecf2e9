/**
 * The words inside the request chain picture. The evidence verdict draws it in the browser, so
 * this module holds nothing else; the layers' names are in content/layers.ts.
 */
export const requestChain = {
  /** Beside the failing handoff, so the picture never relies on colour alone. */
  failsHere: '✕ fails here',
};
