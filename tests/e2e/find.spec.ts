/**
 * Search, filters and "Download image" on the reader's page (issue 16): a word of a quote finds
 * its event and the URL keeps it; a person filter leaves only that person's events, in the
 * timeline, the list, the URL and an embed given it; the picture holds every title in view as
 * text and its PNG is drawn; the new controls pass axe in light and dark.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { fromSheetsCsv } from '../../src/lib/data/sheets';
import { seed } from './helpers/editors';

const hostPort = Number(process.env.PORT ?? 4173) + 1;

/** A word of one event's quotes that no other event has, nor its own title: found only by quote. */
function quoteOnlyWord(): { word: string; title: string } {
	const textOf = (e: (typeof seed.events)[number]) =>
		[e.title, e.summary ?? '', ...e.quotes.map((q) => q.text)].join(' ').toLowerCase();
	for (const event of seed.events) {
		for (const quote of event.quotes) {
			for (const [word] of quote.text.matchAll(/\p{L}{6,}/gu)) {
				const w = word.toLowerCase();
				const has = (text: string) => new RegExp(`(^|[^\\p{L}])${w}`, 'u').test(text);
				const holders = seed.events.filter((e) => has(textOf(e)));
				if (holders.length === 1 && !has(event.title.toLowerCase())) {
					return { word: w, title: event.title };
				}
			}
		}
	}
	throw new Error('the seed has no word found only in one event’s quotes');
}

/** The person named by the most events, short of all of them, and those events' ids. */
function busiestPerson(): { person: string; ids: string[] } {
	const people = [...new Set(seed.events.flatMap((e) => e.entities?.people ?? []))];
	const withEvents = people.map((person) => ({
		person,
		ids: seed.events.filter((e) => e.entities?.people.includes(person)).map((e) => e.id)
	}));
	withEvents.sort((a, b) => b.ids.length - a.ids.length);
	const pick = withEvents.find((p) => p.ids.length < seed.events.length && p.ids.length > 1);
	if (!pick) throw new Error('the seed names no person in more than one event');
	return pick;
}

/** What the search box says it found (a polite live region beside it). */
function searchStatus(page: Page) {
	return page.getByRole('search').locator('[aria-live]');
}

async function timelineReady(page: Page) {
	await expect(page.getByTestId('timeline').locator('[data-event-id]').first()).toBeVisible({
		timeout: 20_000
	});
	// The bar's code comes with the reader's first move, or at once for a URL with filters.
	await page.mouse.move(5, 5);
	await expect(page.getByRole('search')).toBeVisible();
}

/** The ids of the events the timeline draws now. */
async function drawnIds(page: Page): Promise<string[]> {
	return page
		.getByTestId('timeline')
		.locator('[data-event-id]')
		.evaluateAll((marks) => marks.map((m) => m.getAttribute('data-event-id')!));
}

/** Serves a dataset from the newsroom stand-in (another origin, with CORS), returning its URL. */
async function serve(request: APIRequestContext, name: string, body: string): Promise<string> {
	const response = await request.put(`http://127.0.0.1:${hostPort}/pages/${name}`, {
		data: Buffer.from(body),
		headers: { 'content-type': 'application/json' }
	});
	expect(response.status()).toBe(204);
	return `http://localhost:${hostPort}/pages/${name}`;
}

const pompeii = fromSheetsCsv(
	readFileSync('tests/fixtures/timelinejs/pompeii.sheet.csv', 'utf8'),
	'pompeii.csv'
).dataset;

