import { ALONE } from './alone';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { extractStory } from '../../src/lib/extract/story/index';
import type { Dataset } from '../../src/lib/data/schema';

const SEED_ARTICLE = 'data/articles/000_03c01ab374849cc1.txt';
const seedText = readFileSync(SEED_ARTICLE, 'utf8');
const seedDataset: Dataset = JSON.parse(
	readFileSync('data/timelines/iraq-coalition-exit.json', 'utf8')
);
const fixture = (name: string) => `tests/fixtures/editor/${name}`;

/** The events as a reader would compare them: titles, dates, precisions and exact quotes. */
function comparable(dataset: Dataset) {
	return [...dataset.events]
		.sort((a, b) => a.start.localeCompare(b.start) || a.title.localeCompare(b.title))
		.map((e) => ({
			title: e.title,
			date: e.date,
			precision: e.precision,
			importance: e.importance,
			quotes: e.quotes.map((q) => ({ start: q.start, end: q.end, text: q.text }))
		}));
}

async function pasteAndBuild(page: Page, text: string) {
	await page.goto('/new/');
	await page.getByLabel(/Paste the article/).fill(text);
	await page.getByRole('button', { name: 'Read the article' }).click();
	// The first use starts the extraction worker, which loads the extractor.
	await expect(page.getByLabel('Publication date')).toBeVisible({ timeout: 15_000 });
}

async function buildSeed(page: Page) {
	await pasteAndBuild(page, seedText);
	await page.getByRole('button', { name: 'Build the timeline' }).click();
	await expect(page.getByRole('heading', { name: /^Events \(\d+\)$/ })).toBeVisible({
		timeout: 20_000
	});
}

async function importFile(page: Page, path: string) {
	await page.goto('/new/');
	await page.getByLabel(/Import a timeline/).setInputFiles(path);
}

async function downloadJson(page: Page, button: RegExp): Promise<{ name: string; text: string }> {
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: button }).click()
	]);
	const path = await download.path();
	return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

function eventCard(page: Page, title: string | RegExp) {
	return page.locator('article.event').filter({ has: page.getByRole('heading', { name: title }) });
}

/** Drags the mouse across `phrase` in the article, as a person selecting it would. */
async function selectByMouse(page: Page, phrase: string, occurrence = 0) {
	const box = await page.getByTestId('article-text').evaluate(
		(root, { phrase, occurrence }) => {
			const text = root.textContent ?? '';
			let at = -1;
			for (let i = 0; i <= occurrence; i++) at = text.indexOf(phrase, at + 1);
			if (at < 0) throw new Error(`"${phrase}" is not in the article`);
			const locate = (offset: number): [Node, number] => {
				for (const el of root.querySelectorAll<HTMLElement>('[data-start]')) {
					const start = Number(el.dataset.start);
					const node = el.firstChild as Text;
					if (offset >= start && offset < start + node.data.length) return [node, offset - start];
				}
				throw new Error('offset outside the runs');
			};
			const rect = (offset: number) => {
				const [node, i] = locate(offset);
				const range = document.createRange();
				range.setStart(node, i);
				range.setEnd(node, i + 1);
				return range.getBoundingClientRect();
			};
			(locate(at)[0].parentElement as HTMLElement).scrollIntoView({ block: 'center' });
			const first = rect(at);
			const last = rect(at + phrase.length - 1);
			return {
				x1: first.left + 1,
				y1: first.top + first.height / 2,
				x2: last.right - 1,
				y2: last.top + last.height / 2
			};
		},
		{ phrase, occurrence }
	);
	await page.mouse.move(box.x1, box.y1);
	await page.mouse.down();
	await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 });
	await page.mouse.move(box.x2, box.y2, { steps: 4 });
	await page.mouse.up();
}

