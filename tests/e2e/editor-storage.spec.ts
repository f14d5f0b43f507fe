/**
 * Where `/new/` keeps its work (issue 17): one tab at a time holds the draft, and another offers
 * to take it over; storage that never answers, or is missing, is said in words and the page works
 * without it; text typed is stored as it is typed, not 400 ms later; and a draft stored by the
 * editor before the session module (stored format version 1) still opens.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { Dataset } from '../../src/lib/data/schema';

const seedDataset: Dataset = JSON.parse(
	readFileSync('data/timelines/iraq-coalition-exit.json', 'utf8')
);

/** Opens `/new/` and imports the seed dataset as a draft, as a journalist carrying on would. */
async function importSeed(page: Page) {
	await page.goto('/new/');
	await page.getByLabel(/Import a timeline/).setInputFiles({
		name: 'iraq.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(seedDataset))
	});
	await expect(page.getByRole('heading', { name: /^Events \(\d+\)$/ })).toBeVisible();
	await expect(page.getByTestId('save-state')).toHaveText('All changes saved in this browser');
}

/** Retitles the first event of the draft. */
async function retitleFirst(page: Page, title: string) {
	const card = page.locator('article.event').first();
	await card.getByRole('button', { name: /^Edit / }).click();
	await card.getByLabel('Title').fill(title);
	await card.getByRole('button', { name: 'Save changes' }).click();
	await expect(page.locator('article.event h3', { hasText: title })).toBeVisible();
}

function titles(page: Page) {
	return page.locator('article.event h3');
}

test.describe('two tabs of /new/', () => {
	test('one holds the draft; the other says it is open elsewhere and takes it over, and the first stops saving and says so', async ({
		context
	}) => {
		const first = await context.newPage();
		await importSeed(first);
		await retitleFirst(first, 'Edited in the first tab');

		// A second tab: the draft is not shown there, nor an empty paste box that would start another.
		const second = await context.newPage();
		await second.goto('/new/');
		const elsewhere = second.getByTestId('draft-elsewhere');
		await expect(
			elsewhere.getByRole('heading', { name: 'This draft is open in another tab' })
		).toBeVisible();
		await expect(second.getByLabel(/Paste the article/)).toHaveCount(0);
		await expect(second.getByTestId('save-state')).toHaveCount(0);
		// The first tab is not disturbed by it.
		await expect(first.getByTestId('save-state')).toHaveText('All changes saved in this browser');
		await retitleFirst(first, 'Edited again in the first tab');
		await expect(first.getByTestId('save-state')).toHaveText('All changes saved in this browser');

		// Taken over: the second tab has every change the first saved.
		await elsewhere.getByRole('button', { name: 'Take it over here' }).click();
		await expect(titles(second).filter({ hasText: 'Edited again in the first tab' })).toHaveCount(
			1
		);
		await expect(second.getByTestId('save-state')).toHaveText('All changes saved in this browser');
		// The first tab says it lost the draft, and shows no draft it could go on changing.
		const lost = first.getByTestId('draft-elsewhere');
		await expect(
			lost.getByRole('heading', { name: 'This draft is now open in another tab' })
		).toBeVisible();
		await expect(lost).toContainText('This tab no longer saves it');
		await expect(first.locator('article.event')).toHaveCount(0);
		await expect(first.getByTestId('save-state')).toHaveCount(0);

		// The second tab's edit stays after a reload: the first tab wrote nothing over it.
		await retitleFirst(second, 'Edited in the second tab');
		await second.reload();
		await expect(titles(second).filter({ hasText: 'Edited in the second tab' })).toHaveCount(1);
		await second.getByRole('button', { name: /^Undo/ }).click();
		await expect(titles(second).filter({ hasText: 'Edited again in the first tab' })).toHaveCount(
			1
		);
		await second.getByRole('button', { name: /^Redo/ }).click();
		await expect(second.getByTestId('save-state')).toHaveText('All changes saved in this browser');

		// And the first tab can take it back, with the second tab's edit.
		await lost.getByRole('button', { name: 'Take it back' }).click();
		await expect(titles(first).filter({ hasText: 'Edited in the second tab' })).toHaveCount(1);
		await expect(
			second.getByRole('heading', { name: 'This draft is now open in another tab' })
		).toBeVisible();
	});

	test('once the tab holding the draft is closed, a tab opened after it has the draft at once', async ({
		context
	}) => {
		const first = await context.newPage();
		await importSeed(first);
		await retitleFirst(first, 'Edited before closing');
		const second = await context.newPage();
		await second.goto('/new/');
		await expect(second.getByTestId('draft-elsewhere')).toBeVisible();
		await first.close();
		await second.reload();
		await expect(titles(second).filter({ hasText: 'Edited before closing' })).toHaveCount(1);
		await expect(second.getByTestId('save-state')).toHaveText('All changes saved in this browser');
	});
});

