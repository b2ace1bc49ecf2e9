'use client';

import { useEffect } from 'react';

let firstStepOfPageLoad = true;

/**
 * Next does not move focus on a client-side navigation, so after each step change the new step's
 * heading takes focus (screen readers announce it; keyboard users start from the question).
 * Not on the first load: there the browser's own focus handling is what people expect.
 * Mount it with `key` set to the step's URL so it runs once per step.
 */
export function FocusHeading({ id }: { id: string }) {
  useEffect(() => {
    if (firstStepOfPageLoad) {
      firstStepOfPageLoad = false;
      return;
    }
    document.getElementById(id)?.focus();
  }, [id]);
  return null;
}
