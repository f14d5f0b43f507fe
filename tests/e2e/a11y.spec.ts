/**
 * Zero axe-core violations on every page, in the light and the dark theme, with and without an
 * event's detail panel open (issue 4, "Accessible"). Pages by other features add themselves to
 * `pages` below.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { Dataset } from '../../src/lib/data/schema';

const seed = JSON.parse(
	readFileSync(new URL('../../data/timelines/iraq-coalition-exit.json', import.meta.url), 'utf8')
) as Dataset;

/** Each page, and what to wait for before checking it. */
const pages: { path: string; ready: (page: Page) => Promise<void> }[] = [
	{ path: '/', ready: timelineReady },
	{ path: `/t/${seed.id}/`, ready: timelineReady },
	{ path: `/t/${seed.id}/#${seed.events[0].id}`, ready: panelReady(seed.events[0].title) },
	{ path: `/#${seed.events.at(-1)!.id}`, ready: panelReady(seed.events.at(-1)!.title) }
];

async function timelineReady(page: Page) {
	await expect(page.getByTestId('timeline').locator('[data-event-id]').first()).toBeVisible({
		timeout: 20_000
	});
}

function panelReady(title: string) {
	return async (page: Page) => {
		await timelineReady(page);
		await expect(page.getByRole('region', { name: title, exact: true })).toBeVisible();
	};
}

for (const scheme of ['light', 'dark'] as const) {
	for (const { path, ready } of pages) {
		test(`${path} has no axe violations in the ${scheme} theme @phone`, async ({ page }) => {
			await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
			await page.goto(path);
			await ready(page);
			const results = await new AxeBuilder({ page }).analyze();
			const summary = results.violations.map(
				(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`
			);
			expect(summary).toEqual([]);
		});
	}
}
