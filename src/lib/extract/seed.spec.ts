import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDataset, findPublished, readArticle } from './index';

const ARTICLE = path.resolve('data/articles/000_03c01ab374849cc1.txt');
const text = fs.readFileSync(ARTICLE, 'utf8');
const article = readArticle(
	path.basename(ARTICLE),
	text,
	fs.readFileSync(ARTICLE.replace(/\.txt$/, '.meta.yaml'), 'utf8')
);
const dataset = extractDataset(article, { entities: false });
const byDate = (date: string) => {
	const event = dataset.events.find((e) => e.date === date);
	expect(event, `an event dated ${date}`).toBeDefined();
	return event!;
};

describe('the seed article (Just the News, January 8, 2024)', () => {
	it('keeps the whole file, byte for byte, as the source text', () => {
		expect(dataset.sources[0].text).toBe(text);
		expect(text).toContain('\u00a0');
		expect(text).toContain('Iraq\u2019s sovereignty');
	});

	it('takes its metadata from the sidecar: no invented time zone and no url', () => {
		expect(dataset.sources[0]).toMatchObject({
			id: 'iraq-coalition-exit',
			publisher: 'Just the News',
			author: 'Madeleine Hubbard',
			published: '2024-01-08T10:19'
		});
		expect(dataset.sources[0].url).toBeUndefined();
		expect(dataset.title).toBe(
			"Iraq's prime minister starts process to boot out US troops after airstrike kills militia leader"
		);
	});

	it('yields exactly the five dated happenings, in date order', () => {
		expect(dataset.events.map((e) => [e.date, e.precision])).toEqual([
			['2014', 'year'],
			['2020', 'year'],
			['2023-10-07', 'day'],
			['2024-01-01/2024-01-07', 'week'],
			['2024-01-05', 'day']
		]);
	});

	it("dates ISIS's advance to 2014, quoting its sentence", () => {
		const event = byDate('2014');
		expect(event.quotes.map((q) => q.text)).toEqual([
			'The U.S. has about 2,500 troops stationed in Iraq to assist local forces in preventing the Islamic State from resurging after the organization seized large parts of Iraq and Syria in 2014.'
		]);
	});

	it('makes the Soleimani strike one event of 2020 with both of its mentions quoted', () => {
		const event = byDate('2020');
		expect(event).toMatchObject({ start: '2020-01-01', end: '2020-12-31', precision: 'year' });
		expect(event.quotes.map((q) => q.text)).toEqual([
			"The office was relaying highlights from al-Sudani's speech that he gave on the fourth anniversary of the U.S. airstrike that killed Iranian military commander Qassem Soleimani in Iraq.",
			'Al-Sudani also said the "heinous" U.S. strike that killed Soleimani also killed Iraqi military commanders\u00a0Jamal Jaafar Al Ibrahim and Abu Mahdi Al-Muhandis of the Popular Mobilization Force, a group of militias that Iraq\'s military nominally controls.'
		]);
		expect(event.resolution).toMatch(
			/fourth anniversary.*Friday, January 5, 2024.*2020.*no month or day/
		);
	});

	it('dates the Hamas attack to Oct. 7, 2023 and titles it from its when-clause', () => {
		const event = byDate('2023-10-07');
		expect(event.title).toBe('Hamas invaded Israel');
		expect(event.quotes[0].text).toMatch(/^He also said the security situation .* 240 others\.$/);
	});

	it("dates the al-Saidi strike to 'last week', the Monday-Sunday week before publication", () => {
		const event = byDate('2024-01-01/2024-01-07');
		expect(event).toMatchObject({ start: '2024-01-01', end: '2024-01-07', precision: 'week' });
		expect(
			event.quotes[0].text.startsWith('Last week,\u00a0Popular Mobilization Force leader')
		).toBe(true);
		expect(event.resolution).toContain(
			'the calendar week before publication on Monday, January 8, 2024'
		);
	});

	it("dates Friday's statement and speech to January 5, 2024, with both sentences quoted", () => {
		const event = byDate('2024-01-05');
		expect(event.quotes).toHaveLength(2);
		expect(event.quotes[0].text).toMatch(
			/the prime minister's office said Friday, as translated\.$/
		);
		expect(event.quotes[1].text).toMatch(
			/^The office was relaying highlights from al-Sudani's speech/
		);
		expect(event.resolution).toContain('the most recent such day before publication');
	});

	it('quotes every event byte-exactly from the source', () => {
		for (const event of dataset.events)
			for (const quote of event.quotes) expect(text.slice(quote.start, quote.end)).toBe(quote.text);
	});

	it('draws no events from the publication lines, the follow line or the subscription pitch', () => {
		const furniture = text.indexOf('Follow Madeleine Hubbard');
		const published = text.indexOf('Published:');
		for (const event of dataset.events)
			for (const quote of event.quotes) {
				expect(quote.start).toBeLessThan(furniture);
				expect(quote.start === published).toBe(false);
			}
	});

	it('finds the publication date in the text when no metadata gives one', () => {
		expect(findPublished(text)).toEqual({
			value: '2024-01-08T10:19',
			start: text.indexOf('January 8, 2024 10:19am'),
			end: text.indexOf('January 8, 2024 10:19am') + 'January 8, 2024 10:19am'.length
		});
		expect(extractDataset({ text }, { entities: false }).sources[0].published).toBe(
			'2024-01-08T10:19'
		);
	});

	it('gives the events short headline titles and stable ids', () => {
		for (const event of dataset.events) {
			expect(event.title.split(' ').length).toBeLessThanOrEqual(12);
			expect(event.id.startsWith(event.date.slice(0, 4))).toBe(true);
		}
		expect(extractDataset(article, { entities: false }).events.map((e) => e.id)).toEqual(
			dataset.events.map((e) => e.id)
		);
	});
});
