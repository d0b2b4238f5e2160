import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3100);
// The same build serving a release of fixture content beside the real content (scripts/fixture-site.mjs),
// for the specs that need volume; tests/e2e/support/fixture.ts gives them its address.
const FIXTURE_PORT = Number(process.env.E2E_FIXTURE_PORT ?? PORT + 1);
process.env.E2E_FIXTURE_PORT = String(FIXTURE_PORT);
// The test server's own database, with the staff accounts the tests log in with (tests/e2e/support/forms.ts).
const DATA = '.cache/e2e-data';
const account = (email: string, password: string) =>
  `printf '%s' '${password}' | node scripts/run-ts.mjs scripts/beheer.ts account toevoegen ${email} >/dev/null`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['json', { outputFile: '.reports/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        // Debian's Chromium: Playwright's own browser download cannot work on this network.
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        },
      },
    },
  ],
  webServer: [
    {
      // The production build behind the production server, as visitors get it (npm test builds it first).
      command: [
        `rm -rf ${DATA}`,
        account('e2e@example.org', 'e2e-wachtwoord-lang-genoeg'),
        account('slot@example.org', 'slot-wachtwoord-lang-genoeg'),
        `node scripts/run-ts.mjs scripts/serve.ts --port ${PORT} --hostname 127.0.0.1`,
      ].join(' && '),
      // Many tests post forms from one address: the limit per address is tested on a server of its own.
      env: { GKA_DATA_DIR: DATA, GKA_FORM_LIMIT: '100000' },
      url: `http://127.0.0.1:${PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      // The same build, served with the fixture content as its release (scripts/fixture-site.mjs
      // publishes it into a store of its own first when it is out of date; npm test has done that
      // already, so here it only checks).
      command: `node scripts/fixture-site.mjs && node scripts/run-ts.mjs scripts/serve.ts --port ${FIXTURE_PORT} --hostname 127.0.0.1`,
      env: { GKA_DATA_DIR: '.cache/e2e-fixture-data', GKA_RELEASES_DIR: '.cache/e2e-fixture-releases' },
      url: `http://127.0.0.1:${FIXTURE_PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 300_000,
    },
  ],
});
