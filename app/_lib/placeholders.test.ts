import { describe, expect, it } from 'vitest';
import { fillIn, NOW, ORIGIN } from './placeholders';

describe('fillIn', () => {
  const text = `Link: ${ORIGIN}/diagnose?role=owner\nTime: ${NOW}\nAgain: ${ORIGIN}/ at ${NOW}`;

  it("puts the reader's origin and time in every placeholder", () => {
    expect(fillIn(text, { origin: 'https://help.example.com', now: new Date('2026-11-22T09:30:59Z') })).toBe(
      'Link: https://help.example.com/diagnose?role=owner\nTime: 2026-11-22 09:30 UTC\nAgain: https://help.example.com/ at 2026-11-22 09:30 UTC',
    );
  });

  it('takes words for what is not known yet (JavaScript off)', () => {
    expect(fillIn(text, { origin: '', now: '[time]' })).toBe('Link: /diagnose?role=owner\nTime: [time]\nAgain: / at [time]');
  });
});
