// The site check ("is it down for everyone?", "which layer returned it?"), from our server. See README.md.
export { type AddressVerdict, classifyAddress } from './address';
export { ConcurrencyCap, clientKey, RateLimiter } from './limits';
export { checkUrl, LIMITS, type ProbeOptions, probe } from './probe';
export { ALLOWED_PORTS, type Refusal } from './target';
export type { FailureKind, ProbeRefused, ProbeResult, Timings } from './types';
