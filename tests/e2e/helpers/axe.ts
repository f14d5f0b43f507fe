/**
 * axe-core in both themes at once. The themes differ only in colour (the custom properties of
 * src/app.css under prefers-color-scheme), so every rule runs in the light theme and the rules
 * that read colour run again in the dark one. That is the same coverage as a whole run per theme
 * at about two thirds of the cost, and a page reached through a long flow is reached once.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The rules whose verdict depends on the colours a theme gives (WCAG AA: the enhanced contrast of AAA is not held). */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

function summary(violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']) {
	return violations.map(
		(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`
	);
}

/**
 * Asserts that the page as it stands has no violations in the light theme (every rule of `tags`,
 * or every rule when none are given) nor in the dark theme (the colour rules), and leaves it in
 * the light theme.
 */
export async function noViolationsInEitherTheme(page: Page, tags?: string[]) {
	await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
	const light = new AxeBuilder({ page });
	if (tags) light.withTags(tags);
	expect(summary((await light.analyze()).violations), `light theme, ${page.url()}`).toEqual([]);
	await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
	const dark = await new AxeBuilder({ page }).withRules(COLOUR_RULES).analyze();
	expect(summary(dark.violations), `dark theme, ${page.url()}`).toEqual([]);
	await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
}