test.describe('storage that does not answer, or is missing', () => {
	test('an IndexedDB that never opens leaves the paste box working, and says in words that nothing is kept @phone', async ({
		page
	}) => {
		test.setTimeout(60_000);
		// A broken profile: open() is asked, and never answers.
		await page.addInitScript(() => {
			IDBFactory.prototype.open = function () {
				return {} as IDBOpenDBRequest;
			};
		});
		await page.goto('/new/');
		const box = page.getByLabel(/Paste the article/);
		await expect(box).toBeVisible({ timeout: 15_000 });
		const problem = page.getByTestId('storage-problem');
		await expect(problem).toContainText(
			'this browser did not keep the draft (its storage did not answer within 5 seconds).'
		);
		await expect(problem).toHaveRole('status');
		// Typed text is not said to be kept when it is not.
		await box.fill('Council approves budget\n\nPublished: January 8, 2024\n\nThe council met.');
		await expect(page.getByText(/\d+ words$/)).toBeVisible();
		await expect(page.getByText('kept in this browser')).toHaveCount(0);

		// The draft is made all the same, and its save state says why it is not kept.
		await page.getByRole('button', { name: 'Read the article' }).click();
		await page.getByRole('button', { name: 'Build the timeline' }).click({ timeout: 15_000 });
		await expect(page.getByRole('heading', { name: /^Events \(\d+\)$/ })).toBeVisible({
			timeout: 20_000
		});
		await expect(page.getByTestId('save-state')).toHaveText('Not saved: download it', {
			timeout: 15_000
		});
		await expect(page.getByTestId('save-problem')).toContainText(
			'Not saved: this browser did not keep the draft (its storage did not answer within 5 seconds).'
		);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByTestId('save-problem').getByRole('button', { name: 'Download (.json)' }).click()
		]);
		expect(JSON.parse(readFileSync(await download.path(), 'utf8')).version).toBe(1);
	});

	test('a browser without IndexedDB is told so in words, not with a JavaScript error', async ({
		page
	}) => {
		await page.addInitScript(() => {
			Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
		});
		await page.goto('/new/');
		const jsError = /undefined|Cannot read|is not defined|TypeError|ReferenceError/;
		const problem = page.getByTestId('storage-problem');
		await expect(problem).toContainText(
			'this browser did not keep the draft (it gives this page no storage: IndexedDB is turned off or missing, as in some private windows).'
		);
		await expect(problem).not.toContainText(jsError);
		await page.getByLabel(/Import a timeline/).setInputFiles({
			name: 'iraq.json',
			mimeType: 'application/json',
			buffer: Buffer.from(JSON.stringify(seedDataset))
		});
		const saveProblem = page.getByTestId('save-problem');
		await expect(saveProblem).toContainText(
			'Not saved: this browser did not keep the draft (it gives this page no storage: IndexedDB is turned off or missing'
		);
		await expect(saveProblem).not.toContainText(jsError);
	});
});

