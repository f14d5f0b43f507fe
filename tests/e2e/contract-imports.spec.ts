/**
 * Imports the editor could not show are refused whole, with the reason under the control that
 * brought them, and change nothing on the page (issue 17): dates off the calendar, a quote that
 * cuts an emoji in half or is listed twice, an article whose front matter gives an impossible
 * date. The contract's own rules are unit-tested in `src/lib/data`; here a person drops the file.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { Dataset } from '../../src/lib/data/schema';

const seed: Dataset = JSON.parse(readFileSync('data/timelines/iraq-coalition-exit.json', 'utf8'));
const PASTED = 'Notes for the council story, not finished';

/** /new/ with text pasted into the box and stored, so that a refusal can be seen to keep it. */
async function withPastedText(page: Page) {
	await page.goto('/new/');
	await page.getByLabel(/Paste the article/).fill(PASTED);
	await expect(page.getByText('7 words · kept in this browser')).toBeVisible();
}

async function choose(control: Locator, name: string, text: string) {
	await control.setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });
}

/** The refusal said under `control` (its aria-describedby message), and nothing else changed. */
async function expectRefused(page: Page, control: Locator, ...reasons: string[]) {
	await expect(control).toHaveAttribute('aria-invalid', 'true');
	for (const reason of reasons)
		await expect(control).toHaveAccessibleDescription(new RegExp(escape(reason)));
	await expect(page.getByLabel(/Paste the article/)).toHaveValue(PASTED);
	await expect(page.getByRole('heading', { name: /^Events \(\d+\)$/ })).toHaveCount(0);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test.describe('imports the contract refuses', () => {
	test('a dataset published on a day off the calendar is refused, saying which part is off', async ({
		page
	}) => {
		await withPastedText(page);
		const broken = structuredClone(seed);
		broken.sources[0].published = '2024-13-45';
		const chooser = page.getByLabel(/Import a timeline/);
		await choose(chooser, 'impossible.json', JSON.stringify(broken));
		await expectRefused(
			page,
			chooser,
			'impossible.json: $.sources[0].published: expected a real date or date-time',
			'(the month 13 is not 1-12), found "2024-13-45"'
		);
	});

	test('a quote that cuts an emoji in half, or is listed twice, is refused with its path @phone', async ({
		page
	}) => {
		await withPastedText(page);
		const broken = structuredClone(seed);
		const source = broken.sources[0];
		const at = source.text.length;
		source.text += ' 🎉';
		const event = broken.events[0];
		event.quotes.push({
			source: source.id,
			start: at,
			end: at + 2,
			text: source.text.slice(at, at + 2)
		});
		event.quotes.push({ ...event.quotes[0] });
		const chooser = page.getByLabel(/Import a timeline/);
		await choose(chooser, 'halves.json', JSON.stringify(broken));
		const half = `$.events[0].quotes[${event.quotes.length - 2}].end: expected an offset between characters`;
		const twice = `$.events[0].quotes[${event.quotes.length - 1}]: expected a quote listed once in its event`;
		await expectRefused(page, chooser, half, twice);
		// The same file, fixed, is taken whole.
		event.quotes.splice(-2, 2);
		source.text = source.text.slice(0, at);
		await choose(chooser, 'halves.json', JSON.stringify(broken));
		await expect(page.getByRole('heading', { name: /^Events \(\d+\)$/ })).toBeVisible();
		await expect(chooser).toHaveCount(0);
	});

	test('a Markdown article whose front matter gives an impossible date is refused before it is read', async ({
		page
	}) => {
		await withPastedText(page);
		const chooser = page.getByLabel(/Choose an article file/);
		await choose(
			chooser,
			'floods.md',
			'---\ntitle: Floods\npublished: 2024-02-30\n---\nRain fell on Friday.\n'
		);
		await expectRefused(
			page,
			chooser,
			"floods.md: the front matter's publication date: expected a real date such as 2024-01-08",
			'(February 2024 has 29 days)'
		);
		// The page is still at the first step: nothing asks for a publication date.
		await expect(page.getByLabel('Publication date')).toHaveCount(0);
	});
});