test('a search for a word in a quote finds its event, Enter opens it, and the URL keeps the search @phone', async ({
	page
}) => {
	const { word, title } = quoteOnlyWord();
	await page.goto('/');
	await timelineReady(page);
	const search = page.getByRole('searchbox', { name: 'Search' });
	await search.fill(word);
	await expect(searchStatus(page)).toHaveText('1 event found');
	// Marked, not hidden: on the timeline the event's title, in the list the word in its quote.
	const event = seed.events.find((e) => e.title === title)!;
	await expect(page.locator(`[data-event-id="${event.id}"]`)).toHaveClass(/\bfound\b/);
	await expect(page.locator('[data-event-id].found')).toHaveCount(1);
	const entry = page.locator(`#list-${event.id}`);
	await expect(entry.locator('blockquote mark').first()).toHaveText(new RegExp(`^${word}$`, 'i'));
	await expect(page.locator('section.list li')).toHaveCount(seed.events.length);
	expect(await entry.locator('.title bdi').evaluate((el) => el.textContent)).toBe(title);
	await search.press('Enter');
	await expect(page.getByRole('region', { name: title, exact: true })).toBeVisible();
	await expect(searchStatus(page)).toHaveText('1 of 1 found');
	await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(word);

	// The link shares the search: opened afresh, the box holds it and the event is found again.
	await page.goto(page.url());
	await timelineReady(page);
	await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue(word);
	await expect(searchStatus(page)).toContainText('found');
	await page.getByRole('searchbox', { name: 'Search' }).press('Enter');
	await expect(page.getByRole('region', { name: title, exact: true })).toBeVisible();
});

test('the search bar arriving with the first move leaves the timeline where it was, at any width', async ({
	page
}) => {
	// A button a pointer or finger is on its way to must not move away under it when the bar's
	// code arrives (a tap on "Key events" once landed on the hint above it).
	for (const width of [320, 390, 560, 700, 704, 720, 900, 1280]) {
		await page.setViewportSize({ width, height: 800 });
		await page.goto('/');
		const timeline = page.getByTestId('timeline');
		await expect(timeline.locator('[data-event-id]').first()).toBeVisible();
		await expect(page.getByRole('search')).toHaveCount(0);
		// Its field and buttons stand where they will be meanwhile: no empty band above the
		// timeline, not even the room for the row the bar takes below its field when narrow.
		await expect(page.getByRole('searchbox', { name: 'Search' })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Download image' })).toBeVisible();
		expect(
			await emptyBandUnder(page.getByRole('searchbox', { name: 'Search' })),
			`at ${width}px`
		).toBeLessThan(2);
		const before = await timeline.evaluate((el) => el.getBoundingClientRect().top);
		await page.mouse.move(5, 5);
		await expect(page.getByRole('search')).toBeVisible();
		const after = await timeline.evaluate((el) => el.getBoundingClientRect().top);
		// Not a pixel (a fraction of one is the rows' rounding, not a jump).
		expect(Math.abs(after - before), `at ${width}px`).toBeLessThan(1);
	}
});

/**
 * How tall the empty band is at the bottom of the tools above the timeline that hold `control`:
 * the room they take below the lowest thing they show.
 */
async function emptyBandUnder(control: Locator): Promise<number> {
	return control.evaluate((field) => {
		const tools = field.closest('section')!.firstElementChild!;
		const shown = [...tools.querySelectorAll('*')]
			.map((el) => el.getBoundingClientRect())
			.filter((box) => box.height > 0);
		return tools.getBoundingClientRect().bottom - Math.max(...shown.map((box) => box.bottom));
	});
}

/** Holds back the code the page has not loaded yet (the bar's) until the returned call. */
async function holdBack(page: Page): Promise<() => void> {
	let release!: () => void;
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**', async (route) => {
		await held;
		await route.continue();
	});
	return release;
}

test('pressing the Filters button before the bar’s code arrives opens the filters once it does, at a phone’s width', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 800 });
	await page.goto('/');
	await expect(page.getByTestId('timeline').locator('[data-event-id]').first()).toBeVisible();
	// The bar's code is held back until the reader has pressed, as on a slow connection.
	const release = await holdBack(page);
	await page.getByRole('button', { name: 'Filters' }).press('Enter');
	await expect(page.getByRole('search')).toHaveCount(0);
	release();
	const people = page.getByRole('group', { name: 'People' });
	await expect(people).toBeVisible();
	await expect(page.locator('summary', { hasText: /^Filters/ })).toBeFocused();
});

