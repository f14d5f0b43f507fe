/**
 * The embed page and the Embed panel have no axe-core violations, in both themes, closed and
 * with an event open (issue 5; the timeline page's own check is in a11y.spec.ts).
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Dataset } from '../../src/lib/data/schema';

const dataset: Dataset = JSON.parse(
	readFileSync(new URL('../../data/timelines/iraq-coalition-exit.json', import.meta.url), 'utf8')
);

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

for (const theme of ['light', 'dark'] as const) {
	test(`the embed page has no axe violations in the ${theme} theme, closed and with an event open @phone`, async ({
		page
	}) => {
		await page.goto(`/embed/${dataset.id}/?theme=${theme}`);
		await expect(page.locator('[data-event-id]').first()).toBeVisible();
		await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
		const closed = await new AxeBuilder({ page }).withTags(WCAG).analyze();
		expect(closed.violations).toEqual([]);

		const event = dataset.events[0];
		await page.locator(`[data-event-id="${event.id}"]`).click();
		await expect(page.getByRole('region', { name: event.title })).toBeVisible();
		const open = await new AxeBuilder({ page }).withTags(WCAG).analyze();
		expect(open.violations).toEqual([]);
	});

	test(`the Embed panel has no axe violations in the ${theme} colour scheme`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: theme });
		await page.goto(`/t/${dataset.id}/`);
		await expect(page.getByTestId('timeline')).toBeVisible();
		await page.getByRole('button', { name: 'Embed', exact: true }).click();
		const dialog = page.getByRole('dialog', { name: 'Embed this timeline' });
		await expect(dialog).toBeVisible();
		// The preview is the embed page, checked above; here, the panel around it.
		const results = await new AxeBuilder({ page })
			.include('dialog[open]')
			.exclude('dialog[open] iframe')
			.withTags(WCAG)
			.analyze();
		expect(results.violations).toEqual([]);
	});
}
