/**
 * The search bar's stand-in (`TimelinePage.svelte`'s `.stand-in`): until the bar's code arrives,
 * on the reader's first move, a field and Filters / Download image buttons stand where the bar's
 * will be, so that nothing moves when it arrives. The bar's code is held back here (page.route)
 * to see both, at a phone's width and a laptop's.
 */
import { expect, test, type Page } from '@playwright/test';

type Box = { x: number; y: number; width: number; height: number };

/** Holds back the script holding the search bar until `release()` is called. */
async function holdTheBar(page: Page) {
	let release = () => {};
	const released = new Promise<void>((resolve) => (release = resolve));
	await page.route(/\.js(\?|$)/, async (route) => {
		const response = await route.fetch();
		const body = await response.text();
		if (body.includes('Search and filter the events')) await released;
		await route.fulfill({ response, body });
	});
	return release;
}

/** The boxes of the search field and the Filters and Download image controls under `scope`. */
async function controls(page: Page, scope: string, control: string): Promise<Box[]> {
	const boxes = [
		page.locator(`${scope} input[type="search"]`),
		page.locator(`${scope} ${control}`).filter({ hasText: /^Filters/ }),
		page.locator(`${scope} ${control}`).filter({ hasText: /^Download image/ })
	].map(async (locator) => (await locator.boundingBox())!);
	return Promise.all(boxes);
}

for (const width of [390, 1280]) {
	test(`the search bar arrives where its stand-in stood, nothing moving, at ${width} px`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height: 844 });
		await page.addInitScript(() => {
			const shifts = { total: 0 };
			Object.assign(window, { __shifts: shifts });
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries()) {
					const shift = entry as unknown as { value: number; hadRecentInput: boolean };
					if (!shift.hadRecentInput) shifts.total += shift.value;
				}
			}).observe({ type: 'layout-shift', buffered: true });
		});
		const release = await holdTheBar(page);
		await page.goto('/');
		await expect(page.getByTestId('timeline').locator('[data-event-id]').first()).toBeVisible();
		// The reader's first move asks for the bar, which is held: the stand-in stays.
		await page.mouse.move(width / 2, 300);
		await page.waitForTimeout(300);
		await expect(page.locator('.stand-in')).toBeVisible();
		const before = await controls(page, '.stand-in', 'button');
		const shifted = await page.evaluate(
			() => (window as unknown as { __shifts: { total: number } }).__shifts.total
		);

		release();
		await expect(page.getByRole('search')).toBeVisible();
		await expect(page.locator('.stand-in')).toHaveCount(0);
		const after = await controls(page, '[role="search"]', 'summary');
		// The field stays where it began (it gives the bar's ‹ › steps their room at its end).
		for (const side of ['x', 'y', 'height'] as const)
			expect(Math.abs(after[0][side] - before[0][side]), `the field's ${side}`).toBeLessThanOrEqual(
				1
			);
		for (const [i, name] of [
			[1, 'Filters'],
			[2, 'Download image']
		] as const) {
			for (const side of ['x', 'y', 'width', 'height'] as const) {
				expect(Math.abs(after[i][side] - before[i][side]), `${name}'s ${side}`).toBeLessThanOrEqual(
					1
				);
			}
		}
		// Nothing else moved either: the bar's arrival adds no layout shift.
		await page.waitForTimeout(300);
		const total = await page.evaluate(
			() => (window as unknown as { __shifts: { total: number } }).__shifts.total
		);
		expect(total - shifted).toBeLessThan(0.01);
	});
}