test('words typed before the search bar arrives are searched for, and the bar takes the focus', async ({
	page
}) => {
	await page.goto('/');
	await expect(page.getByTestId('timeline').locator('[data-event-id]').first()).toBeVisible();
	// The bar's code is held back until the reader has typed, as on a slow connection.
	const release = await holdBack(page);
	const field = page.getByRole('searchbox', { name: 'Search' });
	await field.focus();
	await field.pressSequentially('soleiman');
	await expect(page.getByRole('search')).toHaveCount(0);
	release();
	await expect(page.getByRole('search')).toBeVisible();
	const search = page.getByRole('searchbox', { name: 'Search' });
	await expect(search).toHaveValue('soleiman');
	await expect(search).toBeFocused();
	// "Soleimani" is in two events' words; the caret is after the words, and typing goes on.
	await expect(searchStatus(page)).toHaveText('2 events found');
	await page.keyboard.type('i');
	await expect(search).toHaveValue('soleimani');
	await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('soleimani');
});

test('Enter and Shift+Enter step through what the search found, in date order', async ({
	page
}) => {
	await page.goto('/');
	await timelineReady(page);
	const search = page.getByRole('searchbox', { name: 'Search' });
	// "Soleimani" is in two events' words: their titles or quotes.
	await search.fill('soleimani');
	const status = searchStatus(page);
	await expect(status).toHaveText('2 events found');
	const holders = seed.events
		.filter((e) =>
			[e.title, ...e.quotes.map((q) => q.text)].join(' ').toLowerCase().includes('soleimani')
		)
		.sort((a, b) => a.start.localeCompare(b.start));
	await search.press('Enter');
	await expect(page.getByRole('region', { name: holders[0].title, exact: true })).toBeVisible();
	await search.press('Enter');
	await expect(page.getByRole('region', { name: holders[1].title, exact: true })).toBeVisible();
	await expect(status).toHaveText('2 of 2 found');
	await search.press('Shift+Enter');
	await expect(page.getByRole('region', { name: holders[0].title, exact: true })).toBeVisible();
	await search.press('Escape');
	await expect(search).toHaveValue('');
	await expect.poll(() => new URL(page.url()).searchParams.has('q')).toBe(false);
});

test('a person filter leaves only that person’s events in the timeline, the list and the URL, and an embed given it does too', async ({
	page
}) => {
	const { person, ids } = busiestPerson();
	await page.goto('/');
	await timelineReady(page);
	await page.getByText(/^Filters/).click();
	await page.getByRole('group', { name: 'People' }).getByLabel(person).check();
	const list = page.locator('section.list');
	await expect(list.getByRole('heading', { level: 2 })).toHaveText(
		`${ids.length} of ${seed.events.length} events`
	);
	const titles = seed.events.filter((e) => ids.includes(e.id)).map((e) => e.title);
	await expect(list.getByRole('listitem')).toHaveCount(ids.length);
	for (const title of titles) await expect(list.getByText(title, { exact: true })).toBeVisible();
	await expect.poll(() => drawnIds(page).then((d) => d.sort())).toEqual([...ids].sort());
	await expect.poll(() => new URL(page.url()).searchParams.getAll('person')).toEqual([person]);
	await expect(
		page.getByRole('button', { name: `Remove the filter Person: ${person}` })
	).toBeVisible();

	// The same filter in an embed's URL.
	await page.goto(`/embed/${seed.id}/?person=${encodeURIComponent(person)}`);
	await expect.poll(() => drawnIds(page).then((d) => d.sort())).toEqual([...ids].sort());
});

