/** The frame of a step's alternatives for different setups (`<Variants>` in its MDX). */
export const variants = {
  /** Above the folded alternatives, when the reader's own are shown open. */
  otherSetups: 'Other setups:',
};
