import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3100);
const chromium = {
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  // As root Chromium needs --no-sandbox; the rest keep it off this machine's closed network.
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: chromium,
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions: chromium } },
    { name: 'phone', use: { ...devices['Pixel 7'], launchOptions: chromium }, grep: /@phone/ },
  ],
  webServer: {
    // The production server (`npm start`'s, page cache included) of the test build, which
    // scripts/test.mjs builds into .next-test.
    command: `node server.mjs -p ${port} -H 127.0.0.1`,
    // PROBE_ALLOW_PRIVATE lets the site check reach the tests' loopback targets (tests only).
    env: { NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? '.next-test', NEXT_TELEMETRY_DISABLED: '1', PROBE_ALLOW_PRIVATE: '1' },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
