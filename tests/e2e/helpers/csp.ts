/**
 * Collects what a page's Content-Security-Policy blocked: every `securitypolicyviolation` event
 * in the page and its frames, and Chromium's console reports of refusals.
 */
import type { Page } from '@playwright/test';

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
