/**
 * Zero axe-core violations on the editors' pages and the withdrawn notices, in the light and the
 * dark theme, at desktop and phone widths.
 */
import { expect, test } from '@playwright/test';
import { noViolationsInEitherTheme as noViolations } from './helpers/axe';
import {
	publishInEditor,
	publishedPanel,
	retitleAndPublish,
	signIn,
	timeline,
	uniqueId
} from './helpers/editors';

test.describe('in either theme', () => {
	test.beforeEach(async ({ page }) => {
		// Many pages, each checked in both themes: more than the default 30 s on a busy machine.
		test.setTimeout(120_000);
		await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
	});

	test('the sign-in page and the editors’ pages have no axe violations @phone', async ({
		page
	}) => {
		await page.goto('/signin/');
		await noViolations(page);
		const id = uniqueId('a11y');
		await signIn(page);
		await publishInEditor(page, timeline(id, 'First version'));
		// The editor's Publish control, published, with its snippet.
		await expect(publishedPanel(page, 1)).toBeVisible();
		await noViolations(page);
		await retitleAndPublish(page, 'Second version', 2);
		for (const path of ['/editor/', `/editor/t/${id}/`, `/editor/t/${id}/v/1/`, '/admin/']) {
			await page.goto(path);
			if (path.includes('/v/')) await expect(page.getByTestId('timeline')).toBeVisible();
			await noViolations(page);
		}
	});

	test('a withdrawn timeline’s history, page and embed have no axe violations @phone', async ({
		page
	}) => {
		const id = uniqueId('a11y-withdrawn');
		await signIn(page);
		await publishInEditor(page, timeline(id, 'Withdrawn soon'));
		await page.goto(`/editor/t/${id}/`);
		await page.getByText('Withdraw this timeline…').click();
		await page.getByRole('button', { name: /^Withdraw “/ }).click();
		await expect(page.getByRole('status')).toBeVisible();
		await noViolations(page);
		for (const path of [`/t/${id}/`, `/embed/${id}/`]) {
			await page.goto(path);
			await expect(
				page.getByRole('heading', { name: 'This timeline was withdrawn' })
			).toBeVisible();
			await noViolations(page);
		}
	});
});
