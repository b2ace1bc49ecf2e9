/**
 * A moment as the copied texts state it, to the minute and in UTC ("2026-11-21 09:30 UTC"): the
 * person reading it, a host or an agent, may be in another zone, so the zone is always named.
 */
export function utcMinute(now: Date): string {
  return `${now.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
