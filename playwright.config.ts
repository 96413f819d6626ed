import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH_ARGS, findChromium } from './electron/services/pdf.js';

// End-to-end tests drive Debian's Chromium (no browser download here) against
// `handoff serve`; Electron tests drive the desktop app where its binary exists.
const CHROMIUM_PATH = findChromium() ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'test',
  testMatch: ['e2e/**/*.spec.ts', 'electron/**/*.spec.ts'],
  globalSetup: './test/support/playwright-setup.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 2,
  // A stray test.only must not make CI pass on one test.
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    browserName: 'chromium',
    viewport: { width: 1440, height: 900 },
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_LAUNCH_ARGS },
    trace: 'retain-on-failure',
  },
});
