/**
 * TimelineJS's Google Sheets template, downloaded as CSV, in the authoring page (issue 16): it
 * imports with its dates (BC years, times of day), groups and eras, and the draft goes back out as
 * the same template. The format's rules are unit-tested in `src/lib/data`; here a person drops
 * the file and downloads the sheet.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fromSheetsCsv, SHEETS_COLUMNS } from '../../src/lib/data/sheets';

const SHEET = 'tests/fixtures/timelinejs/pompeii.sheet.csv';

async function importSheet(page: Page, path = SHEET) {
	await page.goto('/new/');
	await page.getByLabel(/Import a timeline/).setInputFiles(path);
	await expect(page.getByRole('heading', { name: /^Events \(\d+\)$/ })).toBeVisible();
}

function eventCard(page: Page, title: string) {
	return page.locator('article.event').filter({ has: page.getByRole('heading', { name: title }) });
}

test.describe('the TimelineJS sheet in the authoring page', () => {
	test('imports with its BC years, times of day, groups and eras, and says what it shows as links @phone', async ({
		page
	}) => {
		await importSheet(page);
		await expect(page.getByRole('heading', { name: 'Events (8)' })).toBeVisible();
		await expect(eventCard(page, 'Oscans settle by the river Sarno')).toContainText('600 BC');
		await expect(eventCard(page, 'The cloud rises over Vesuvius')).toContainText(
			'Aug. 24, AD 79, 1 p.m.'
		);
		await expect(eventCard(page, 'Pumice falls on the town')).toContainText(
			'Aug. 24, AD 79, 6:30 p.m.-Aug. 25, AD 79, 8 a.m.'
		);
		const notices = page.getByRole('region', { name: 'Notes on this draft' });
		await expect(notices).toContainText('1 medium (videos, maps, posts, pages) is shown as a link');
		// The words of the sheet are the source's text, ready to be quoted.
		await expect(page.getByTestId('article-text')).toContainText(
			'Giuseppe Fiorelli pours plaster into the hollows left in the ash.'
		);
	});

	test('the cosmology sheet imports with its years as years ago, its groups and its era', async ({
		page
	}) => {
		await importSheet(page, 'tests/fixtures/timelinejs/cosmos.sheet.csv');
		await expect(page.getByRole('heading', { name: 'Events (7)' })).toBeVisible();
		await expect(eventCard(page, 'The Big Bang')).toContainText('13.8 billion years ago');
		await expect(eventCard(page, 'The dinosaurs die out')).toContainText('66 million years ago');
		await expect(eventCard(page, 'Writing')).toContainText('3200 BC');
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'TimelineJS sheet (.csv)' }).click()
		]);
		const back = fromSheetsCsv(readFileSync((await download.path())!, 'utf8'), 'back.csv').dataset;
		expect(back.eras?.map((era) => era.title)).toEqual(['The Precambrian']);
		expect(back.events.map((e) => e.group)).toEqual(
			fromSheetsCsv(
				readFileSync('tests/fixtures/timelinejs/cosmos.sheet.csv', 'utf8'),
				'c.csv'
			).dataset.events.map((e) => e.group)
		);
	});

	test('goes back out as the template, with its groups, eras and HTML as they came', async ({
		page
	}) => {
		await importSheet(page);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'TimelineJS sheet (.csv)' }).click()
		]);
		expect(download.suggestedFilename()).toMatch(/\.sheet\.csv$/);
		const text = readFileSync((await download.path())!, 'utf8');
		expect(text.split('\n')[0]).toBe(SHEETS_COLUMNS.join(','));
		const original = fromSheetsCsv(readFileSync(SHEET, 'utf8'), 'pompeii.csv').dataset;
		const back = fromSheetsCsv(text, 'back.csv').dataset;
		expect(back.eras).toEqual(original.eras);
		expect(back.events.map((e) => [e.title, e.date, e.group, e.media, e.timelinejs])).toEqual(
			original.events.map((e) => [e.title, e.date, e.group, e.media, e.timelinejs])
		);
	});

	test('refuses a sheet with a bad cell under the import chooser, naming its row and column', async ({
		page
	}) => {
		await page.goto('/new/');
		const chooser = page.getByLabel(/Import a timeline/);
		await chooser.setInputFiles({
			name: 'bad.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from('Year,Month,Day,Time,Headline\n79,8,24,25:00,Eruption\n')
		});
		await expect(chooser).toHaveAttribute('aria-invalid', 'true');
		await expect(chooser).toHaveAccessibleDescription(
			/bad\.csv: row 2, column "Time": expected a time such as 18:00, 6:30 PM or 18:00:30, found "25:00"/
		);
	});
});
