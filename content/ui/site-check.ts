import type { Facts } from '@/machines/facts';

/**
 * The site check from our server ("Check it now" for a visitor, "Check my site" for an owner) and
 * its results. A client component reads them, so this module holds nothing else. The sentence that
 * sums up a visitor's result and the timings' figures come from lib/probe/words.ts.
 */
export const siteCheck = {
  /** Is it down for everyone? */
  visitor: {
    heading: 'Is it down for everyone? Ask our server',
    hint: 'Type the site’s address. Our server opens it from outside your network and tells you what it got back.',
    button: 'Check it now',
  },
  /** Which layer returned it? */
  owner: {
    heading: 'Check your site from outside',
    hint: 'Our server fetches the address as a visitor’s browser would, and shows which layer answered, how long each step took, and the headers.',
    button: 'Check my site',
  },
  address: 'Site address',
  placeholder: 'example.com',
  noAddress: 'Type the site’s address first, for example example.com.',
  offline: 'We could not reach our own server. Check your connection, then try again.',
  /** When our API fails without saying why. */
  failed: (status: number) => `The check failed (HTTP ${status}). Try again in a moment.`,
  checking: (site: string) => `Checking ${site} from our server… (at most 10 seconds)`,
  /** Read by screen readers only, before focus moves to the result. */
  done: 'The check is done: the result follows.',
};

/** The visitor's result, by what the check suggests for "is it down for everyone?". */
export const visitorResult = {
  verdict: {
    yes: 'It is down for others too',
    no: 'It works for others',
    unknown: 'We could not tell',
  } satisfies Record<NonNullable<Facts['downForEveryone']>, string>,
  continue: { yes: 'Continue: it is down for everyone', no: 'Continue: it works for others' },
  redirected: (url: string) => `It redirected to ${url}.`,
  matches: 'Does that match what you see? Continue with the answer that fits.',
};

/** The owner's result. `layer` is a layer's name as the sentence reads it (lower case); `status` as `502 Bad Gateway`. */
export const ownerResult = {
  unreachable: (site: string) => `${site} could not be reached`,
  whoAnswered: (who: string, layer: string, status: string) => `${who} (the ${layer}) answered ${status}`,
  layerAnswered: (layer: string, status: string) => `The ${layer} answered ${status}`,
  siteAnswered: (site: string, status: string) => `${site} answered ${status}`,
  status: 'Status',
  layer: 'Layer',
  vendor: 'Vendor',
  checked: 'Address checked',
  connectedTo: 'Connected to',
  request: 'Request',
  noAnswer: 'no answer',
  notRecognised: 'not recognised',
  /** Where a value is missing (no address connected to). */
  none: '—',
  /** The request when only the start of a big page was read. */
  partRead: (method: string, kb: number) => `${method} (first ${kb} KB of the page read)`,
  redirects: 'Redirects followed',
  redirect: (status: number, from: string, to: string) => `${status} from ${from} to ${to}`,
  timings: 'Timings, from our server',
  timing: { dns: 'DNS', connect: 'Connect', tls: 'TLS', firstByte: 'First byte', total: 'Total' },
  headers: 'Response headers',
  name: 'Name',
  value: 'Value',
  likelyCauses: 'Likely causes',
  continue: 'Continue with these answers',
  addsNothing: 'The check adds nothing to what you told us: answer the question yourself.',
};
