import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dayStart } from '$lib/data/calendar';
import { fromSheetsCsv } from '$lib/data/sheets';
import { composeImage, imageWindow, MAX_CITED } from './composeImage';
import { timelineSvg } from './timelineSvg';

const sheet = (name: string) =>
	fromSheetsCsv(readFileSync(`tests/fixtures/timelinejs/${name}.sheet.csv`, 'utf8'), name).dataset;
const pompeii = sheet('pompeii');
const cosmos = sheet('cosmos');
const credit = 'Made with Dateline · example.org';

const titlesOf = (image: ReturnType<typeof composeImage>) =>
	image.rows.flatMap((row) => row.marks.map((m) => m.title));

describe('composeImage', () => {
	it('draws every event of the whole span with its whole title, one row per group in order of first appearance', () => {
		const image = composeImage({ dataset: pompeii, events: pompeii.events, width: 1100, credit });
		expect(titlesOf(image).sort()).toEqual(pompeii.events.map((e) => e.title).sort());
		expect(image.rows.map((r) => r.label)).toEqual(['Politics', 'Nature', 'Science']);
		expect(image.rows.every((r) => r.clusters.length === 0)).toBe(true);
		expect(image.scope).toMatch(/^The whole timeline: 8 events, /);
	});

	it('cites a running story’s first sources under the picture and counts the others', () => {
		const many = Array.from({ length: MAX_CITED + 290 }, (_, i) => ({
			...pompeii.sources[0],
			id: `s${i}`,
			title: `Report ${i}`
		}));
		const story = { ...pompeii, sources: many };
		const image = composeImage({ dataset: story, events: pompeii.events, width: 1100, credit });
		expect(image.sources).toHaveLength(MAX_CITED + 1);
		expect(image.sources[MAX_CITED - 1]).toContain(`Report ${MAX_CITED - 1}`);
		expect(image.sources[MAX_CITED]).toBe('and 290 more sources');
		const few = { ...pompeii, sources: many.slice(0, MAX_CITED) };
		expect(composeImage({ dataset: few, events: [], width: 1100, credit }).sources).toHaveLength(
			MAX_CITED
		);
	});

	it('names the span the events cover, not the margin drawn around them, and says when filters keep fewer', () => {
		const day = (id: string, date: string) => ({
			...pompeii.events[0],
			id,
			title: id,
			date,
			start: date,
			end: date,
			precision: 'day' as const
		});
		const week = [day('a', '2024-01-01'), day('b', '2024-01-05')];
		expect(composeImage({ dataset: pompeii, events: week, width: 1100, credit }).scope).toBe(
			'The whole timeline: 2 events, Jan. 1, 2024 to Jan. 5, 2024'
		);
		const decade = [
			{ ...day('y', '2014-01-01'), date: '2014', end: '2014-12-31', precision: 'year' as const },
			...week
		];
		expect(composeImage({ dataset: pompeii, events: decade, width: 1100, credit }).scope).toBe(
			'The whole timeline: 3 events, 2014 to 2024'
		);
		const kept = composeImage({ dataset: pompeii, events: week, total: 3, width: 1100, credit });
		expect(kept.scope).toBe('Filtered: 2 of 3 events, Jan. 1, 2024 to Jan. 5, 2024');
		const none = composeImage({ dataset: pompeii, events: [], total: 3, width: 1100, credit });
		expect(none.scope).toBe('No events kept by the filters');
	});

	it('puts the events of no group last, in their own row, even beside a group named "Other events"', () => {
		const base = pompeii.events.slice(0, 4);
		const events = [
			{ ...base[0], group: 'Other events' },
			{ ...base[1], group: undefined },
			{ ...base[2], group: 'Politics' },
			{ ...base[3], group: undefined }
		];
		const image = composeImage({ dataset: pompeii, events, width: 1100, credit });
		expect(image.rows.map((r) => [r.label, r.other ?? false])).toEqual([
			['Other events', false],
			['Politics', false],
			['Other events', true]
		]);
		const titles = image.rows.map((r) => r.marks.map((m) => m.title).sort());
		expect(titles).toEqual([
			[base[0].title],
			[base[2].title],
			[base[1].title, base[3].title].sort()
		]);
		expect(timelineSvg(image)).toContain('font-style="italic"');
	});

	it('keeps the most important event labelled when more share a moment than the lanes hold', () => {
		// Twenty events on one day, more than the image's lanes: the most important, last by
		// title, is drawn; without importance it is counted.
		const base = pompeii.events[0];
		const events = Array.from({ length: 20 }, (_, i) => ({
			...base,
			id: `e${i}`,
			group: undefined,
			title: i === 19 ? 'Zeta, the happening of the day' : `Event ${String(i).padStart(2, '0')}`,
			importance: i === 19 ? 9 : 1
		}));
		const dataset = { ...pompeii, events };
		const ranked = composeImage({ dataset, events, width: 600, credit });
		expect(titlesOf(ranked)).toContain('Zeta, the happening of the day');
		const plain = events.map(({ importance: _, ...e }) => e);
		const unranked = composeImage({
			dataset,
			events: plain,
			width: 600,
			credit
		});
		expect(titlesOf(unranked)).not.toContain('Zeta, the happening of the day');
	});

	it('keeps marks in the plot and apart: no two labels of a lane overlap', () => {
		const image = composeImage({ dataset: pompeii, events: pompeii.events, width: 600, credit });
		for (const row of image.rows) {
			for (const mark of row.marks) {
				expect(mark.labelX).toBeGreaterThanOrEqual(-1);
				expect(mark.labelX + mark.labelWidth).toBeLessThanOrEqual(601);
			}
			for (const a of row.marks)
				for (const b of row.marks)
					if (a !== b && a.lane === b.lane)
						expect(a.labelX + a.labelWidth <= b.labelX || b.labelX + b.labelWidth <= a.labelX).toBe(
							true
						);
		}
	});

	it('draws only what is in the window it is given, and says so', () => {
		const window: [number, number] = [dayStart('0079-08-01'), dayStart('0079-09-01')];
		const image = composeImage({
			dataset: pompeii,
			events: pompeii.events,
			window,
			width: 900,
			credit
		});
		expect(titlesOf(image).sort()).toEqual(
			[
				'Pumice falls on the town',
				'Pyroclastic surges bury Pompeii',
				'The cloud rises over Vesuvius'
			].sort()
		);
		expect(image.scope).toMatch(/^In view: Aug\. 1, AD 79 to Sept\. 1, AD 79, 3 events$/);
	});

	it('marks the events the search found, and only those', () => {
		const found = pompeii.events.find((e) => e.title.startsWith('Pumice'))!;
		const image = composeImage({
			dataset: pompeii,
			events: pompeii.events,
			width: 1100,
			credit,
			found: new Set([found.id])
		});
		const marked = image.rows.flatMap((r) => r.marks.filter((m) => m.found).map((m) => m.title));
		expect(marked).toEqual([found.title]);
	});

	it('names deep time in years ago on the axis and spans the eras behind the events', () => {
		const image = composeImage({ dataset: cosmos, events: cosmos.events, width: 1100, credit });
		expect(image.ticks.length).toBeGreaterThan(2);
		expect(image.ticks.some((t) => / billion years ago$/.test(t.label))).toBe(true);
		expect(image.ticks.every((t) => t.x >= 0 && t.x <= 1100)).toBe(true);
		const [era] = image.eras;
		expect(era.title).toBe('The Precambrian');
		expect(era.x1).toBeGreaterThan(era.x0);
		expect(image.scope).toMatch(/billion years ago to .* events|events, .*billion years ago/);
	});

	it('opens on every event with a margin when no window is given', () => {
		const [from, to] = imageWindow(pompeii.events);
		expect(from).toBeLessThan(dayStart('-0599-01-01'));
		expect(to).toBeGreaterThan(dayStart('1863-12-31'));
	});

	it('goes into an SVG where each title is text, whatever it holds', () => {
		const hostile = '<img src=x onerror=alert(1)> & “Sadr”';
		const events = pompeii.events.map((e, i) => (i === 0 ? { ...e, title: hostile } : e));
		const svg = timelineSvg(composeImage({ dataset: pompeii, events, width: 1100, credit }));
		expect(svg).not.toContain('<img');
		expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; “Sadr”');
		expect(svg).toContain(credit);
	});
});
