/**
 * The root error page is not part of a reader's page (scripts/kitLazyErrorPage.ts): SvelteKit
 * loads it when it shows one. A navigation that ends on an error still shows it.
 */
import { expect, test } from '@playwright/test';

test('a navigation to an address with no page shows the error page, which the reader’s page loads only then', async ({
	page
}) => {
	const scripts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') scripts.push(request.url());
	});
	await page.goto('/');
	await expect(page.getByTestId('timeline').locator('[data-event-id]').first()).toBeVisible();
	const atLoad = new Set(scripts);
	// A link SvelteKit follows in the page, as any link of the site is; the page stays the same
	// document (its mark survives), so what shows the error is the page's own code.
	await page.evaluate(() => {
		(window as unknown as { __same?: boolean }).__same = true;
		const link = document.createElement('a');
		link.href = '/t/no-such-timeline/';
		link.textContent = 'Nowhere';
		document.body.append(link);
	});
	await page.getByRole('link', { name: 'Nowhere' }).click();
	await expect(page.locator('h1')).toHaveText('Not found');
	expect(await page.evaluate(() => (window as unknown as { __same?: boolean }).__same)).toBe(true);
	// The error page's code (its link home) came then, in a script of its own, not at load.
	const holds = async (url: string) =>
		(await (await page.request.get(url)).text()).includes('Go to the front page');
	const later = scripts.filter((url) => !atLoad.has(url));
	expect((await Promise.all(later.map(holds))).some(Boolean)).toBe(true);
	expect((await Promise.all([...atLoad].map(holds))).some(Boolean)).toBe(false);
});
