/** The print button's words (a client component: this module holds nothing else). */
export const printButton = {
  print: 'Print',
};
