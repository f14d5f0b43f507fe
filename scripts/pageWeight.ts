/**
 * What a page weighs to a reader: the JS and CSS it loads, gzip -9, in bytes (issue 15's 60 kB
 * page). Shared by the benchmark (`bench.ts`, which prints it beside vis-timeline's) and the
 * static site's browser test, which holds the reader's pages to their budget.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';

/**
 * The JS and CSS a page loads, gzip -9, in bytes: before any interaction, then after `then`;
 * `files` receives each file's path and weight, in the order they arrived.
 */
export async function pageWeight(
	browser: Browser,
	url: string,
	then?: (page: Page) => Promise<void>,
	files?: [string, number][]
): Promise<[number, number]> {
	const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
	let total = 0;
	const pending: Promise<void>[] = [];
	page.on('response', (response) => {
		const type = response.request().resourceType();
		if (type !== 'script' && type !== 'stylesheet') return;
		pending.push(
			response
				.body()
				.then((body) => {
					const size = gzipSync(body, { level: 9 }).length;
					total += size;
					files?.push([new URL(response.url()).pathname, size]);
				})
				.catch(() => {})
		);
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	await Promise.all(pending);
	const before = total;
	if (then) {
		await then(page);
		await page.waitForLoadState('networkidle');
		await page.waitForTimeout(300);
		await Promise.all(pending);
	}
	await page.close();
	return [before, total];
}
