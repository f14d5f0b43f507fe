// Scratch screenshot script (not committed): grouped datasets at 390 and 1280 px.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { fromTimelineJs } from './src/lib/data/timelinejs';
import { seed } from './tests/e2e/helpers/editors';

const host = 'http://localhost:5901';
async function put(name: string, data: unknown) {
	const r = await fetch(`http://127.0.0.1:5901/pages/${name}`, {
		method: 'PUT',
		body: JSON.stringify(data),
		headers: { 'content-type': 'application/json' }
	});
	if (r.status !== 204) throw new Error(`put ${r.status}`);
	return `${host}/pages/${name}`;
}
const wall = fromTimelineJs(
	JSON.parse(readFileSync('tests/fixtures/editor/berlin-wall.timelinejs.json', 'utf8'))
).dataset;
const [isis, soleimani, hamas, saidi, committee] = seed.events;
const strip = ({ group: _g, ...e }: typeof isis) => e;
const grouped = {
	...seed,
	version: 2,
	id: 'grouped-shots',
	title: 'Grouped lanes',
	events: [
		{ ...strip(isis), group: '<b>Armed groups</b> & "militias"' },
		{ ...strip(soleimani), group: 'United States' },
		strip(hamas),
		{ ...strip(saidi), group: '<b>Armed groups</b> & "militias"' },
		{ ...strip(committee), group: 'Iraq' }
	]
};
import { fromSheetsCsv } from './src/lib/data/sheets';
const cosmos = fromSheetsCsv(readFileSync('tests/fixtures/timelinejs/cosmos.sheet.csv', 'utf8'), 'cosmos').dataset;
const urls = { wall: await put('shots-wall', wall), grouped: await put('shots-grouped', grouped), cosmos: await put('shots-cosmos', cosmos) };
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const which = process.argv.slice(2);
for (const [name, src] of Object.entries(urls)) {
	for (const width of [390, 1280]) {
		for (const path of ['/', '/embed/']) {
			for (const scheme of ['light', 'dark'] as const) {
				if (which.length && !which.includes(`${name}-${width}`)) continue;
				if (scheme === 'dark' && width === 390) continue;
				const page = await browser.newPage({
					viewport: { width, height: width === 390 ? 844 : 800 },
					colorScheme: scheme,
					timezoneId: 'America/Los_Angeles'
				});
				await page.goto(`http://127.0.0.1:5900${path}?src=${encodeURIComponent(src)}${path === '/embed/' && scheme === 'dark' ? '&theme=dark' : ''}`);
				await page.getByTestId('timeline').locator('[data-event-id]').first().waitFor();
				if (name !== 'cosmos') await page.getByRole('group', { name: /^Groups/ }).waitFor();
				await page.waitForTimeout(500);
				const file = `/tmp/i16/shots/${name}-${width}${path === '/' ? '' : '-embed'}-${scheme}.png`;
				await page.screenshot({ path: file, fullPage: path === '/embed/' });
				console.log(file);
				await page.close();
			}
		}
	}
}
await browser.close();
