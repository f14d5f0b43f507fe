import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

// An invented story (tests/fixtures/story): a bridge closed on Monday, surveyed on Wednesday,
// to reopen in April.
const story = (name: string) => `tests/fixtures/story/${name}`;
const first = readFileSync(story('1-bridge-closed.txt'), 'utf8');
// A later article, written for this test, that tells two happenings of the draft again.
const retelling = [
	'Published: March 8, 2025',
	'',
	'Harbor Bridge closure enters its first weekend',
	'',
	'The Harbor Bridge was closed on Monday after inspectors found a crack in its main girder.',
	'Engineers began a full survey of the Harbor Bridge on Wednesday, the department said.'
].join('\n');

const events = (page: Page) => page.locator('article.event');
const card = (page: Page, title: string | RegExp) =>
	events(page).filter({ has: page.getByRole('heading', { name: title }) });
const addPanel = (page: Page) => page.getByTestId('add-articles');

async function buildFirst(page: Page) {
	await page.goto('/new/');
	await page.getByLabel(/Paste the article/).fill(first);
	await page.getByRole('button', { name: 'Read the article' }).click();
	// The first use starts the extraction worker, which loads the extractor.
	await page.getByLabel('Publication date').fill('2025-03-04T08:00', { timeout: 15_000 });
	await page.getByRole('button', { name: 'Build the timeline' }).click();
	await expect(page.getByRole('heading', { name: /^Events \(\d+\)$/ })).toBeVisible({
		timeout: 20_000
	});
}

