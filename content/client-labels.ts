/** How systems and browsers are named to people. */
export const clientLabels = {
  os: { windows: 'Windows', macos: 'Mac', linux: 'Linux', android: 'Android', ios: 'iPhone or iPad', chromeos: 'ChromeOS' },
  browser: { chrome: 'Chrome', firefox: 'Firefox', safari: 'Safari', edge: 'Edge', other: 'another browser' },
} as const;
