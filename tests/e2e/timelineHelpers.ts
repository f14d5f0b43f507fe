/**
 * What the browser tests of the timeline share: reading the visible window, opening a page until
 * its timeline is drawn, waiting for a move to end, and serving a dataset from another origin.
 */
import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';

/** One finger moved `dx`, `dy` pixels from `from` in ten steps, through CDP touch events. */
export async function swipe(page: Page, from: { x: number; y: number }, dx: number, dy: number) {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Input.dispatchTouchEvent', {
		type: 'touchStart',
		touchPoints: [{ x: from.x, y: from.y, id: 1 }]
	});
	for (let s = 1; s <= 10; s++) {
		await cdp.send('Input.dispatchTouchEvent', {
			type: 'touchMove',
			touchPoints: [{ x: from.x + (dx * s) / 10, y: from.y + (dy * s) / 10, id: 1 }]
		});
	}
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

/** The visible range the timeline exposes, in ms. */
export async function range(timeline: Locator): Promise<{ start: number; end: number }> {
	const [start, end] = await timeline.evaluate((el) => [el.dataset.start!, el.dataset.end!]);
	return { start: Date.parse(start), end: Date.parse(end) };
}

export async function open(page: Page, path = '/'): Promise<Locator> {
	await page.goto(path);
	const timeline = page.getByTestId('timeline');
	// Generous: a dev server on a busy machine can take a while to hydrate the first page.
	await expect(timeline.locator('[data-event-id]').first()).toBeVisible({ timeout: 20_000 });
	await listDrawn(page);
	return timeline;
}

/**
 * Waits for a timeline page's list of events, which a dataset loaded in the browser draws a frame
 * after its timeline (`afterPaint`); a page without the list (the embed) needs no wait.
 */
export async function listDrawn(page: Page) {
	await page.waitForFunction(
		() => !document.querySelector('section.list') || !!document.querySelector('.event-list')
	);
}

/**
 * Waits until the visible range stops changing (after an animated zoom): the timeline is not
 * moving itself (`data-moving`), no d3 transition is scheduled or running on it (a double-click's
 * zoom; on a busy machine one can wait a while to start), and the range reads the same twice.
 */
export async function settled(timeline: Locator) {
	let previous = '';
	await expect
		.poll(async () => {
			const moving = await timeline.evaluate(
				(el) =>
					'moving' in (el as HTMLElement).dataset ||
					Object.keys((el as { __transition?: object }).__transition ?? {}).length > 0
			);
			const now = JSON.stringify(await range(timeline));
			const same = !moving && now === previous;
			previous = now;
			return same;
		})
		.toBe(true);
}

/** The dataset server: another origin than Dateline's, with CORS (tests/fixtures/embed/host-server.mjs). */
const hostPort = Number(process.env.PORT ?? 4173) + 1;

export const hostOrigin = `http://localhost:${hostPort}`;

/**
 * Stores a body on the dataset server under a name unique to the test, and returns its URL;
 * `cors: false` serves it without Access-Control-Allow-Origin.
 */
export async function serve(
	request: APIRequestContext,
	name: string,
	body: string,
	{ type = 'application/json', cors = true } = {}
): Promise<string> {
	const query = cors ? '' : '?cors=none';
	const response = await request.put(`http://127.0.0.1:${hostPort}/pages/${name}${query}`, {
		data: Buffer.from(body),
		headers: { 'content-type': type }
	});
	expect(response.status()).toBe(204);
	return `${hostOrigin}/pages/${name}`;
}
