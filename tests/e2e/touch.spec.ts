/**
 * The first touch on a phone: the timeline's gesture code loads with the reader's first move, so
 * the first swipe begins before it is there, and must still pan, quietly.
 */
import { expect, test } from '@playwright/test';
import { open, range, swipe } from './timelineHelpers';

test('the first swipe, begun before the gesture code arrives, pans without an error in the console @phone-only', async ({
	page
}) => {
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	// A window inside the seed's span (2020), so that a swipe has somewhere to go.
	const timeline = await open(page, '/?from=2019-07-01&to=2021-07-01');
	const before = await range(timeline);
	const box = (await timeline.boundingBox())!;
	await swipe(page, { x: box.x + box.width * 0.3, y: box.y + box.height * 0.6 }, 160, 0);
	await expect.poll(async () => (await range(timeline)).start).toBeLessThan(before.start);
	expect(errors).toEqual([]);
});
