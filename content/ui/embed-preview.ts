/** The snippet builder on the embedding guide (a client component: this module holds nothing else). */
export const embedPreview = {
  copy: 'Copy snippet',
  options: 'Options',
  facts: 'Start from (data-facts)',
  theme: 'Theme (data-theme)',
  /** By the value of `data-theme`. */
  themes: { auto: 'auto (the reader’s system)', light: 'light', dark: 'dark' },
  accent: 'Accent (data-accent)',
  preview: 'Live preview',
};
