/**
 * Large datasets given by URL (issue 15): the page stays small in the DOM whatever the dataset's
 * size (the list under the timeline renders a window of its entries, each saying where it stands,
 * in keyboard order), prints every entry, and loads a 40 MB dataset with visible progress, the
 * page answering all along. Synthetic datasets (`scripts/syntheticDataset.ts`), served from
 * another origin.
 */
import { ALONE } from './alone';
import { expect, test, type Page } from '@playwright/test';
import { syntheticDataset } from '../../scripts/syntheticDataset';
import { listDrawn, serve } from './timelineHelpers';

/** Opens the timeline page on a synthetic dataset of `n` events, once its timeline is drawn. */
async function openSynthetic(page: Page, url: string) {
	await page.goto(`/?src=${encodeURIComponent(url)}`);
	await expect(page.getByTestId('timeline').locator('[data-event-id]').first()).toBeVisible({
		timeout: 60_000
	});
	await listDrawn(page);
}

/** The list's entries in the DOM, by their place in the whole list. */
const rendered = (page: Page) =>
	page
		.locator('.event-list > li[aria-posinset]')
		.evaluateAll((els) => els.map((el) => Number(el.getAttribute('aria-posinset'))));

test.describe('10,000 events', () => {
	test.describe.configure({ timeout: 90_000 });
	let url = '';
	test.beforeAll(async ({ request }) => {
		url = await serve(request, 'ten-thousand', JSON.stringify(syntheticDataset(10_000)));
	});

	test('keep the page under 5,000 elements, the list saying where each entry stands', async ({
		page
	}) => {
		await openSynthetic(page, url);
		await expect(page.getByRole('heading', { name: 'All 10,000 events' })).toBeVisible();
		expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeLessThan(5000);
		const places = await rendered(page);
		expect(places.length).toBeGreaterThan(3);
		expect(places.length).toBeLessThan(200);
		// The first and the last are always there, so Tab and Shift+Tab land on them.
		expect(places[0]).toBe(1);
		expect(places.at(-1)).toBe(10_000);
		await expect(page.locator('.event-list > li[aria-posinset]').first()).toHaveAttribute(
			'aria-setsize',
			'10000'
		);

		// Scrolled halfway down the list, the entries there are drawn, in order.
		await page
			.locator('.event-list')
			.evaluate((list) =>
				window.scrollTo(
					0,
					list.getBoundingClientRect().top +
						window.scrollY +
						list.getBoundingClientRect().height / 2
				)
			);
		await expect
			.poll(async () => (await rendered(page)).filter((n) => n > 3000 && n < 7000).length)
			.toBeGreaterThan(3);
		const middle = await rendered(page);
		expect(middle).toEqual([...middle].sort((a, b) => a - b));
		const onScreen = await page.locator('.event-list > li[aria-posinset]').evaluateAll(
			(els) =>
				els.filter((el) => {
					const r = el.getBoundingClientRect();
					return r.bottom > 0 && r.top < window.innerHeight;
				}).length
		);
		expect(onScreen).toBeGreaterThan(0);
	});

	test('Tab walks the list’s entries in order, past the ones drawn at first', async ({ page }) => {
		await openSynthetic(page, url);
		const links = page.locator('.event-list > li[aria-posinset] h3 a');
		await links.first().focus();
		const place = () =>
			page.evaluate(() =>
				Number(document.activeElement?.closest('li')?.getAttribute('aria-posinset') ?? -1)
			);
		expect(await place()).toBe(1);
		const visited = [];
		for (let i = 0; i < 40; i++) {
			await page.keyboard.press('Tab');
			visited.push(await place());
		}
		expect(visited).toEqual(Array.from({ length: 40 }, (_, i) => i + 2));
		for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+Tab');
		expect(await place()).toBe(36);
	});
});

