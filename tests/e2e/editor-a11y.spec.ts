/**
 * The new-timeline page (issue 6) has no axe-core violations in either theme, at each stage a
 * person goes through, and reads well at phone width: nothing wider than the screen, and the
 * selection's actions within reach.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { noViolationsInEitherTheme } from './helpers/axe';
import { reviewDraft } from './helpers/editors';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const seedText = readFileSync('data/articles/000_03c01ab374849cc1.txt', 'utf8');

const noViolations = (page: Page) => noViolationsInEitherTheme(page, WCAG);

test('/new/ has no axe violations in either theme, from the empty page to the draft under review @phone', async ({
	page
}) => {
	// Five stages, each checked in both themes: several seconds a stage on a loaded 2-core machine.
	test.setTimeout(120_000);
	await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
	await page.goto('/new/');
	// The editor starts in the browser (no server rendering): give it time to load.
	await expect(page.getByLabel(/Paste the article/)).toBeVisible({ timeout: 15_000 });
	await page.getByRole('button', { name: 'Read the article' }).click();
	await expect(page.getByRole('alert').filter({ hasText: 'The box is empty' })).toBeVisible();
	await noViolations(page);
	// A file refused: the chooser is marked invalid and described by the reason.
	await page.getByLabel(/Import a timeline/).setInputFiles({
		name: 'broken.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{ "version": 1, ')
	});
	await expect(page.getByRole('alert').filter({ hasText: 'broken.json' })).toBeVisible();
	await noViolations(page);

	await page.getByLabel(/Paste the article/).fill(seedText);
	await page.getByRole('button', { name: 'Read the article' }).click();
	await expect(page.getByLabel('Publication date')).toBeVisible({ timeout: 15_000 });
	// The pressed button is gone: the next step's heading has the focus, not the page's body.
	await expect(page.getByRole('heading', { name: '2. When was it published?' })).toBeFocused();
	await noViolations(page);

	await page.getByRole('button', { name: 'Build the timeline' }).click();
	await expect(page.getByRole('heading', { name: /^Events \(\d+\)$/ })).toBeVisible({
		timeout: 20_000
	});
	await expect(page.locator('main.editor h2').first()).toBeFocused();
	const card = page.locator('article.event').first();
	await card.getByRole('button', { name: /^Edit/ }).click();
	await card.getByRole('button', { name: /^Merge…/ }).click();
	// Refusals beside their fields: words not in the article, an id without letters.
	await page.getByLabel('Or find exact words to select').fill('Islamic Republic');
	await page.getByRole('button', { name: 'Find', exact: true }).click();
	await expect(page.getByRole('alert').filter({ hasText: 'is not in the article' })).toBeVisible();
	await page.getByLabel('Id (its file name)').fill('!!!');
	await page.getByLabel('Id (its file name)').press('Enter');
	await expect(page.getByRole('alert').filter({ hasText: 'at least one letter' })).toBeVisible();
	await page.getByLabel('Or find exact words to select').fill('Islamic State');
	await page.getByRole('button', { name: 'Find', exact: true }).click();
	await expect(page.getByRole('button', { name: 'Add as new event' })).toBeVisible();
	// Signed out, the Publish control is the way to sign in (signed in: editors-a11y.spec.ts).
	await expect(page.getByRole('link', { name: 'Sign in to publish' })).toBeVisible();
	await noViolations(page);

	// An event added from the selection, its suggested date flagged and waiting to be confirmed.
	await page.getByRole('button', { name: 'Add as new event' }).click();
	const added = page.locator('article.event', { has: page.locator('input[name="date"]:focus') });
	await expect(added.getByRole('button', { name: 'Confirm date' })).toBeVisible();
	await expect(added.getByText('Date not confirmed')).toBeVisible();
	await noViolations(page);
});

test('at phone width the draft fits the screen and the selection can be added from where it is read @phone-only', async ({
	page
}) => {
	await reviewDraft(page, seedText);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
	await page.screenshot({ path: test.info().outputPath('phone-review.png') });
	await page.getByLabel('Or find exact words to select').fill('Islamic State');
	await page.getByRole('button', { name: 'Find', exact: true }).click();
	const add = page.getByRole('button', { name: 'Add as new event' });
	await expect(add).toBeInViewport();
	await page.screenshot({ path: test.info().outputPath('phone-selection.png') });
	await add.tap();
	// The new event's editor opens on its date, suggested from "in 2014" in the same sentence,
	// with the button that confirms it beside the note, on screen and inside it.
	await expect(page.locator('input[name="date"]:focus')).toHaveValue('2014');
	const confirm = page.getByRole('button', { name: 'Confirm date' });
	await confirm.scrollIntoViewIfNeeded();
	await expect(confirm).toBeInViewport({ ratio: 1 });
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
	await page.screenshot({ path: test.info().outputPath('phone-confirm.png') });
	await confirm.tap();
	await expect(
		page.locator('article.event').getByText("Date confirmed by the editor from '2014'")
	).toBeVisible();
});
