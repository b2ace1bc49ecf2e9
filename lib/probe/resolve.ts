// Resolving a name ONCE and vetting every address it gave. The connection then goes to the vetted
// address itself (request.ts pins it with a `lookup` function), so a second DNS answer — a DNS
// rebinding attack, or a short TTL — can never send the request somewhere else.
import { lookup } from 'node:dns/promises';
import { classifyAddress } from './address';
import type { Refusal } from './target';

export type Resolved = { address: string; family: number };
/** Resolves a name to its addresses. Tests pass their own; the default asks the system (getaddrinfo). */
export type Resolver = (name: string) => Promise<Resolved[]>;

export const systemResolver: Resolver = (name) => lookup(name, { all: true, verbatim: true });

export type Lookup = { ok: true; answers: Resolved[]; ms: number } | { ok: false; error: NodeJS.ErrnoException; ms: number };

/** Asks the resolver once, giving up waiting after `timeoutMs` (getaddrinfo itself cannot be cancelled). */
export async function resolveName(name: string, resolver: Resolver, timeoutMs: number): Promise<Lookup> {
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(Object.assign(new Error('DNS lookup timed out'), { code: 'PROBE_DNS_TIMEOUT' })),
        Math.max(0, timeoutMs),
      );
    });
    const answers = await Promise.race([resolver(name), timeout]);
    if (answers.length === 0) return { ok: false, error: Object.assign(new Error('no addresses'), { code: 'ENODATA' }), ms: ms() };
    return { ok: true, answers, ms: ms() };
  } catch (error) {
    return { ok: false, error: error as NodeJS.ErrnoException, ms: ms() };
  } finally {
    clearTimeout(timer);
  }
}

export type Chosen = { ok: true; address: string; family: 4 | 6 } | { ok: false; refusal: Refusal };

/**
 * Vets every address a name resolved to: one private address among public ones refuses the lot
 * (the attacker controls what the name resolves to, and which answer gets used). IPv4 is preferred,
 * as a server's IPv6 route is the one more often missing. `allowPrivate` (tests only) skips the rule.
 */
export function chooseAddress(name: string, answers: Resolved[], allowPrivate: boolean): Chosen {
  const usable: { address: string; family: 4 | 6 }[] = [];
  for (const answer of answers) {
    const verdict = classifyAddress(answer.address);
    if (!verdict) return { ok: false, refusal: { kind: 'invalid', reason: `${name} resolved to something that is not an address` } };
    if (verdict.allowed) usable.push({ address: verdict.address, family: verdict.family });
    else if (allowPrivate) usable.push({ address: verdict.address, family: verdict.address.includes(':') ? 6 : 4 });
    else return { ok: false, refusal: { kind: verdict.kind, reason: `${name} resolves to ${verdict.address}, ${verdict.what}` } };
  }
  const chosen = usable.find((answer) => answer.family === 4) ?? usable[0];
  return { ok: true, ...chosen };
}
