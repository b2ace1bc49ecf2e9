/**
 * "Paste what you see" and the analyzer's verdict under it. Both run in the browser, so this
 * module holds only their words; the verdict's sentences about each line come from the analyzer.
 * Code the page shows (the `curl` command) stays in the component, between `…Before` and `…After`.
 */
export const evidencePaste = {
  heading: 'Paste what you see',
  hintBefore: 'The error page, the output of',
  hintAfter: ', or lines from a log. We will tell you which layer returned the 502 and what it points to.',
  /** Added to the hint once scripts run: only then is the text read on the device. */
  staysHere: 'It is read in your browser: nothing you paste leaves this device.',
  text: 'Text',
  file: 'Or a log file',
  fileHint: '(you can also drop it on the text box)',
  submit: 'Read it',
  empty: 'Paste an error page, response headers or log lines first, or choose a log file.',
  /** While the worker reads: `what` is the file's name, or `yourText`. */
  reading: (what: string) => `Reading ${what}…`,
  yourText: 'your text',
  tooLong: 'That took too long to read. Paste the last few hundred lines instead.',
};

/** The verdict. `layer` is a layer's name as the sentence reads it (lower case). */
export const analysisView = {
  nothingRecognised: 'Nothing recognised',
  nothingBefore:
    'We read it all and found no response, error page or log line that we know. That is not a verdict: we would rather say nothing than guess. Try the output of',
  nothingAfter: ', the error page’s text, or the last lines of your proxy’s error log.',
  whoReturned: (who: string, layer: string) => `${who} (the ${layer}) returned the error`,
  layerReturned: (layer: string) => `The ${layer} returned the error`,
  /** The heading when the evidence names no layer. */
  whatItSays: 'What your evidence says',
  truncated: 'Only the first 16 MB were read.',
  couldNotGet: (layer: string) => `The ${layer} could not get a usable answer from the layer behind it.`,
  evidence: 'The evidence',
  line: (line: number) => `Line ${line}`,
  /** A line that stands for `more` others like it. */
  lineAndMore: (line: number, more: number) => `Line ${line} (and ${more} more like it)`,
  likelyCauses: 'Likely causes',
  continue: 'Continue with these answers filled in',
};
