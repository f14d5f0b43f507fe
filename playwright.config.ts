import { defineConfig, devices } from '@playwright/test';

/**
 * Browser tests run in Debian's Chromium (Playwright cannot download its own here), kept off the
 * network. They run against the built static site, as a reader would get it: `npm run build`,
 * then `vite preview`. Set E2E_DEV=1 to test against the dev server instead while iterating.
 */
const port = Number(process.env.PORT ?? 4173);
const dev = !!process.env.E2E_DEV;

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
		'--disable-features=Translate,OptimizationHints,MediaRouter'
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
			grepInvert: /@phone-only/
		},
		{
			// Phone checks run only where a test asks for them, to keep the suite quick.
			name: 'phone',
			use: {
				...devices['Pixel 7'],
				viewport: { width: 390, height: 844 },
				defaultBrowserType: 'chromium'
			},
			grep: /@phone/
		}
	],
	webServer: [
		{
			command: dev
				? `npx vite dev --port ${port} --strictPort --host 127.0.0.1`
				: `npm run build && npx vite preview --port ${port} --strictPort --host 127.0.0.1`,
			url: `http://127.0.0.1:${port}/`,
			reuseExistingServer: !process.env.CI,
			timeout: 180_000
		},
		{
			// Another origin, standing in for a newsroom's site, for the embed tests' host pages.
			command: 'node tests/fixtures/embed/host-server.mjs',
			url: `http://127.0.0.1:${port + 1}/health`,
			env: { PORT: String(port) },
			reuseExistingServer: !process.env.CI
		}
	]
});