test('Download image: the SVG holds every title in view as text, and the PNG is drawn', async ({
	page,
	request
}) => {
	const src = await serve(request, 'find-pompeii', JSON.stringify(pompeii));
	await page.goto(`/?src=${encodeURIComponent(src)}`);
	await timelineReady(page);
	const byId = new Map(pompeii.events.map((e) => [e.id, e.title]));
	const visible = (await drawnIds(page)).map((id) => byId.get(id)!);
	expect(visible.length).toBeGreaterThan(2);

	await page.getByText('Download image', { exact: true }).click();
	const [svgFile] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'SVG', exact: true }).click()
	]);
	expect(svgFile.suggestedFilename()).toBe(`${pompeii.id}.svg`);
	const svg = readFileSync((await svgFile.path())!, 'utf8');
	const unescape = (s: string) =>
		s
			.replace(/&lt;/g, '<')
			.replace(/&gt;/g, '>')
			.replace(/&quot;/g, '"')
			.replace(/&#39;/g, "'")
			.replace(/&amp;/g, '&');
	const marks = [...svg.matchAll(/<g class="mark"><title>([^<]*)<\/title>/g)].map((m) =>
		unescape(m[1])
	);
	for (const title of visible) expect(marks).toContain(title);
	const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => unescape(m[1]));
	expect(texts).toContain(pompeii.title);
	// The groups name their rows, and the eras their bands.
	for (const group of ['Politics', 'Nature', 'Science']) expect(texts).toContain(group);
	const eras = [...svg.matchAll(/<g class="era"><title>([^<]*)<\/title>/g)].map((m) => m[1]);
	expect(eras).toEqual(pompeii.eras!.map((era) => era.title));

	const [pngFile] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'PNG', exact: true }).click()
	]);
	expect(pngFile.suggestedFilename()).toBe(`${pompeii.id}.png`);
	const png = readFileSync((await pngFile.path())!);
	expect(png.subarray(1, 4).toString()).toBe('PNG');
	// Drawn, not blank: many pixels differ from the paper colour of its first pixel.
	const inked = await page.evaluate(async (data) => {
		const image = new Image();
		image.src = `data:image/png;base64,${data}`;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = image.width;
		canvas.height = image.height;
		const context = canvas.getContext('2d')!;
		context.drawImage(image, 0, 0);
		const { data: pixels } = context.getImageData(0, 0, image.width, image.height);
		let differing = 0;
		for (let i = 0; i < pixels.length; i += 4)
			if (Math.abs(pixels[i] - pixels[0]) + Math.abs(pixels[i + 1] - pixels[1]) > 60) differing++;
		return { width: image.width, share: differing / (pixels.length / 4) };
	}, png.toString('base64'));
	expect(inked.width).toBeGreaterThan(2000);
	expect(inked.share).toBeGreaterThan(0.005);
});

test('What is in view: the picture of a zoomed view leaves out what is outside it', async ({
	page,
	request
}) => {
	const src = await serve(request, 'find-pompeii-view', JSON.stringify(pompeii));
	// The days of the eruption only.
	await page.goto(`/?src=${encodeURIComponent(src)}&from=0079-08-20&to=0079-08-30`);
	await timelineReady(page);
	await page.getByText('Download image', { exact: true }).click();
	await page.getByLabel('What is in view').check();
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'SVG', exact: true }).click()
	]);
	expect(file.suggestedFilename()).toBe(`${pompeii.id}-in-view.svg`);
	const svg = readFileSync((await file.path())!, 'utf8');
	expect(svg).toContain('The cloud rises over Vesuvius');
	expect(svg).not.toContain('Excavations begin');
	expect(svg).toContain('In view:');
});

for (const scheme of ['light', 'dark'] as const) {
	test(`the search, filters and download controls have no axe violations in the ${scheme} theme @phone`, async ({
		page
	}) => {
		await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
		const { person } = busiestPerson();
		await page.goto(`/?q=soleimani&person=${encodeURIComponent(person)}`);
		await timelineReady(page);
		await page.getByText(/^Filters/).click();
		await page.getByText('Download image', { exact: true }).click();
		const results = await new AxeBuilder({ page }).include('[role="search"]').analyze();
		const summary = results.violations.map(
			(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`
		);
		expect(summary).toEqual([]);
	});
}
