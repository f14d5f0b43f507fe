/**
 * The Content-Security-Policy (issue 17) blocks nothing the app does: readers' pages (with an
 * event opened, and with a dataset by URL), the embed (with its messages to the host page), the
 * editor (its Web Worker extraction, its HTML import through Readability) and the editors' pages.
 */
import { expect, test } from '@playwright/test';
import { extractHtmlInEditor, watchViolations } from './helpers/csp';
import { seed, signIn } from './helpers/editors';

const event = seed.events[0];

test('a reader’s page and a dataset by URL run under the policy', async ({ page }) => {
	const violations = await watchViolations(page);
	await page.goto(`/t/${seed.id}/`);
	await expect(page.getByTestId('timeline')).toBeVisible();
	await page.getByRole('button', { name: event.title }).first().click();
	await expect(page.getByRole('region', { name: event.title })).toBeVisible();
	await page.goto(`/t/${seed.id}/?src=${encodeURIComponent(`/t/${seed.id}.json`)}`);
	await expect(page.getByTestId('timeline')).toBeVisible();
	expect(await violations()).toEqual([]);
});

test('the embed runs under the policy, and /embed.js on a host page talks to it', async ({
	page
}) => {
	const violations = await watchViolations(page);
	await page.goto(`/embed/${seed.id}/?theme=dark`);
	await expect(page.getByTestId('timeline')).toBeVisible();
	expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
	await page.locator('[data-event-id]').first().click();
	await expect(page.locator('[role="region"]').first()).toBeVisible();
	expect(await violations()).toEqual([]);
});

test('the editor reads HTML with Readability and extracts in its Web Worker under the policy', async ({
	page
}) => {
	const violations = await watchViolations(page);
	await extractHtmlInEditor(page);
	expect(await violations()).toEqual([]);
});

test('the editors’ pages run under the policy', async ({ page }) => {
	const violations = await watchViolations(page);
	await signIn(page);
	for (const path of [
		'/editor/',
		`/editor/t/${seed.id}/`,
		`/editor/t/${seed.id}/v/1/`,
		'/admin/'
	]) {
		await page.goto(path);
		await expect(page.locator('h1').first()).toBeVisible();
	}
	expect(await violations()).toEqual([]);
});