test.describe('text being pasted', () => {
	test('is stored as it is typed: a tab that dies a moment later, saying nothing, loses none of it', async ({
		context
	}) => {
		const page = await context.newPage();
		// A tab that dies says nothing first: the page hears no pagehide nor visibilitychange.
		await page.addInitScript(() => {
			const deaf = (event: Event) => event.stopImmediatePropagation();
			window.addEventListener('pagehide', deaf, true);
			document.addEventListener('visibilitychange', deaf, true);
		});
		await page.goto('/new/');
		const box = page.getByLabel(/Paste the article/);
		await expect(box).toBeVisible();
		await box.fill('Notes for the council story');
		// Well within the 400 ms the page used to wait before storing it.
		await page.waitForTimeout(150);
		await page.close();

		const again = await context.newPage();
		await again.goto('/new/');
		await expect(again.getByLabel(/Paste the article/)).toHaveValue('Notes for the council story');
		await expect(again.getByText('5 words · kept in this browser')).toBeVisible();
	});

	test('is stored when the tab is closed straight after typing', async ({ context }) => {
		const page = await context.newPage();
		await page.goto('/new/');
		const box = page.getByLabel(/Paste the article/);
		await expect(box).toBeVisible();
		await box.fill('Notes');
		await box.press('End');
		await page.keyboard.type(' for the council story');
		await page.close();

		const again = await context.newPage();
		await again.goto('/new/');
		await expect(again.getByLabel(/Paste the article/)).toHaveValue('Notes for the council story');
	});
});

test('a draft stored by the editor before the session module (version 1) opens, and is stored anew when changed', async ({
	page
}) => {
	await page.goto('/new/');
	await expect(page.getByLabel(/Paste the article/)).toBeVisible();
	// Written as the version 1 editor wrote it: the history with each source text packed as `#0`.
	const dataset = structuredClone(seedDataset);
	const text = dataset.sources[0].text;
	const packed = { ...dataset, sources: dataset.sources.map((s) => ({ ...s, text: '#0' })) };
	const renamed = { ...packed, title: 'Iraq moves to end the coalition (renamed)' };
	const v1 = {
		version: 1,
		history: {
			past: [{ label: 'Extract', value: packed }],
			present: { label: 'Edit timeline details', value: renamed },
			future: []
		},
		texts: [text],
		notices: ['A note kept with the draft'],
		savedAt: '2024-01-09T08:00:00.000Z'
	};
	await page.evaluate(async (record) => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('dateline-editor');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		await new Promise((resolve, reject) => {
			const tx = db.transaction('drafts', 'readwrite');
			tx.objectStore('drafts').put(record, 'draft');
			tx.oncomplete = resolve;
			tx.onerror = () => reject(tx.error);
		});
		db.close();
	}, v1);
	await page.reload();
	await expect(
		page.getByRole('heading', { name: 'Iraq moves to end the coalition (renamed)' })
	).toBeVisible();
	await expect(page.getByRole('region', { name: 'Notes on this draft' })).toContainText(
		'A note kept with the draft'
	);
	await expect(page.getByTestId('article-text')).toHaveText(text);
	await expect(
		page.getByRole('heading', { name: `Events (${dataset.events.length})` })
	).toBeVisible();
	// Its history came along: the rename can be undone.
	await page.getByRole('button', { name: /^Undo\s*: Edit timeline details/ }).click();
	await expect(page.getByRole('heading', { name: dataset.title, level: 2 })).toBeVisible();
	await expect(page.getByTestId('save-state')).toHaveText('All changes saved in this browser');
	const stored = await page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve) => {
			const request = indexedDB.open('dateline-editor');
			request.onsuccess = () => resolve(request.result);
		});
		const record = await new Promise<{
			version: number;
			articles: unknown;
			tombstones: unknown;
		}>((resolve) => {
			const request = db.transaction('drafts').objectStore('drafts').get('draft');
			request.onsuccess = () => resolve(request.result);
		});
		db.close();
		return { version: record.version, articles: record.articles, tombstones: record.tombstones };
	});
	// Stored in today's shape (version 3), with nothing set aside yet.
	expect(stored).toEqual({
		version: 3,
		articles: [{ source: dataset.sources[0].id, name: '' }],
		tombstones: []
	});
	await page.reload();
	await expect(page.getByRole('heading', { name: dataset.title, level: 2 })).toBeVisible();
});
