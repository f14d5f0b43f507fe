import { expect, test } from '@playwright/test';

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the prerendered seed timeline lists its events in date order with dates and quotes', async ({
		page
	}) => {
		await page.goto('/t/iraq-coalition-exit/');
		const items = page.locator('.event-list > li');
		await expect(items).toHaveCount(5);
		const days = await items
			.locator('time')
			.evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
		expect(days.length).toBe(5);
		await expect(items.first().locator('time')).toHaveText('2014');
		await expect(page.locator('blockquote').first()).toContainText('2014');
	});
});
