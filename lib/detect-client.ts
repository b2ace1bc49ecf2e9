/**
 * Guesses the visitor's device, OS and browser from a User-Agent string, only to decide which
 * instructions to show first. Facts in the URL always win, and the person can change them.
 * Order matters: Edge and Chrome on iOS both claim to be Safari; Edge claims to be Chrome.
 */
export type DetectedClient = {
  device: 'desktop' | 'mobile';
  os?: 'windows' | 'macos' | 'linux' | 'android' | 'ios' | 'chromeos';
  browser?: 'chrome' | 'firefox' | 'safari' | 'edge' | 'other';
};

function detectOs(ua: string): DetectedClient['os'] {
  if (/\b(iPhone|iPad|iPod)\b/.test(ua)) return 'ios';
  if (/\bAndroid\b/.test(ua)) return 'android';
  if (/\bCrOS\b/.test(ua)) return 'chromeos';
  if (/\bWindows\b/.test(ua)) return 'windows';
  // iPadOS asks for desktop sites as a Mac and cannot be told apart here: the person can switch.
  if (/\bMacintosh\b/.test(ua)) return 'macos';
  if (/\b(Linux|X11)\b/.test(ua)) return 'linux';
  return undefined;
}

function detectBrowser(ua: string): DetectedClient['browser'] {
  if (/\bEdg(e|A|iOS)?\//.test(ua)) return 'edge';
  if (/\b(Firefox|FxiOS)\//.test(ua)) return 'firefox';
  if (/\b(OPR|Opera|SamsungBrowser|YaBrowser|Vivaldi)\//.test(ua)) return 'other';
  if (/\b(Chrome|CriOS|Chromium)\//.test(ua)) return 'chrome';
  if (/\bSafari\//.test(ua) && /\bVersion\//.test(ua)) return 'safari';
  return ua ? 'other' : undefined;
}

export function detectClient(userAgent: string | null | undefined): DetectedClient {
  const ua = userAgent ?? '';
  const os = detectOs(ua);
  const mobile = os === 'ios' || os === 'android' || /\bMobi(le)?\b/.test(ua);
  return { device: mobile ? 'mobile' : 'desktop', os, browser: detectBrowser(ua) };
}