test('a short list stays whole on a phone, so find-in-page and a fast scroll meet no gaps', async ({
	page,
	request
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	const url = await serve(request, 'one-fifty', JSON.stringify(syntheticDataset(150)));
	await openSynthetic(page, url);
	await expect(page.getByRole('heading', { name: 'All 150 events' })).toBeVisible();
	expect(await rendered(page)).toEqual(Array.from({ length: 150 }, (_, i) => i + 1));
	await expect(page.locator('.event-list > li.gap')).toHaveCount(0);
});

test('a dataset given by URL shows its timeline in a frame of its own, the list following, and the overview in a few elements', async ({
	page,
	request
}) => {
	const url = await serve(request, 'first-frame', JSON.stringify(syntheticDataset(1000)));
	// Looked at in every frame from the page's start, before anything else the frame runs: what the
	// first frame that shows events holds. (Polling from the test can begin after that frame on a
	// busy machine.)
	await page.addInitScript(() => {
		const look = () => {
			if (document.querySelector('[data-testid="timeline"] [data-event-id]'))
				document.documentElement.dataset.firstFrameRows = String(
					document.querySelectorAll('.event-list > li').length
				);
			else requestAnimationFrame(look);
		};
		requestAnimationFrame(look);
	});
	await page.goto(`/?src=${encodeURIComponent(url)}`);
	await expect(page.locator('html')).toHaveAttribute('data-first-frame-rows', '0', {
		timeout: 60_000
	});
	await listDrawn(page);
	expect((await rendered(page)).length).toBeGreaterThan(3);
	// The density of 1,000 events over the strip is one path, not an element per slice.
	expect(await page.locator('svg.overview *').count()).toBeLessThan(40);
});

test('a dataset given by URL is asked for once, by the page as it arrives, which hands its reader’s worker the answer', async ({
	page,
	request
}) => {
	const url = await serve(request, 'asked-early', JSON.stringify(syntheticDataset(200)));
	const asked: string[] = [];
	page.on('request', (r) => {
		if (r.url() === url) asked.push('dataset');
	});
	// What the page tells its workers, by the state of each message.
	await page.addInitScript(() => {
		const told: string[] = ((window as unknown as { told: string[] }).told = []);
		const post = Worker.prototype.postMessage;
		Worker.prototype.postMessage = function (
			this: Worker,
			...args: Parameters<Worker['postMessage']>
		) {
			told.push(String((args[0] as { state?: string })?.state));
			return post.apply(this, args);
		} as Worker['postMessage'];
	});
	await openSynthetic(page, url);
	// The page asked; its worker, whose thread starts later, reads the answer it was handed.
	expect(await page.evaluate(() => (window as unknown as { told: string[] }).told)).toEqual([
		'answered'
	]);
	expect(asked).toEqual(['dataset']);
	await expect(page.getByRole('heading', { name: /^All 200 events/ })).toBeVisible();

	// A page that reads ?src= its own way (an embed) is not asked for it twice.
	asked.length = 0;
	await page.goto(`/embed/?src=${encodeURIComponent(url)}`);
	await expect(page.getByTestId('timeline').locator('[data-event-id]').first()).toBeVisible();
	expect(asked.filter((what) => what === 'dataset')).toEqual(['dataset']);
});

test('once its code comes, the detail panel is rehearsed out of sight: hidden, inert and silent, gone a frame later, nothing on the page moved', async ({
	page
}) => {
	// Every box added to the body, as it stands once the script that added it has run.
	await page.addInitScript(() => {
		const seen: object[] = [];
		Object.assign(window, { __boxes: seen, __shift: 0 });
		new MutationObserver((records) => {
			for (const record of records)
				for (const node of record.addedNodes) {
					if (!(node instanceof HTMLElement) || node.parentElement !== document.body) continue;
					seen.push({
						panel: node.querySelector('[role="region"] h2') !== null,
						visibility: getComputedStyle(node).visibility,
						inert: node.inert,
						ariaHidden: node.getAttribute('aria-hidden'),
						height: node.getBoundingClientRect().height
					});
				}
		}).observe(document, { childList: true, subtree: true });
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries())
				(window as unknown as { __shift: number }).__shift += (
					entry as unknown as { value: number }
				).value;
		}).observe({ type: 'layout-shift', buffered: true });
	});
	await page.goto('/');
	const timeline = page.getByTestId('timeline');
	await expect(timeline.locator('[data-event-id]').first()).toBeVisible();
	const shiftBefore = await page.evaluate(() => (window as unknown as { __shift: number }).__shift);
	await timeline.hover();
	await expect
		.poll(() => page.evaluate(() => (window as unknown as { __boxes: object[] }).__boxes))
		.toContainEqual({
			panel: true,
			visibility: 'hidden',
			inert: true,
			ariaHidden: 'true',
			height: 0
		});
	await expect(page.locator('body > [inert]')).toHaveCount(0);
	expect(await page.evaluate(() => (window as unknown as { __shift: number }).__shift)).toBe(
		shiftBefore
	);
	expect(await page.evaluate(() => scrollY)).toBe(0);
	// The reader's first event then opens as any other, its panel the only one.
	await timeline.locator('[data-event-id]').first().click();
	await expect(page.locator('[id^="detail-title-"]')).toHaveCount(1);
	await expect(page.locator('[id^="detail-title-"]')).toBeVisible();
	await expect(page.locator('[id^="detail-title-rehearsal"]')).toHaveCount(0);
});

test('printing a list of 3,000 events prints every entry', async ({ page, request }) => {
	test.setTimeout(90_000);
	const url = await serve(request, 'three-thousand', JSON.stringify(syntheticDataset(3000)));
	await openSynthetic(page, url);
	expect((await rendered(page)).length).toBeLessThan(200);
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.event-list > li[aria-posinset]')).toHaveCount(3000, {
		timeout: 20_000
	});
	await page.emulateMedia({ media: 'screen' });
	await expect.poll(async () => (await rendered(page)).length).toBeLessThan(200);
});

test(
	'a 40 MB dataset loads with visible progress, and the page keeps answering',
	ALONE,
	async ({ page, request }) => {
		test.setTimeout(180_000);
		const body = JSON.stringify(syntheticDataset(160_000));
		expect(body.length).toBeGreaterThan(39_000_000);
		const url = await serve(request, 'forty-megabytes', body);
		// Every frame the page draws while it loads, from the first.
		await page.addInitScript(() => {
			const gaps: number[] = [];
			(window as unknown as { __gaps: number[] }).__gaps = gaps;
			let last = performance.now();
			const frame = (now: number) => {
				gaps.push(now - last);
				last = now;
				requestAnimationFrame(frame);
			};
			requestAnimationFrame(frame);
		});
		await page.goto(`/?src=${encodeURIComponent(url)}`);
		const status = page.getByRole('status');
		await expect(status.locator('progress')).toBeVisible({ timeout: 20_000 });
		await expect(status).toContainText(/Downloading|Reading|Checking|Laying out/);
		await expect(
			page.getByTestId('timeline').locator('[data-event-id], .cluster').first()
		).toBeVisible({ timeout: 120_000 });
		await expect(page.getByRole('heading', { name: 'All 160,000 events' })).toBeVisible();
		const longest = await page.evaluate(() =>
			Math.max(...(window as unknown as { __gaps: number[] }).__gaps)
		);
		// Reading and checking 40 MB takes seconds; none of it holds the page for a whole second.
		expect(longest).toBeLessThan(1000);
	}
);
