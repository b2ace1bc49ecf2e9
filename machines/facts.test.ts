import { describe, expect, it } from 'vitest';
import { FACT_KEYS, FACT_VALUES, diagnoseHref, parseFacts, serializeFacts, validateFacts, withFact, withoutFact } from './facts';

describe('parseFacts', () => {
  it('keeps vocabulary keys and values, including "unknown"', () => {
    expect(parseFacts('role=owner&hosting=vps&proxy=unknown')).toEqual({ role: 'owner', hosting: 'vps', proxy: 'unknown' });
  });

  it('drops unknown keys, values outside the vocabulary and prototype tricks', () => {
    expect(parseFacts('role=zzz&role=owner&__proto__=1&constructor=x&hosting=%3Cscript%3E&toString=1')).toEqual({ role: 'owner' });
  });

  it('takes the first valid value of a repeated key', () => {
    expect(parseFacts('role=owner&role=visitor')).toEqual({ role: 'owner' });
  });

  it('reads Next-style search params objects with arrays', () => {
    expect(parseFacts({ role: ['bogus', 'visitor'], statusCode: '502', nothing: undefined })).toEqual({ role: 'visitor', statusCode: '502' });
  });

  it('is case-sensitive: values are ids, not words', () => {
    expect(parseFacts('hosting=VPS')).toEqual({});
  });
});

describe('serializeFacts', () => {
  it('writes keys in the canonical order whatever order they came in', () => {
    expect(serializeFacts({ proxy: 'nginx', role: 'owner', hosting: 'vps' })).toBe('role=owner&hosting=vps&proxy=nginx');
  });

  it('round-trips every value of every fact', () => {
    for (const key of FACT_KEYS) {
      for (const value of [...FACT_VALUES[key], 'unknown']) {
        const facts = { [key]: value };
        expect(parseFacts(serializeFacts(facts))).toEqual(facts);
      }
    }
  });

  it('round-trips junk to its canonical form, and the canonical form to itself', () => {
    const junk = [
      '',
      'a=1&b=2',
      'statusCode=502&role=visitor&statusCode=500',
      'role=visitor&&&=&role',
      'role=%E2%9C%93&os=macos&browser=safari&refresh=fixed',
      `${'x'.repeat(5000)}=1&role=owner`,
    ];
    for (const query of junk) {
      const canonical = serializeFacts(parseFacts(query));
      expect(serializeFacts(parseFacts(canonical))).toBe(canonical);
    }
  });

  it('builds /diagnose links', () => {
    expect(diagnoseHref({})).toBe('/diagnose');
    expect(diagnoseHref(withFact({ role: 'visitor' }, 'statusCode', '502'))).toBe('/diagnose?role=visitor&statusCode=502');
    expect(diagnoseHref(withoutFact({ role: 'visitor', statusCode: '502' }, 'role'))).toBe('/diagnose?statusCode=502');
  });
});

describe('validateFacts (the API is strict)', () => {
  it('accepts vocabulary facts', () => {
    expect(validateFacts({ role: 'owner', logSignal: 'no-such-file' })).toEqual({ facts: { role: 'owner', logSignal: 'no-such-file' }, problems: [] });
  });

  it('names each key or value it does not understand', () => {
    const { problems } = validateFacts({ role: 'admin', hostingg: 'vps', statusCode: 502 });
    expect(problems.map((p) => p.key)).toEqual(['role', 'hostingg', 'statusCode']);
    expect(problems[0].problem).toContain('visitor, owner, unknown');
  });

  it('refuses anything but an object', () => {
    for (const bad of [null, 'role=owner', [], 42]) expect(validateFacts(bad).problems).toHaveLength(1);
  });
});
