import { csvFormatRows, csvParseRows } from 'd3-dsv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutralise, restore } from './csv';
import { plainText } from './html';
import { fromSheetsCsv, readTime, SHEETS_COLUMNS, toSheetsCsv } from './sheets';
import type { TimelineJsDate, TimelineJsSlide } from './timelinejs';
import { timelineJsFileArbitrary } from './timelinejsArbitraries';

/**
 * A TimelineJS file written as a newsroom's sheet would hold it, each value in one of the ways
 * people type it: years with or without thousands separators, times as 18:30, 6:30 PM or 1830,
 * blank rows between, header names in any case.
 */
const sheetArbitrary = fc
	.tuple(
		timelineJsFileArbitrary,
		fc.array(fc.nat(), { minLength: 40, maxLength: 40 }),
		fc.boolean()
	)
	.map(([file, choices, lowerHeader]) => {
		let c = 0;
		const pick = <T>(...options: T[]): T => options[choices[c++ % choices.length] % options.length];
		const columns = [...SHEETS_COLUMNS, 'Alt Text'];
		const number = (n: number | string | undefined) => {
			if (n === undefined) return '';
			const value = Number(n);
			return Math.abs(value) >= 10_000
				? pick(String(value), value.toLocaleString('en-US'))
				: String(value);
		};
		const time = (date: TimelineJsDate | undefined) => {
			if (date?.hour === undefined) return '';
			const h = Number(date.hour);
			const m = String(Number(date.minute ?? 0)).padStart(2, '0');
			if (date.second !== undefined)
				return `${h}:${m}:${String(Number(date.second)).padStart(2, '0')}`;
			return pick(`${h}:${m}`, `${h % 12 || 12}:${m} ${h < 12 ? 'AM' : 'PM'}`, `${h}${m}`);
		};
		const row = (slide: TimelineJsSlide, type: string): string[] => {
			const cells: Record<string, string> = {
				Year: number(slide.start_date?.year),
				Month: number(slide.start_date?.month),
				Day: number(slide.start_date?.day),
				Time: time(slide.start_date),
				'End Year': number(slide.end_date?.year),
				'End Month': number(slide.end_date?.month),
				'End Day': number(slide.end_date?.day),
				'End Time': time(slide.end_date),
				'Display Date': slide.display_date ?? '',
				Headline: slide.text?.headline ?? '',
				Text: slide.text?.text ?? '',
				Media: slide.media?.url ?? '',
				'Media Credit': slide.media?.credit ?? '',
				'Media Caption': slide.media?.caption ?? '',
				'Media Thumbnail': slide.media?.thumbnail ?? '',
				'Alt Text': slide.media?.alt ?? '',
				Type: type,
				Group: slide.group ?? '',
				Background: slide.background?.url ?? slide.background?.color ?? ''
			};
			return columns.map((column) => neutralise(cells[column] ?? ''));
		};
		const rows: string[][] = [];
		if (file.title) rows.push(row(file.title, 'title'));
		for (const slide of file.events) {
			rows.push(row(slide, ''));
			if (pick(false, false, true)) rows.push(columns.map(() => ''));
		}
		for (const slide of file.eras ?? []) rows.push(row(slide, 'era'));
		const header = columns.map((c) => (lowerHeader ? c.toLowerCase() : c));
		return csvFormatRows([header, ...rows]);
	});

/** A sheet's rows as TimelineJS reads them, in title, event, era order. */
function canonicalSheet(csv: string) {
	const [header, ...rows] = csvParseRows(csv);
	const names = header.map((h) => h.trim().toLowerCase());
	const slides = rows
		.filter((cells) => cells.some((cell) => cell.trim()))
		.map((cells) => {
			const row: Record<string, unknown> = {};
			names.forEach((name, i) => {
				const value = restore((cells[i] ?? '').trim());
				if (!value) return;
				if (/year|month|day/.test(name)) row[name] = Number(value.replace(/[\s,]/g, ''));
				else if (/time/.test(name)) row[name] = readTime(value);
				else row[name] = value;
			});
			if (row.type !== 'title' && row.type !== 'era') delete row.type;
			// The alt text TimelineJS would give an image anyway (its caption, else the headline).
			const fallback =
				plainText(row['media caption'] ?? '') ||
				plainText(row.headline ?? '') ||
				plainText(row.text ?? '');
			if (row['alt text'] === fallback) delete row['alt text'];
			// An end equal to the start is no end.
			if (
				['year', 'month', 'day', 'time'].every(
					(part) => JSON.stringify(row[part]) === JSON.stringify(row[`end ${part}`])
				)
			)
				for (const part of ['year', 'month', 'day', 'time']) delete row[`end ${part}`];
			return row;
		});
	const order = (row: Record<string, unknown>) =>
		row.type === 'title' ? 0 : row.type === 'era' ? 2 : 1;
	return slides.sort((a, b) => order(a) - order(b));
}

describe('a TimelineJS sheet through Dateline and back', () => {
	it('comes back as TimelineJS reads it, whatever way its values were typed', () => {
		fc.assert(
			fc.property(sheetArbitrary, (csv) => {
				const back = toSheetsCsv(fromSheetsCsv(csv, 'x.csv', '2024-01-08').dataset);
				expect(canonicalSheet(back)).toEqual(canonicalSheet(csv));
			}),
			{ numRuns: 300 }
		);
	});
});
