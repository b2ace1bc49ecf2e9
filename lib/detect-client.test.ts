import { describe, expect, it } from 'vitest';
import { detectClient } from './detect-client';

// Real User-Agent strings as the browsers sent them (2025–2026 versions).
const cases: [string, string, ReturnType<typeof detectClient>][] = [
  ['Chrome on Windows', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36', { device: 'desktop', os: 'windows', browser: 'chrome' }],
  ['Edge on Windows', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36 Edg/142.0.0.0', { device: 'desktop', os: 'windows', browser: 'edge' }],
  ['Firefox on Linux', 'Mozilla/5.0 (X11; Linux x86_64; rv:145.0) Gecko/20100101 Firefox/145.0', { device: 'desktop', os: 'linux', browser: 'firefox' }],
  ['Safari on macOS', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.0 Safari/605.1.15', { device: 'desktop', os: 'macos', browser: 'safari' }],
  ['Safari on iPhone', 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.6 Mobile/15E148 Safari/604.1', { device: 'mobile', os: 'ios', browser: 'safari' }],
  ['Chrome on iPhone', 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/142.0.0.0 Mobile/15E148 Safari/604.1', { device: 'mobile', os: 'ios', browser: 'chrome' }],
  ['Chrome on Android', 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Mobile Safari/537.36', { device: 'mobile', os: 'android', browser: 'chrome' }],
  ['Samsung Internet', 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/28.0 Chrome/130.0.0.0 Mobile Safari/537.36', { device: 'mobile', os: 'android', browser: 'other' }],
  ['Chrome on ChromeOS', 'Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36', { device: 'desktop', os: 'chromeos', browser: 'chrome' }],
  ['curl', 'curl/8.5.0', { device: 'desktop', os: undefined, browser: 'other' }],
  ['no header', '', { device: 'desktop', os: undefined, browser: undefined }],
];

describe('detectClient', () => {
  it.each(cases)('%s', (_name, ua, expected) => {
    expect(detectClient(ua)).toEqual(expected);
  });
});