/** The card whose date field has the focus (an event just added), located by its id. */
async function focusedCard(page: Page) {
	const focused = page.locator('article.event', { has: page.locator('input[name="date"]:focus') });
	const id = await focused.getAttribute('data-event-id');
	return page.locator(`article.event[data-event-id="${id}"]`);
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Alerts that say something (the page keeps its message regions, empty, until they speak). */
function spokenAlerts(page: Page) {
	return page.getByRole('alert').filter({ hasText: /\S/ });
}

/**
 * The message `control` is described by (aria-describedby) and that says `text`: visible, in
 * view, announced (in an alert or a live region), and within 200 px of the control.
 */
async function expectBeside(control: Locator, text: string) {
	const ids = ((await control.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean);
	expect(ids, 'the control names its messages in aria-describedby').not.toEqual([]);
	const message = control
		.page()
		.locator(ids.map((id) => `[id="${id}"]`).join(', '))
		.filter({ hasText: text });
	await expect(message).toBeVisible();
	await expect(message).toBeInViewport();
	await expect(control).toHaveAccessibleDescription(new RegExp(escapeRegExp(text)));
	const announced = await message.evaluate(
		(el) =>
			!!el.closest('[role="alert"], [role="status"], [aria-live="polite"], [aria-live="assertive"]')
	);
	expect(announced, 'the message is in an alert or a live region').toBe(true);
	const [at, said] = [(await control.boundingBox())!, (await message.boundingBox())!];
	const gap = Math.max(0, said.y - (at.y + at.height), at.y - (said.y + said.height));
	expect(gap, 'pixels between the control and its message').toBeLessThan(200);
	// Not (also) in a box at the top of the page.
	await expect(control.page().getByText('That did not work.')).toHaveCount(0);
	// The message element itself, to see it empty once the problem is fixed.
	return control.page().locator(`[id="${await message.getAttribute('id')}"]`);
}

/** The message under `control` is gone and the control is no longer marked invalid. */
async function expectCleared(control: Locator, message: Locator) {
	await expect(message).toHaveText('');
	await expect(control).not.toHaveAttribute('aria-invalid', 'true');
}

/** A 50,000-word article built from the seed's paragraphs, with its publication line. */
function longArticle(length = 50_000): string {
	const paragraphs = seedText.split(/\n\n+/).filter((p) => p.split(/\s+/).length > 12);
	const parts: string[] = ['Long read', '', 'Published: January 8, 2024 10:19am', ''];
	let words = 0;
	for (let i = 0; words < length; i++) {
		const paragraph = paragraphs[i % paragraphs.length];
		parts.push(paragraph, '');
		words += paragraph.split(/\s+/).filter(Boolean).length;
	}
	return parts.join('\n');
}

/** Drops the long article in as a file, as a journalist would, and waits for the date step. */
async function chooseLongArticle(page: Page, words = 50_000) {
	await page.goto('/new/');
	await page.getByLabel(/Choose an article file/).setInputFiles({
		name: 'long-read.txt',
		mimeType: 'text/plain',
		buffer: Buffer.from(longArticle(words))
	});
	await expect(page.getByLabel('Publication date')).toHaveValue('2024-01-08T10:19', {
		timeout: 15_000
	});
}

test.describe('the new-timeline page', () => {
	test('pasting the seed article gives the same events as the extractor run in Node, with their importance', async ({
		page
	}) => {
		// A first article is a story of one, as the command line reads it.
		const expected = extractStory([{ text: seedText }]).dataset;
		expect(expected.events.every((e) => e.importance !== undefined)).toBe(true);
		await pasteAndBuild(page, seedText);
		// The extractor found the date the article states, and asks to confirm it.
		await expect(page.getByLabel('Publication date')).toHaveValue(expected.sources[0].published);
		await expect(page.getByText(/The article says it was published/)).toBeVisible();
		await page.getByRole('button', { name: 'Build the timeline' }).click();
		await expect(
			page.getByRole('heading', { name: `Events (${expected.events.length})` })
		).toBeVisible({ timeout: 20_000 });
		for (const event of expected.events) {
			await expect(eventCard(page, event.title)).toBeVisible();
		}
		const { text } = await downloadJson(page, /Dataset \(\.json\)/);
		const drafted: Dataset = JSON.parse(text);
		expect(comparable(drafted)).toEqual(comparable(expected));
		expect(drafted.sources[0].text).toBe(seedText);
		// And they are the seed's published events: same titles, dates and quoted words.
		expect(comparable(drafted).map((e) => [e.date, e.precision])).toEqual(
			comparable(seedDataset).map((e) => [e.date, e.precision])
		);
	});

	test('an edit survives a reload, and can still be undone after it', async ({ page }) => {
		await buildSeed(page);
		const first = eventCard(page, /./).first();
		const original = (await first.locator('h3').innerText()).trim();
		await first.getByRole('button', { name: /^Edit/ }).click();
		await first.getByLabel('Title').fill('ISIS sweeps across Iraq and Syria');
		await first.getByLabel('Date', { exact: true }).fill('2014-06');
		await expect(first.getByLabel('Precision')).toHaveValue('month');
		await first.getByRole('button', { name: 'Save changes' }).click();
		await expect(eventCard(page, 'ISIS sweeps across Iraq and Syria')).toContainText('June 2014');
		await expect(page.getByTestId('save-state')).toHaveText('All changes saved in this browser');

		await page.reload();
		const edited = eventCard(page, 'ISIS sweeps across Iraq and Syria');
		await expect(edited).toBeVisible();
		await expect(edited).toContainText('June 2014');

		await page.getByRole('button', { name: /^Undo/ }).click();
		await expect(eventCard(page, original)).toBeVisible();
		await expect(page.getByRole('button', { name: /^Redo/ })).toBeEnabled();
	});

	test('Ctrl+Z undoes a deletion and Ctrl+Shift+Z redoes it', async ({ page }) => {
		await buildSeed(page);
		const count = await page.locator('article.event').count();
		const title = (await page.locator('article.event h3').first().innerText()).trim();
		await eventCard(page, title)
			.getByRole('button', { name: /^Delete/ })
			.click();
		await expect(page.locator('article.event')).toHaveCount(count - 1);
		await page.locator('body').click({ position: { x: 5, y: 5 } });
		await page.keyboard.press('Control+z');
		await expect(page.locator('article.event')).toHaveCount(count);
		await expect(eventCard(page, title)).toBeVisible();
		await page.keyboard.press('Control+Shift+Z');
		await expect(page.locator('article.event')).toHaveCount(count - 1);
	});

	test('selecting words in the article with the mouse adds an event quoting exactly those words', async ({
		page
	}) => {
		await buildSeed(page);
		const phrase =
			'Iraq is starting the process to kick the U.S.-led international military coalition forces out of the country';
		const count = await page.locator('article.event').count();
		await selectByMouse(page, phrase);
		await expect(page.getByTestId('selection-bar')).toContainText('Iraq is starting the process');
		await page.getByRole('button', { name: 'Add as new event' }).click();
		await expect(page.locator('article.event')).toHaveCount(count + 1);
		// Nothing before these words is dated: the editor opens on the date, which is marked
		// uncertain and asks to be set.
		const card = await focusedCard(page);
		await expect(card.getByLabel('Title')).toHaveValue(/^Iraq is starting the process/);
		await expect(card.getByLabel('Date', { exact: true })).toHaveValue('2024-01-08?');
		await expect(card.getByText('No date found nearby — set one')).toBeVisible();

		const { text } = await downloadJson(page, /Dataset \(\.json\)/);
		const dataset: Dataset = JSON.parse(text);
		const added = dataset.events.find((e) => e.quotes.some((q) => q.text === phrase));
		expect(added, 'an event quoting the selected words').toBeDefined();
		const quote = added!.quotes[0];
		expect(quote.start).toBe(seedText.indexOf(phrase));
		expect(seedText.slice(quote.start, quote.end)).toBe(phrase);
		// The export says what stands in for the date, not what the editor should do.
		expect(added!.resolution).toBe(
			'No date found in the article near these words: the publication day stands in, not confirmed'
		);
		// Imported again, the event still says its date is not confirmed.
		await page.getByRole('button', { name: 'Discard draft…' }).click();
		await page.getByRole('button', { name: 'Yes, discard' }).click();
		await page.getByLabel(/Import a timeline/).setInputFiles({
			name: 'draft.json',
			mimeType: 'application/json',
			buffer: Buffer.from(text)
		});
		const again = eventCard(page, /^Iraq is starting the process/);
		await expect(again.getByText('Date not confirmed')).toBeVisible();
	});

	test('an event added from a selection takes the date of a time expression inside it, and says so', async ({
		page
	}) => {
		await buildSeed(page);
		await selectByMouse(page, "the prime minister's office said Friday");
		await page.getByRole('button', { name: 'Add as new event' }).click();
		const date = page.locator('input[name="date"]:focus');
		await expect(date).toHaveValue('2024-01-05');
		const card = await focusedCard(page);
		await expect(card.getByLabel('Precision')).toHaveValue('day');
		await expect(card.getByText("Date suggested from 'Friday', not yet confirmed")).toBeVisible();
		await expect(date).toHaveAccessibleDescription(
			/Date suggested from 'Friday', not yet confirmed/
		);
		// The draft title is the selection's start, written as a headline.
		await expect(card.getByLabel('Title')).toHaveValue("The prime minister's office said Friday");

		// Downloaded before it is confirmed, the event says so, and tells its reader nothing to do.
		const { text } = await downloadJson(page, /Dataset \(\.json\)/);
		const added = (JSON.parse(text) as Dataset).events.find((e) =>
			e.quotes.some((q) => q.text === "the prime minister's office said Friday")
		);
		expect(added).toMatchObject({
			date: '2024-01-05',
			precision: 'day',
			resolution: "Date suggested from 'Friday', not yet confirmed"
		});
		expect(text).not.toContain('check it');
	});

	test('a suggested date is confirmed from the keyboard, and the card and the export then say the editor set it @phone', async ({
		page
	}) => {
		await buildSeed(page);
		// The find box selects the words on a phone too.
		await page
			.getByLabel('Or find exact words to select')
			.fill("the prime minister's office said Friday");
		await page.keyboard.press('Enter');
		await page.getByRole('button', { name: 'Add as new event' }).click();
		const date = page.locator('input[name="date"]:focus');
		await expect(date).toHaveValue('2024-01-05');
		const card = await focusedCard(page);
		await expect(card.locator('header')).toContainText('Date not confirmed');
		// Nothing was edited, and yet the date can be confirmed: two tabs away, or Enter.
		await expect(card.getByRole('button', { name: 'Save changes' })).toBeDisabled();
		const confirm = card.getByRole('button', { name: 'Confirm date' });
		await expect(confirm).toBeEnabled();
		await expect(confirm).toHaveAccessibleDescription(
			/Date suggested from 'Friday', not yet confirmed/
		);
		await page.screenshot({ path: test.info().outputPath('confirm-date.png') });
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		await expect(confirm).toBeFocused();
		await page.keyboard.press('Space');

		await expect(card.getByLabel('Date', { exact: true })).toHaveCount(0);
		await expect(card).toContainText('Jan. 5, 2024');
		await expect(card).toContainText("Date confirmed by the editor from 'Friday'");
		await expect(card).not.toContainText('Date not confirmed');
		await expect(card).not.toContainText('not yet confirmed');
		await expect(page.getByRole('status').filter({ hasText: /^Confirm date of “/ })).toHaveCount(1);

		const { text } = await downloadJson(page, /Dataset \(\.json\)/);
		const added = (JSON.parse(text) as Dataset).events.find((e) =>
			e.quotes.some((q) => q.text === "the prime minister's office said Friday")
		);
		expect(added).toMatchObject({
			date: '2024-01-05',
			precision: 'day',
			resolution: "Date confirmed by the editor from 'Friday'"
		});
		expect(text).not.toMatch(/check it|not yet confirmed/);

		// Undone, the suggestion is back, flagged again.
		await page.getByRole('button', { name: /^Undo/ }).click();
		await expect(card.locator('header')).toContainText('Date not confirmed');
		await expect(card).toContainText("Date suggested from 'Friday', not yet confirmed");
	});

	test('Enter in the new event’s title confirms the suggested date with the title typed', async ({
		page
	}) => {
		await buildSeed(page);
		await selectByMouse(
			page,
			'speech that he gave on the fourth anniversary of the U.S. airstrike'
		);
		await page.getByRole('button', { name: 'Add as new event' }).click();
		const card = await focusedCard(page);
		// Cut to ten words, the draft title ends on its last full word, not on "of the".
		const title = card.getByLabel('Title');
		await expect(title).toHaveValue('Speech that he gave on the fourth anniversary…');
		await title.fill('Al-Sudani speaks on the anniversary of the Soleimani strike');
		await title.press('Enter');
		await expect(
			eventCard(page, 'Al-Sudani speaks on the anniversary of the Soleimani strike')
		).toContainText("Date confirmed by the editor from 'Friday'");
		await expect(page.getByRole('button', { name: /^Undo\s*: Edit title of/ })).toBeVisible();
	});

	test('an event added from a selection without a date takes the nearest one before it, and says so', async ({
		page
	}) => {
		await buildSeed(page);
		const phrase = 'Additionally, al-Sudani said that the Popular Mobilization forces';
		await selectByMouse(page, phrase);
		await page.getByRole('button', { name: 'Add as new event' }).click();
		const date = page.locator('input[name="date"]:focus');
		await expect(date).toHaveValue('2024-01-01/2024-01-07');
		const card = await focusedCard(page);
		await expect(card.getByLabel('Precision')).toHaveValue('week');
		await expect(
			card.getByText("Date suggested from 'Last week', not yet confirmed")
		).toBeVisible();
		// Once the form is closed, the card keeps saying where its date came from, flagged.
		await card.getByRole('button', { name: 'Cancel' }).click();
		await expect(card).toContainText('Jan. 1-7, 2024');
		await expect(card).toContainText("Date suggested from 'Last week', not yet confirmed");
		await expect(card.locator('header')).toContainText('Date not confirmed');
	});

	test('a date the page cannot read keeps the form open, with the error beside the field, and changes nothing @phone', async ({
		page
	}) => {
		await buildSeed(page);
		const id = await eventCard(page, /./).first().getAttribute('data-event-id');
		const card = page.locator(`article.event[data-event-id="${id}"]`);
		const before = await card.locator('time').innerText();
		await card.getByRole('button', { name: /^Edit/ }).click();
		const date = card.getByLabel('Date', { exact: true });
		await expect(card.getByText('2024-01-01/2024-01-07 · 2019/2024')).toBeVisible();
		await date.fill('Sept 2025 to March 2027');
		await card.getByRole('button', { name: 'Save changes' }).click();

		await expect(date).toBeVisible();
		await expect(date).toBeFocused();
		await expect(date).toHaveAttribute('aria-invalid', 'true');
		await expect(date).toHaveAccessibleDescription(
			/"Sept 2025 to March 2027" is not a date this page can read/
		);
		const error = card.getByText('"Sept 2025 to March 2027" is not a date this page can read');
		await expect(error).toBeInViewport();
		// The error sits right under the field, not at the top of the page.
		const [field, message] = [await date.boundingBox(), await error.boundingBox()];
		expect(message!.y - (field!.y + field!.height)).toBeLessThan(80);
		await expect(spokenAlerts(page)).toHaveCount(0);
		// Nothing was recorded: the draft is as extracted.
		await expect(page.getByRole('button', { name: /^Undo/ })).toBeDisabled();
		await expect(card.locator('time')).toHaveText(before);

		// Words with their year are read, and the precision follows them.
		await date.fill('January 2024');
		await expect(date).toHaveAttribute('aria-invalid', 'false');
		await expect(card.getByLabel('Precision')).toHaveValue('month');
		await expect(card.getByLabel('Precision').locator('option:checked')).toHaveText('Month');
		await card.getByRole('button', { name: 'Save changes' }).click();
		await expect(date).toHaveCount(0);
		await expect(card.locator('time')).toHaveText('January 2024');
	});

	test('a selection can be added as a further quote of an existing event, and marked in the article', async ({
		page
	}) => {
		await buildSeed(page);
		const card = page.locator('article.event').first();
		const before = await card.locator('blockquote').count();
		const phrase = 'Islamic State';
		await selectByMouse(page, phrase);
		await card.getByRole('button', { name: 'Add selection as quote' }).click();
		await expect(card.locator('blockquote')).toHaveCount(before + 1);
		await expect(card.locator('blockquote').last()).toHaveText(phrase);
		await expect(
			page.getByTestId('article-text').locator('mark', { hasText: /^Islamic State$/ })
		).toHaveCount(1);
	});

	test('two events merge into one holding both sets of quotes, and the merge can be undone', async ({
		page
	}) => {
		await buildSeed(page);
		const cards = page.locator('article.event');
		const count = await cards.count();
		const keep = (await cards.nth(0).locator('h3').innerText()).trim();
		const other = (await cards.nth(1).locator('h3').innerText()).trim();
		const quotes =
			(await cards.nth(0).locator('blockquote').count()) +
			(await cards.nth(1).locator('blockquote').count());
		await cards
			.nth(0)
			.getByRole('button', { name: /^Merge…/ })
			.click();
		const option = await cards
			.nth(0)
			.getByLabel('Merge into this event')
			.locator('option', { hasText: other })
			.getAttribute('value');
		await cards.nth(0).getByLabel('Merge into this event').selectOption(option!);
		await cards.nth(0).getByRole('button', { name: 'Merge', exact: true }).click();
		await expect(cards).toHaveCount(count - 1);
		await expect(eventCard(page, keep).locator('blockquote')).toHaveCount(quotes);
		await page.getByRole('button', { name: /^Undo/ }).click();
		await expect(cards).toHaveCount(count);
		await expect(eventCard(page, other)).toBeVisible();
	});

	test('opening an event on the draft timeline marks its card and its quotes in the article', async ({
		page
	}) => {
		await buildSeed(page);
		const title = (await page.locator('article.event h3').nth(2).innerText()).trim();
		await page
			.getByTestId('draft-timeline')
			.getByRole('button', { name: new RegExp(`^${escapeRegExp(title)},`) })
			.click();
		await expect(
			eventCard(page, title).getByRole('button', { name: title, exact: true })
		).toHaveAttribute('aria-pressed', 'true');
		const id = await eventCard(page, title).getAttribute('data-event-id');
		const marks = page.getByTestId('article-text').locator(`mark[data-events~="${id}"]`);
		await expect(marks.first()).toHaveClass(/active/);
		// The article pane scrolls its own text to the quote.
		await expect
			.poll(() =>
				marks.first().evaluate((mark) => {
					const box = mark.closest('[data-testid="article-text"]')!.getBoundingClientRect();
					const at = mark.getBoundingClientRect();
					return at.top >= box.top && at.bottom <= box.bottom;
				})
			)
			.toBe(true);
	});

	test('an exported dataset and its CSV re-import identically', async ({ page }) => {
		await buildSeed(page);
		// A title a spreadsheet would run as a formula.
		const title = '=HYPERLINK("http://evil.example/","Edited before export")';
		await eventCard(page, /./).first().getByRole('button', { name: /^Edit/ }).click();
		await eventCard(page, /./).first().getByLabel('Title').fill(title);
		await eventCard(page, /./).first().getByRole('button', { name: 'Save changes' }).click();
		const json = await downloadJson(page, /Dataset \(\.json\)/);
		const csv = await downloadJson(page, /Spreadsheet \(\.csv\)/);
		expect(json.name).toMatch(/\.json$/);
		expect(csv.name).toMatch(/\.csv$/);
		// In the CSV the formula is text: it starts with an apostrophe, in every cell it is in.
		expect(csv.text).toContain(`"'=HYPERLINK(""http://evil.example/"",""Edited before export"")"`);
		expect(csv.text).not.toMatch(/(^|,)"?=HYPERLINK/m);

		for (const file of [json, csv]) {
			await page.getByRole('button', { name: 'Discard draft…' }).click();
			await page.getByRole('button', { name: 'Yes, discard' }).click();
			await page.getByLabel(/Import a timeline/).setInputFiles({
				name: file.name,
				mimeType: 'application/octet-stream',
				buffer: Buffer.from(file.text)
			});
			await expect(eventCard(page, title)).toBeVisible();
			const again = await downloadJson(page, /Dataset \(\.json\)/);
			expect(JSON.parse(again.text)).toEqual(JSON.parse(json.text));
		}
	});

	test('a TimelineJS file imports with its dates and texts, and says what it shows differently', async ({
		page
	}) => {
		await importFile(page, fixture('berlin-wall.timelinejs.json'));
		await expect(page.getByRole('heading', { name: 'Events (7)' })).toBeVisible();
		const notices = page.getByRole('region', { name: 'Notes on this draft' });
		await expect(notices).toContainText('1 medium (videos, maps, posts, pages) is shown as a link');
		await expect(notices).toContainText('1 slide background is kept for an export back');
		await expect(eventCard(page, 'Border closed overnight')).toContainText('Aug. 13, 1961');
		await expect(eventCard(page, 'The wall falls')).toContainText('Nov. 9-10, 1989');
		await expect(eventCard(page, 'Peaceful revolution')).toContainText('November 1989');
		await expect(eventCard(page, 'The "fourth generation" wall')).toContainText('1975-1980');
		await expect(eventCard(page, '“Ich bin ein Berliner”')).toContainText(
			'President Kennedy speaks in front of the Schöneberg town hall.'
		);
		await expect(page.getByTestId('draft-timeline')).toContainText('Nov. 9-10, 1989');
		// The slide texts are the source's words, ready to be quoted.
		await expect(page.getByTestId('article-text')).toContainText(
			'Bernauer Straße—one of the first to flee.'
		);
	});

	test('an HTML page is reduced to its article text, with its metadata', async ({ page }) => {
		await page.goto('/new/');
		await page.getByLabel(/Choose an article file/).setInputFiles(fixture('harbour-bridge.html'));
		await expect(page.getByLabel('Publication date')).toHaveValue('2024-03-15T08:30+00:00');
		await page.getByRole('button', { name: 'Build the timeline' }).click();
		await expect(page.getByRole('heading', { name: /^Events \(\d+\)$/ })).toBeVisible({
			timeout: 20_000
		});
		const article = page.getByTestId('article-text');
		await expect(article).toContainText('The harbour bridge reopened to traffic on Thursday');
		await expect(article).not.toContainText('Most read');
		await expect(article).not.toContainText('trackPageView');
		await expect(page.getByLabel('Publisher')).toHaveValue('The Coastal Courier');
	});
});

test.describe('every refusal is said beside the control that caused it, and goes once fixed', () => {
	test('a download the browser refuses is said under the download buttons, and goes when one succeeds', async ({
		page
	}) => {
		await page.goto('/new/');
		await buildSeed(page);
		// A page whose policy blocks blob: URLs, as some newsroom intranets do.
		await page.evaluate(() => {
			const original = URL.createObjectURL;
			(window as unknown as { restoreBlobs: () => void }).restoreBlobs = () =>
				(URL.createObjectURL = original);
			URL.createObjectURL = () => {
				throw new Error('blob: URLs are blocked on this page');
			};
		});
		const button = page.getByRole('button', { name: /Dataset \(\.json\)/ });
		await button.click();
		const message = await expectBeside(
			button,
			'The download could not be made: blob: URLs are blocked on this page'
		);
		await page.evaluate(() => (window as unknown as { restoreBlobs: () => void }).restoreBlobs());
		const { text } = await downloadJson(page, /Dataset \(\.json\)/);
		expect(JSON.parse(text).events.length).toBeGreaterThan(0);
		await expect(message).toHaveText('');
	});

	test('an empty paste is refused under the box, which takes the focus, until text is typed @phone', async ({
		page
	}) => {
		await page.goto('/new/');
		const box = page.getByLabel(/Paste the article/);
		await page.getByRole('button', { name: 'Read the article' }).click();
		const message = await expectBeside(
			box,
			"The box is empty. Paste an article's text into it, or drop a .txt, .md or .html file."
		);
		await expect(box).toBeFocused();
		await expect(box).toHaveAttribute('aria-invalid', 'true');
		await page.keyboard.type('Council approves budget');
		await expectCleared(box, message);
	});

	test('an article file that cannot be read is refused under its chooser, naming the file, until a good one is chosen', async ({
		page
	}) => {
		await page.goto('/new/');
		const chooser = page.getByLabel(/Choose an article file/);
		await chooser.setInputFiles(fixture('photo.png'));
		await expectBeside(chooser, 'photo.png: this is a binary file, not text');
		await expect(chooser).toHaveAttribute('aria-invalid', 'true');
		await expect(chooser).toBeFocused();

		await chooser.setInputFiles({
			name: 'cookie-wall.html',
			mimeType: 'text/html',
			buffer: Buffer.from(
				'<!doctype html><html><head></head><body> <!-- consent --> </body></html>'
			)
		});
		const message = await expectBeside(
			chooser,
			'cookie-wall.html: This page holds no article text that could be read.'
		);
		await expect(page.getByText('photo.png')).toHaveCount(0);

		await chooser.setInputFiles(fixture('harbour-bridge.html'));
		await expect(page.getByLabel('Publication date')).toHaveValue('2024-03-15T08:30+00:00');
		await page.getByRole('button', { name: 'Back to the article' }).click();
		await expectCleared(chooser, message);
		await expect(page.getByLabel(/Paste the article/)).toHaveValue(/harbour bridge reopened/);
	});

	test('malformed JSON is refused under the import chooser with its line and column, and the text being pasted is kept @phone', async ({
		page
	}) => {
		await page.goto('/new/');
		const box = page.getByLabel(/Paste the article/);
		await box.fill('Notes for the council story, not finished');
		// The page says when the text is stored, so a reload from then on keeps it.
		await expect(page.getByText('7 words · kept in this browser')).toBeVisible();
		const chooser = page.getByLabel(/Import a timeline/);
		await chooser.setInputFiles({
			name: 'broken.json',
			mimeType: 'application/json',
			buffer: Buffer.from('{\n  "version": 1,\n  "id": \n}')
		});
		const message = await expectBeside(chooser, 'broken.json: not valid JSON: line 4, column 1');
		await expect(chooser).toHaveAttribute('aria-invalid', 'true');
		await expect(chooser).toBeFocused();
		// Nothing was lost: the text is in the box, and comes back after a reload.
		await expect(box).toHaveValue('Notes for the council story, not finished');
		await page.reload();
		await expect(page.getByLabel(/Paste the article/)).toHaveValue(
			'Notes for the council story, not finished'
		);
		await expect(page.getByText('7 words · kept in this browser')).toBeVisible();

		await chooser.setInputFiles({
			name: 'broken.json',
			mimeType: 'application/json',
			buffer: Buffer.from('{\n  "version": 1,\n  "id": \n}')
		});
		await expectBeside(chooser, 'broken.json: not valid JSON: line 4, column 1');
		// The same file, fixed, chosen again.
		await chooser.setInputFiles({
			name: 'broken.json',
			mimeType: 'application/json',
			buffer: Buffer.from(JSON.stringify(seedDataset))
		});
		await expect(page.getByRole('heading', { name: /^Events \(\d+\)$/ })).toBeVisible();
		await expect(message).toHaveCount(0);
		await expect(spokenAlerts(page)).toHaveCount(0);
	});

	test('a dataset that breaks the contract is refused under the import chooser, naming the JSON path', async ({
		page
	}) => {
		const broken = structuredClone(seedDataset);
		broken.events[2].quotes[0].text = 'words the article never said';
		await page.goto('/new/');
		const chooser = page.getByLabel(/Import a timeline/);
		await chooser.setInputFiles({
			name: 'edited.json',
			mimeType: 'application/json',
			buffer: Buffer.from(JSON.stringify(broken))
		});
		await expectBeside(
			chooser,
			'edited.json: $.events[2].quotes[0].text: expected the source text at'
		);
		await expect(chooser).toHaveAttribute('aria-invalid', 'true');
	});

	test('a malformed CSV is refused under the import chooser, naming the row and column', async ({
		page
	}) => {
		await importFile(page, fixture('malformed.csv'));
		await expectBeside(
			page.getByLabel(/Import a timeline/),
			'malformed.csv: row 3, column "date": expected an EDTF date such as 2014'
		);
	});

	test('a TimelineJS file with a bad date is refused under the import chooser, naming the JSON path', async ({
		page
	}) => {
		const timeline = JSON.parse(readFileSync(fixture('berlin-wall.timelinejs.json'), 'utf8'));
		timeline.events[2].start_date.year = 'soon';
		await page.goto('/new/');
		const chooser = page.getByLabel(/Import a timeline/);
		await chooser.setInputFiles({
			name: 'berlin.json',
			mimeType: 'application/json',
			buffer: Buffer.from(JSON.stringify(timeline))
		});
		await expectBeside(
			chooser,
			'berlin.json: $.events[2].start_date.year: expected a year as a whole number (BC years negative, e.g. -500), found "soon"'
		);
	});

	test('a text without a publication date asks for one, and refuses one that is not a date', async ({
		page
	}) => {
		await pasteAndBuild(
			page,
			'Council approves budget\n\nThe council met on Oct. 12, 2023 and approved the budget.'
		);
		await expect(page.getByText('The article does not say when it was published')).toBeVisible();
		const field = page.getByLabel('Publication date');
		await expect(field).toHaveValue('');
		await field.fill('last Tuesday');
		await page.getByRole('button', { name: 'Build the timeline' }).click();
		// The reason sits beside the field, which takes the focus.
		await expect(field).toBeFocused();
		await expect(field).toHaveAttribute('aria-invalid', 'true');
		await expectBeside(
			field,
			'“last Tuesday” is not a date this page can read. Enter the day it was published'
		);
		await expect(spokenAlerts(page)).toHaveCount(0);
		// A day that is not on the calendar is refused too, not made into a timeline.
		await field.fill('2023-02-29');
		await page.keyboard.press('Enter');
		await expectBeside(
			field,
			'“2023-02-29” is not a date on the calendar: February 2023 has 28 days.'
		);
		await expect(field).toBeFocused();
		await field.fill('2023-11-02');
		await expect(field).toHaveAttribute('aria-invalid', 'false');
		await page.getByRole('button', { name: 'Build the timeline' }).click();
		await expect(page.getByRole('heading', { name: /^Events \(1\)$/ })).toBeVisible({
			timeout: 20_000
		});
		await expect(page.getByText('Oct. 12, 2023').first()).toBeVisible();
	});

	test('a publication date in words is read as the event editor reads dates, and an impossible one is refused @phone', async ({
		page
	}) => {
		const text = 'Council approves budget\n\nThe council met on Wednesday and approved the budget.';
		await pasteAndBuild(page, text);
		const field = page.getByLabel('Publication date');
		// Empty, the field shows an example, not what could pass for a date already filled in.
		await expect(field).toHaveValue('');
		await expect(field).toHaveAttribute('placeholder', 'e.g. 2024-01-08 or Jan. 8, 2024');
		await field.click();
		await page.keyboard.type('Feb. 30, 1998');
		await page.keyboard.press('Enter');
		await expectBeside(
			field,
			'“Feb. 30, 1998” is not a date on the calendar: February 1998 has 28 days.'
		);
		await expect(field).toBeFocused();
		await page.keyboard.type('early February 1998');
		await page.keyboard.press('Enter');
		await expectBeside(field, '“early February 1998” does not name a day.');
		await page.keyboard.type('Feb. 6, 1998');
		await expect(field).toHaveAttribute('aria-invalid', 'false');
		await page.getByRole('button', { name: 'Build the timeline' }).click();
		await expect(page.getByRole('heading', { name: /^Events \(1\)$/ })).toBeVisible({
			timeout: 20_000
		});
		await expect(page.getByText('published 1998-02-06')).toBeVisible();
		// "Wednesday" was read from that day, as the extractor run in Node reads it.
		const expected = extractStory([{ text, published: '1998-02-06' }]).dataset.events[0];
		expect(expected.date).toBe('1998-02-04');
		await expect(eventCard(page, expected.title)).toContainText('Feb. 4, 1998');
	});

	test('an extraction that fails is refused beside Build, which takes the focus, and keeps the text and the date @phone', async ({
		page
	}) => {
		const text =
			'Council approves budget\n\nThe council met on Oct. 12, 2023 and approved the budget.';
		// The extractor's worker cannot be loaded (a flaky connection, a blocked script).
		await page.route(/extract\.worker/, (route) => route.abort());
		await page.goto('/new/');
		await page.getByLabel(/Paste the article/).fill(text);
		await page.getByRole('button', { name: 'Read the article' }).click();
		// The date could not be looked for: the page says so, and asks for it.
		await expect(
			page.getByText(
				'The page could not look for the publication date (The extractor stopped: it could not start.)'
			)
		).toBeVisible({ timeout: 15_000 });
		await page.getByLabel('Publication date').fill('2023-11-02');
		const build = page.getByRole('button', { name: 'Build the timeline' });
		await build.click();
		const message = await expectBeside(
			build,
			'The extractor stopped: it could not start. The article and its date are kept'
		);
		await expect(build).toBeFocused();
		await expect(page.getByLabel('Publication date')).toHaveValue('2023-11-02');
		await page.getByRole('button', { name: 'Back to the article' }).click();
		await expect(page.getByLabel(/Paste the article/)).toHaveValue(text);

		// Once the worker loads, a retry works and the message is gone.
		await page.unroute(/extract\.worker/);
		await page.getByRole('button', { name: 'Read the article' }).click();
		await page.getByLabel('Publication date').fill('2023-11-02');
		await build.click();
		await expect(page.getByRole('heading', { name: /^Events \(1\)$/ })).toBeVisible({
			timeout: 20_000
		});
		await expect(message).toHaveCount(0);
		await expect(spokenAlerts(page)).toHaveCount(0);
	});

	test('pasting a text with no dates shows a calm note on how to add events, not an error', async ({
		page
	}) => {
		await pasteAndBuild(
			page,
			'Published: January 8, 2024\n\nThe cat sat on the mat. Nobody knows why.'
		);
		await page.getByRole('button', { name: 'Build the timeline' }).click();
		const note = page.getByRole('status').filter({ hasText: 'No dated events were found' });
		await expect(note).toBeVisible({ timeout: 20_000 });
		await expect(note).toContainText('select its words in the article below');
		await expect(note).toContainText('Add as new event');
		await expect(spokenAlerts(page)).toHaveCount(0);
		await expect(page.getByText('That did not work.')).toHaveCount(0);
		// No empty chart with its axis and ticks.
		await expect(page.getByTestId('draft-timeline')).toHaveCount(0);
		await expect(page.getByTestId('article-text')).toContainText('The cat sat on the mat.');
	});

	test('words not in the article are refused under the find box, until words that are in it are found @phone', async ({
		page
	}) => {
		await buildSeed(page);
		const find = page.getByLabel('Or find exact words to select');
		await find.fill('Islamic Republic');
		await page.getByRole('button', { name: 'Find', exact: true }).click();
		const message = await expectBeside(
			find,
			'“Islamic Republic” is not in the article (the search matches exact characters).'
		);
		await expect(find).toHaveAttribute('aria-invalid', 'true');
		await expect(find).toBeFocused();
		await find.fill('Islamic State');
		await expectCleared(find, message);
		await page.keyboard.press('Enter');
		await expect(page.getByTestId('selection-bar')).toContainText('Selected: Islamic State');
		await expect(spokenAlerts(page)).toHaveCount(0);
	});

	test('a quote an event already has is refused under that event’s buttons, until other words are selected', async ({
		page
	}) => {
		await buildSeed(page);
		const id = await page.locator('article.event').first().getAttribute('data-event-id');
		const card = page.locator(`article.event[data-event-id="${id}"]`);
		const find = page.getByLabel('Or find exact words to select');
		const addQuote = card.getByRole('button', { name: 'Add selection as quote' });
		await find.fill('Islamic State');
		await page.keyboard.press('Enter');
		await addQuote.click();
		await expect(card.locator('blockquote').last()).toHaveText('Islamic State');
		// The same words again.
		await find.fill('Islamic State');
		await page.keyboard.press('Enter');
		await addQuote.click();
		const message = await expectBeside(addQuote, 'This event already quotes exactly these words.');
		await expect(card.locator('blockquote', { hasText: /^Islamic State$/ })).toHaveCount(1);
		// Other words: the refusal no longer holds.
		await find.fill('Popular Mobilization');
		await page.keyboard.press('Enter');
		await expect(message).toHaveText('');
		await expect(addQuote).not.toHaveAttribute('aria-describedby');
	});

	test('details the page refuses are said under their field, which takes the focus, until saved right', async ({
		page
	}) => {
		await buildSeed(page);
		const timeline = page.getByRole('region', { name: '3. Publish it, or take it with you' });
		const id = timeline.getByLabel('Id (its file name)');
		await id.fill('!!!');
		await id.press('Enter');
		const idMessage = await expectBeside(id, 'The id needs at least one letter or digit.');
		await expect(id).toBeFocused();
		await expect(id).toHaveAttribute('aria-invalid', 'true');
		await page.keyboard.press('Control+A');
		await page.keyboard.type('iraq exit');
		await expectCleared(id, idMessage);
		await id.press('Enter');
		await expect(id).toHaveValue('iraq-exit');

		const link = timeline.getByLabel('Link');
		await link.fill('javascript:alert(1)');
		await timeline.getByRole('button', { name: 'Save details' }).last().click();
		const linkMessage = await expectBeside(
			link,
			'A link must be a full http:// or https:// address.'
		);
		await expect(link).toBeFocused();
		const published = timeline.getByLabel('Published', { exact: true });
		await link.fill('https://apnews.com/article/iraq');
		await published.fill('2024-02-30');
		await published.press('Enter');
		await expect(linkMessage).toHaveText('');
		await expectBeside(
			published,
			'“2024-02-30” is not a date on the calendar: February 2024 has 29 days.'
		);
		await expect(published).toBeFocused();
		await published.fill('2024-01-08T10:19');
		await published.press('Enter');
		await expect(spokenAlerts(page)).toHaveCount(0);
		await expect(link).toHaveValue('https://apnews.com/article/iraq');
	});

	test('an article’s details save as they came, a publication time with its zone included', async ({
		page
	}) => {
		await page.goto('/new/');
		await page.getByLabel(/Choose an article file/).setInputFiles(fixture('harbour-bridge.html'));
		await page.getByRole('button', { name: 'Build the timeline' }).click();
		const article = page.getByRole('region', { name: '3. Publish it, or take it with you' });
		await expect(article.getByLabel('Published', { exact: true })).toHaveValue(
			'2024-03-15T08:30+00:00',
			{ timeout: 20_000 }
		);
		await article.getByLabel('Author').fill('Staff reporter');
		await article.getByRole('button', { name: 'Save details' }).last().click();
		await expect(page.getByRole('button', { name: /^Undo\s*: Edit source details/ })).toBeVisible();
		await expect(spokenAlerts(page)).toHaveCount(0);
	});

	test('a pasted article’s byline and wire dateline fill its author and publisher', async ({
		page
	}) => {
		await pasteAndBuild(
			page,
			'Port talks stall\n\nBy Ann Roe and Bo Li\n\nGENEVA (Reuters) - Talks on the port stalled on Monday, officials said.\n\nPublished: March 5, 2025'
		);
		await page.getByRole('button', { name: 'Build the timeline' }).click();
		const article = page.getByRole('region', { name: '3. Publish it, or take it with you' });
		await expect(article.getByLabel('Author')).toHaveValue('Ann Roe and Bo Li', {
			timeout: 20_000
		});
		await expect(article.getByLabel('Publisher')).toHaveValue('Reuters');
	});

	test('a draft the browser could not keep is said under the save state, and saving again clears it @phone', async ({
		page,
		baseURL
	}) => {
		// The browser's storage for the site is full: 1 kB, less than the article.
		const origin = new URL(baseURL!).origin;
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1024 });
		await buildSeed(page);

		const state = page.getByTestId('save-state');
		await expect(state).toHaveText('Not saved: download it');
		const problem = page.getByTestId('save-problem');
		await expect(problem).toHaveRole('status');
		await expect(problem).toContainText(
			'Not saved: this browser did not keep the draft (the storage allowed to this site is full).'
		);
		await expect(problem).toContainText('Your work is still on this page');
		await expect(problem).toBeInViewport();
		const [at, said] = [(await state.boundingBox())!, (await problem.boundingBox())!];
		expect(said.y - (at.y + at.height)).toBeLessThan(200);
		// Still in view while the person works further down the page.
		await page
			.getByRole('heading', { name: '3. Publish it, or take it with you' })
			.scrollIntoViewIfNeeded();
		await expect(problem).toBeInViewport();

		// Room is made: saving again keeps the draft, and the message goes.
		await cdp.send('Storage.overrideQuotaForOrigin', { origin });
		await problem.getByRole('button', { name: 'Save again' }).click();
		await expect(state).toHaveText('All changes saved in this browser');
		await expect(problem).toHaveText('');
		await page.reload();
		await expect(page.getByRole('heading', { name: /^Events \(\d+\)$/ })).toBeVisible({
			timeout: 15_000
		});
	});
});

test(
	'the page answers a click within 100 ms while a 50,000-word article is being extracted',
	ALONE,
	async ({ page }) => {
		test.setTimeout(120_000);
		const long = longArticle();
		expect(long.split(/\s+/).filter(Boolean).length).toBeGreaterThanOrEqual(50_000);

		await chooseLongArticle(page);
		// Measured in the page: from the click's own timestamp (when Chromium received it) to the
		// next frame after it was handled, and whether the extraction was still running then.
		await page.evaluate(() => {
			const w = window as unknown as { clicks: { ms: number; extracting: boolean }[] };
			w.clicks = [];
			document.addEventListener(
				'click',
				(event) => {
					const handled = performance.now();
					const extracting = !!document.querySelector('progress#extract-progress');
					requestAnimationFrame(() => {
						w.clicks.push({
							ms: Math.max(handled, performance.now()) - event.timeStamp,
							extracting
						});
					});
				},
				{ capture: true }
			);
		});
		// Clicks go to the page's heading, which stays put and does nothing, as raw mouse input (no
		// waiting for actionability between them): a built site reads 50,000 words in well under a
		// second, too soon for a click that first waits for its target.
		const heading = await page
			.getByRole('heading', { name: 'New timeline', level: 1 })
			.boundingBox();
		if (!heading) throw new Error('the page heading has no box');
		await page.getByRole('button', { name: 'Build the timeline' }).click();
		const progress = page.locator('progress#extract-progress');
		// Click again and again for as long as the extraction runs.
		let seen = false;
		for (let i = 0; i < 300; i++) {
			await page.mouse.click(heading.x + 8, heading.y + heading.height / 2);
			if (await progress.isVisible()) seen = true;
			else if (seen) break;
		}
		const clicks = await page.evaluate(
			() => (window as unknown as { clicks: { ms: number; extracting: boolean }[] }).clicks
		);
		// The clicks made while the worker was reading (not the Build click that started it).
		const during = clicks.filter((c) => c.extracting).map((c) => c.ms);
		expect(during.length, 'clicks that landed during the extraction').toBeGreaterThanOrEqual(1);
		expect(Math.max(...during), `click latencies ${during.join(', ')} ms`).toBeLessThan(100);

		await expect(page.getByRole('heading', { name: /^Events \(\d+\)$/ })).toBeVisible({
			timeout: 60_000
		});
		// People, places and organisations are looked for however long the text is.
		const { text } = await downloadJson(page, /Dataset \(\.json\)/);
		const events = (JSON.parse(text) as Dataset).events;
		expect(events.filter((e) => (e.entities?.people ?? []).length > 0).length).toBeGreaterThan(
			events.length / 4
		);
	}
);

test('a long extraction can be cancelled, and started again', async ({ page }) => {
	test.setTimeout(120_000);
	// Long enough, and the CPU slowed enough, that the extraction is still running when Cancel is
	// pressed: a built site reads 50,000 words faster than a click lands, and the worker, which the
	// throttling does not slow, read 200,000 words before the click in one CI run.
	await chooseLongArticle(page, 600_000);
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 8 });
	await page.getByRole('button', { name: 'Build the timeline' }).click();
	await page.getByRole('button', { name: 'Cancel' }).click();
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
	await expect(page.locator('progress#extract-progress')).toHaveCount(0);
	// Said beside the Build button, which takes the focus back, described by it.
	const build = page.getByRole('button', { name: 'Build the timeline' });
	await expectBeside(build, 'Extraction cancelled. The article and its date are kept');
	await expect(build).toBeFocused();
	await expect(page.getByRole('heading', { name: /^Events/ })).toHaveCount(0);
	await page.getByRole('button', { name: 'Build the timeline' }).click();
	await expect(page.getByRole('heading', { name: /^Events \(\d+\)$/ })).toBeVisible({
		timeout: 90_000
	});
});
