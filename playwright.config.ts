import { defineConfig, devices } from '@playwright/test';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Browser tests run in Debian's Chromium (Playwright cannot download its own here), kept off the
 * network, against what readers and editors get:
 *
 * - the Dateline server (`npm run build`, then `npm run serve` with a fresh SQLite database for
 *   the run and an editor made with `npm run user`: tests/fixtures/server/start.mjs) on PORT;
 * - a newsroom's site on PORT + 1 (tests/fixtures/embed/host-server.mjs), another origin for
 *   the embeds' host pages;
 * - the static site (`npm run build:static`) on a plain file host on PORT + 2, for the `static`
 *   project (tests/e2e/static.spec.ts), so that newsrooms that host files only keep working.
 *
 * Set E2E_DEV=1 to test against the dev server instead while iterating.
 */
const port = Number(process.env.PORT ?? 4173);
const staticPort = port + 2;
const dev = !!process.env.E2E_DEV;

// One database per port, deleted when its server starts: the tests (which add accounts with the
// `user` command) and the server they reuse when not in CI agree on it.
process.env.DATELINE_E2E_DB ??= join(tmpdir(), `dateline-e2e-${port}.sqlite`);

export const chromiumLaunch = {
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-quic',
		'--no-first-run',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--disable-default-apps',
		// The omnibox's WebUI popup (Chromium 15x) is preloaded in a renderer of its own even
		// headless, about a second of CPU per window: on two cores it slows every page measured.
		'--disable-features=Translate,OptimizationHints,MediaRouter,WebUIOmniboxPopup,WebUIOmniboxAimPopup'
	]
};

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: process.env.CI ? 1 : 0,
	workers: 2,
	timeout: 30_000,
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		launchOptions: chromiumLaunch,
		// Far from UTC, as the unit tests run, so that local-time bugs surface in the browser too.
		timezoneId: 'America/Los_Angeles',
		trace: 'retain-on-failure'
	},
	projects: [
		{
			name: 'desktop',
			use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } },
			testIgnore: /static\.spec\.ts/,
			grepInvert: /@phone-only|@alone/
		},
		{
			// Phone checks run only where a test asks for them, to keep the suite quick.
			name: 'phone',
			use: {
				...devices['Pixel 7'],
				viewport: { width: 390, height: 844 },
				defaultBrowserType: 'chromium'
			},
			testIgnore: /static\.spec\.ts/,
			grep: /@phone/
		},
		{
			name: 'static',
			use: {
				...devices['Desktop Chrome'],
				viewport: { width: 1280, height: 800 },
				baseURL: `http://127.0.0.1:${staticPort}`
			},
			testMatch: /static\.spec\.ts/
		},
		{
			// Tests that measure the page's own responsiveness (`tests/e2e/alone.ts`): after every
			// other project, one at a time, so no other test's Chromium shares the two cores.
			name: 'alone',
			use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } },
			testIgnore: /static\.spec\.ts/,
			grep: /@alone/,
			dependencies: ['desktop', 'phone', 'static'],
			workers: 1
		}
	],
	webServer: [
		{
			command: dev
				? `npx vite dev --port ${port} --strictPort --host 127.0.0.1`
				: 'npm run build && node tests/fixtures/server/start.mjs',
			url: `http://127.0.0.1:${port}/`,
			env: {
				PORT: String(port),
				HOST: '127.0.0.1',
				DATELINE_DB: process.env.DATELINE_E2E_DB,
				DATABASE_URL: ''
			},
			reuseExistingServer: !process.env.CI,
			timeout: 180_000
		},
		{
			// Another origin, standing in for a newsroom's site, for the embed tests' host pages.
			command: 'node tests/fixtures/embed/host-server.mjs',
			url: `http://127.0.0.1:${port + 1}/health`,
			env: { PORT: String(port) },
			reuseExistingServer: !process.env.CI
		},
		{
			command: 'npm run build:static && node tests/fixtures/server/static.mjs',
			url: `http://127.0.0.1:${staticPort}/`,
			env: { STATIC_PORT: String(staticPort) },
			reuseExistingServer: !process.env.CI,
			timeout: 180_000
		}
	]
});
