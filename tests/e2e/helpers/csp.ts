/**
 * Collects what a page's Content-Security-Policy blocked: every `securitypolicyviolation` event
 * in the page and its frames, and Chromium's console reports of refusals.
 */
import { expect, type Page } from '@playwright/test';

export async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
	const console: string[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy|Refused to/i.test(message.text())) console.push(message.text());
	});
	await page.addInitScript(() => {
		const w = window as unknown as { violations: string[] };
		w.violations = [];
		document.addEventListener('securitypolicyviolation', (e) =>
			w.violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`)
		);
	});
	return async () => {
		const inFrames = await Promise.all(
			page
				.frames()
				.map((frame) =>
					frame
						.evaluate(() => (window as unknown as { violations?: string[] }).violations ?? [])
						.catch(() => [] as string[])
				)
		);
		return [...inFrames.flat(), ...console];
	};
}

/**
 * Drives the editor through what the policy could break: an HTML page read with Readability, its
 * article extracted in the Web Worker, the draft shown.
 */
export async function extractHtmlInEditor(page: Page): Promise<void> {
	await page.goto('/new/');
	await page
		.getByLabel(/Choose an article file/)
		.setInputFiles('tests/fixtures/editor/harbour-bridge.html');
	await expect(page.getByLabel('Publication date')).toHaveValue('2024-03-15T08:30+00:00');
	await page.getByRole('button', { name: 'Build the timeline' }).click();
	await expect(page.getByRole('heading', { name: /^Events \(\d+\)$/ })).toBeVisible({
		timeout: 20_000
	});
	await expect(page.getByTestId('article-text')).toContainText('The harbour bridge reopened');
}
