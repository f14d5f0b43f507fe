/**
 * A timeline's history, for its editors: every version with who published it and when, opening
 * an earlier one as readers saw it, and publishing it again.
 */
import { expect, test } from '@playwright/test';
import {
	editor,
	publishInEditor,
	retitleAndPublish,
	signIn,
	timeline,
	uniqueId
} from './helpers/editors';

test('an editor opens an earlier version and restores it, and readers get it', async ({ page }) => {
	const id = uniqueId('history');
	await signIn(page);
	await publishInEditor(page, timeline(id, 'The first version'));
	await retitleAndPublish(page, 'A mistaken second version', 2);

	await page.goto('/editor/');
	await page.getByRole('link', { name: 'A mistaken second version', exact: true }).click();
	await expect(page).toHaveURL(new RegExp(`/editor/t/${id}/$`));
	const rows = page.locator('tbody tr');
	await expect(rows).toHaveCount(2);
	await expect(rows.nth(0)).toContainText('A mistaken second version');
	await expect(rows.nth(0)).toContainText(`by ${editor.email}`);
	await expect(rows.nth(0)).toContainText('live');
	await expect(rows.nth(1)).toContainText('The first version');

	// Open version 1: the timeline as readers saw it, under a banner.
	await page.getByRole('link', { name: 'Open version 1' }).click();
	const banner = page.getByRole('region', { name: 'Which version this is' });
	await expect(banner).toContainText('Version 1 of 2');
	await expect(banner).toContainText('Readers do not get this version now.');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('The first version');
	await expect(page.getByTestId('timeline')).toBeVisible();

	await banner.getByRole('button', { name: 'Publish version 1 again' }).click();
	await expect(page.getByRole('status')).toContainText(
		'Version 1 is published again, as version 3'
	);
	await expect(rows).toHaveCount(3);
	await expect(rows.nth(0)).toContainText('restored from version 1');

	const readers = await page.request.get(`/t/${id}.json`);
	expect((await readers.json()).title).toBe('The first version');
});

test('a restore from a stale history is refused, naming the newer version', async ({
	page,
	browser
}) => {
	const id = uniqueId('stale');
	await signIn(page);
	await publishInEditor(page, timeline(id, 'One'));
	await retitleAndPublish(page, 'Two', 2);
	await page.goto(`/editor/t/${id}/`);

	// Meanwhile, in another browser, version 3 is published from /new/.
	const other = await browser.newPage();
	await signIn(other);
	await other.goto(`/editor/t/${id}/`);
	await other.getByRole('link', { name: 'Continue it in the editor' }).click();
	await expect(other.getByRole('heading', { name: /^Events \(\d+\)$/ })).toBeVisible();
	await retitleAndPublish(other, 'Three', 3);
	await other.close();

	await page.getByRole('button', { name: 'Restore version 1' }).click();
	await expect(page.getByRole('alert')).toHaveText(
		`Version 3 of "${id}" was published after version 2, which this update started from: open the latest to update it`
	);
	expect((await (await page.request.get(`/t/${id}.json`)).json()).title).toBe('Three');
});