async function pasteNext(page: Page, text: string) {
	await addPanel(page)
		.getByLabel(/next article's text/)
		.fill(text);
	await addPanel(page).getByRole('button', { name: 'Add the article' }).click();
}

test.describe('adding articles to a draft', () => {
	test('articles added join the same draft, and the corrections made stay in force', async ({
		page
	}) => {
		await buildFirst(page);
		const closure = card(page, 'City closed the Harbor Bridge');
		await expect(closure).toHaveCount(1);

		// Two files chosen at once: one addition, one undoable step.
		await addPanel(page)
			.getByLabel(/Choose article files/)
			.setInputFiles([story('2-survey-begins.md'), story('3-reopening.html')]);
		await expect(page.getByTestId('add-note')).toContainText('Added 2 articles', {
			timeout: 20_000
		});
		await expect(page.getByRole('button', { name: /^Undo\s*: Add 2 articles/ })).toBeVisible();
		// The closure, told by all three, is still one event; the survey is a new one.
		await expect(closure).toHaveCount(1);
		await expect(card(page, 'Engineers began a full survey of the Harbor Bridge')).toHaveCount(1);
		await expect(page.getByLabel('Article', { exact: true }).locator('option')).toHaveCount(3);

		// The editor retitles the closure and deletes the survey.
		await closure.getByRole('button', { name: /^Edit/ }).click();
		await closure.getByLabel('Title').fill('Harbor Bridge shut after a crack is found');
		await closure.getByRole('button', { name: 'Save changes' }).click();
		const renamed = card(page, 'Harbor Bridge shut after a crack is found');
		await expect(renamed).toHaveCount(1);
		await card(page, 'Engineers began a full survey of the Harbor Bridge')
			.getByRole('button', { name: /^Delete/ })
			.click();
		await expect(card(page, /Engineers began/)).toHaveCount(0);
		const count = await events(page).count();

		// A reload, then an article telling both again: the title stays, the survey stays gone.
		await page.reload();
		await expect(renamed).toHaveCount(1);
		await pasteNext(page, retelling);
		await expect(page.getByTestId('add-note')).toContainText('Added 1 article', {
			timeout: 20_000
		});
		await expect(renamed).toHaveCount(1);
		await expect(card(page, /Engineers began/)).toHaveCount(0);
		await expect(card(page, /closed the Harbor Bridge/)).toHaveCount(0);
		await expect(events(page)).toHaveCount(count);
		await expect(page.getByLabel('Article', { exact: true }).locator('option')).toHaveCount(4);

		// The same article again adds nothing, and says so.
		await pasteNext(page, retelling);
		await expect(page.getByTestId('add-note')).toContainText('Nothing added', {
			timeout: 20_000
		});
		await expect(page.getByTestId('add-note')).toContainText('already in the story');
		await expect(events(page)).toHaveCount(count);
		await expect(page.getByLabel('Article', { exact: true }).locator('option')).toHaveCount(4);
		await expect(page.getByRole('button', { name: /^Undo\s*: Add article/ })).toBeVisible();
	});

	test('articles dropped on the page: the first on the article panel, the next on Add an article', async ({
		page
	}) => {
		/** Drags files of these names and texts over `panel` and drops them there. */
		async function dropOn(panel: Locator, files: { name: string; text: string }[]) {
			const dataTransfer = await page.evaluateHandle((files) => {
				const transfer = new DataTransfer();
				for (const { name, text } of files) transfer.items.add(new File([text], name));
				return transfer;
			}, files);
			await panel.dispatchEvent('dragover', { dataTransfer });
			// The panel says it takes what is dragged over it.
			await expect(panel).toHaveClass(/dragging/);
			await panel.dispatchEvent('drop', { dataTransfer });
			await expect(panel).not.toHaveClass(/dragging/);
		}

		await page.goto('/new/');
		await dropOn(page.locator('section[aria-labelledby="input-h"]'), [
			{ name: '1-bridge-closed.txt', text: first }
		]);
		await page.getByLabel('Publication date').fill('2025-03-04T08:00', { timeout: 15_000 });
		await page.getByRole('button', { name: 'Build the timeline' }).click();
		await expect(card(page, 'City closed the Harbor Bridge')).toHaveCount(1, { timeout: 20_000 });

		await dropOn(addPanel(page), [
			{ name: 'survey.md', text: readFileSync(story('2-survey-begins.md'), 'utf8') },
			{ name: 'retelling.txt', text: retelling }
		]);
		await expect(page.getByTestId('add-note')).toContainText('Added 2 articles', {
			timeout: 20_000
		});
		await expect(card(page, 'Engineers began a full survey of the Harbor Bridge')).toHaveCount(1);
		await expect(page.getByLabel('Article', { exact: true }).locator('option')).toHaveCount(3);
	});

	test('an article with no publication date is refused by its name, and adds nothing', async ({
		page
	}) => {
		await buildFirst(page);
		const count = await events(page).count();
		// A hostile file name, said as text.
		const undated = {
			name: 'undated <b>notes</b>.txt',
			mimeType: 'text/plain',
			buffer: Buffer.from('The ferry ran every twenty minutes on Thursday.')
		};
		await addPanel(page)
			.getByLabel(/Choose article files/)
			.setInputFiles(undated);
		const problem = addPanel(page).getByRole('alert');
		await expect(problem).toContainText('undated <b>notes</b>.txt: the article states no', {
			timeout: 20_000
		});
		await expect(events(page)).toHaveCount(count);
		// With the date typed, the same file is added.
		await addPanel(page)
			.getByLabel(/Published on/)
			.fill('2025-03-06');
		await addPanel(page)
			.getByLabel(/Choose article files/)
			.setInputFiles(undated);
		await expect(page.getByTestId('add-note')).toContainText('Added 1 article', {
			timeout: 20_000
		});
		await expect(events(page)).toHaveCount(count + 1);
	});
	test('a batch of forty articles, four published each day, is added in one step and counted', async ({
		page
	}) => {
		// Several sources published the same day once gave the axis two publication marks under
		// one key: Svelte's each_key_duplicate stopped the page mid-addition (bench:story).
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await buildFirst(page);
		const heading = page.getByRole('heading', { name: /^Events \(\d+\)$/ });
		const before = Number((await heading.innerText()).match(/\d+/)![0]);
		const trades = ['ferry', 'tram', 'canal', 'market', 'library', 'stadium', 'museum', 'school'];
		const batch = Array.from({ length: 40 }, (_, i) => {
			const day = 10 + Math.floor(i / 4);
			const trade = trades[i % trades.length];
			return {
				name: `update-${i + 1}.txt`,
				mimeType: 'text/plain',
				buffer: Buffer.from(
					[
						`Published: March ${day}, 2025`,
						'',
						`Harbor Bridge update ${i + 1}: the ${trade} reroutes`,
						'',
						'The Harbor Bridge was closed on Monday after inspectors found a crack in its main girder.',
						`The city said the ${trade} service number ${i + 1} would change its route on March ${day + 1}, 2025.`
					].join('\n')
				)
			};
		});
		await addPanel(page)
			.getByLabel(/Choose article files/)
			.setInputFiles(batch);
		const note = page.getByTestId('add-note');
		await expect(note).toContainText(/^Added 40 articles: \d+ new events?/, { timeout: 25_000 });
		const created = Number((await note.innerText()).match(/: (\d+) new event/)![1]);
		expect(created).toBeGreaterThan(0);
		await expect(heading).toHaveText(`Events (${before + created})`);
		await expect(page.getByLabel('Article', { exact: true }).locator('option')).toHaveCount(41);
		// The page still answers: the addition is one undoable step.
		await expect(page.getByRole('button', { name: /^Undo\s*: Add 40 articles/ })).toBeVisible();
		expect(errors).toEqual([]);
	});
});
