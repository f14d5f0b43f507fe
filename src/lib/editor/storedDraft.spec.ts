import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasetArbitrary } from '$lib/data/arbitraries';
import type { Dataset } from '$lib/data/schema';
import { record, start, type History } from './history';
import { DRAFT_VERSION, fromStored, pack, toStored, unpack, type Draft } from './storedDraft';

/** A one-article dataset whose text holds what a byte-exact store must keep. */
function article(text = 'Baghdad\u00a0(AP) — Iraq’s prime minister said Friday 🇮🇶 …\r\n'): Dataset {
	return {
		version: 1,
		id: 'iraq',
		title: 'Iraq',
		sources: [
			{ id: 'ap', title: 'Iraq', publisher: 'AP', author: '', published: '2024-01-08', text }
		],
		events: []
	};
}

/** A history of `n` retitles of `dataset`. */
function retitled(dataset: Dataset, n: number): History<Dataset> {
	let history = start(dataset, 'Extract');
	for (let i = 0; i < n; i++)
		history = record(history, { ...history.present.value, title: `Title ${i}` }, 'Retitle');
	return history;
}

describe('pack', () => {
	it('stores each source text once however many states share it', () => {
		const dataset = article('long '.repeat(10_000));
		const { history: packed, texts } = pack(retitled(dataset, 50));
		expect(texts).toEqual([dataset.sources[0].text]);
		expect(JSON.stringify(packed).length).toBeLessThan(dataset.sources[0].text.length);
	});

	it('unpack gives back exactly the history that was packed', () => {
		fc.assert(
			fc.property(fc.array(datasetArbitrary, { minLength: 1, maxLength: 4 }), (datasets) => {
				let history = start(datasets[0]);
				for (const d of datasets.slice(1)) history = record(history, d, 'Change');
				const { history: packed, texts } = pack(history);
				expect(unpack(packed, texts)).toEqual(history);
			}),
			{ numRuns: 50 }
		);
	});
});

describe('the stored draft', () => {
	it('comes back from its stored form exactly as it was, with its articles', () => {
		fc.assert(
			fc.property(fc.array(datasetArbitrary, { minLength: 1, maxLength: 4 }), (datasets) => {
				let history = start(datasets[0]);
				for (const d of datasets.slice(1)) history = record(history, d, 'Change');
				const draft: Draft = {
					history,
					articles: history.present.value.sources.map((s, i) => ({
						source: s.id,
						name: `article-${i}.txt`
					})),
					notices: ['1 era cannot be carried over'],
					tombstones: [
						{
							date: '2024-01-04',
							quotes: [{ source: 'a', start: 0, end: 6, text: 'Friday' }],
							into: null
						}
					],
					savedAt: '2024-01-08T10:19:00.000Z'
				};
				// Through structured cloning, as IndexedDB stores it.
				const stored = structuredClone(toStored(draft));
				expect(stored.version).toBe(DRAFT_VERSION);
				expect(fromStored(stored)).toEqual(draft);
			}),
			{ numRuns: 50 }
		);
	});

	it('keeps the timeline a draft was published as, and reads drafts stored before publishing without one', () => {
		const history = retitled(article(), 1);
		const published = {
			id: 'council-budget',
			version: 3,
			publishedAt: '2024-01-09T08:00:00.000Z',
			publishedBy: 'ed@example.org',
			url: 'https://timelines.example.org/t/council-budget/',
			embed: 'https://timelines.example.org/embed/council-budget/',
			json: 'https://timelines.example.org/t/council-budget.json',
			snippet:
				'<iframe data-dateline src="https://timelines.example.org/embed/council-budget/"></iframe>',
			digest: '1f3a'
		};
		const draft: Draft = {
			history,
			articles: [],
			notices: [],
			tombstones: [],
			savedAt: '',
			published
		};
		expect(fromStored(structuredClone(toStored(draft)))?.published).toEqual(published);
		const before = { ...toStored({ ...draft, published: null }) };
		expect('published' in before).toBe(false);
		expect(fromStored(before)?.published).toBe(undefined);
	});

	it('reads a version 1 draft, texts packed, as the editor stored it before the session module', () => {
		const history = retitled(article(), 3);
		const { history: packed, texts } = pack(history);
		// Byte for byte what `saveDraft` of the version 1 editor wrote.
		const v1 = {
			version: 1,
			history: packed,
			texts,
			notices: ['3 media items cannot be carried over'],
			savedAt: '2024-01-09T08:00:00.000Z'
		};
		const draft = fromStored(structuredClone(v1));
		expect(draft).toEqual({
			history,
			articles: [{ source: 'ap', name: '' }],
			notices: ['3 media items cannot be carried over'],
			// Nothing was set aside before articles could be added.
			tombstones: [],
			savedAt: '2024-01-09T08:00:00.000Z'
		});
		expect(draft!.history.present.value.sources[0].text).toBe(article().sources[0].text);
		// Saved again, it is stored in today's shape, and reads back the same.
		expect(fromStored(structuredClone(toStored(draft!)))).toEqual(draft);
	});

	it('reads a version 1 draft stored before texts were packed (every state holding its text)', () => {
		const history = retitled(article(), 2);
		const draft = fromStored(
			structuredClone({ version: 1, history, notices: [], savedAt: '2024-01-09T08:00:00.000Z' })
		);
		expect(draft?.history).toEqual(history);
		expect(draft?.articles).toEqual([{ source: 'ap', name: '' }]);
		// Migrated, it is packed: the text is stored once.
		expect(toStored(draft!).texts).toEqual([article().sources[0].text]);
	});

	it('reads a version 2 draft, with nothing set aside, as the editor stored it before articles could be added', () => {
		const history = retitled(article(), 2);
		const { history: packed, texts } = pack(history);
		const v2 = {
			version: 2,
			history: packed,
			texts,
			articles: [{ source: 'ap', name: 'ap.txt' }],
			notices: [],
			savedAt: '2024-01-09T08:00:00.000Z'
		};
		const draft = fromStored(structuredClone(v2));
		expect(draft?.history).toEqual(history);
		expect(draft?.articles).toEqual([{ source: 'ap', name: 'ap.txt' }]);
		expect(draft?.tombstones).toEqual([]);
		expect(toStored(draft!).version).toBe(3);
	});

	it('is no draft when nothing, or something this editor does not know, is stored', () => {
		const history = retitled(article(), 1);
		for (const stored of [
			undefined,
			null,
			'draft',
			{},
			{ version: '1', history },
			// A newer editor's draft is left alone rather than misread.
			{ version: DRAFT_VERSION + 1, history, texts: [], articles: [], notices: [], savedAt: '' },
			{ version: 1, notices: [], savedAt: '' }
		])
			expect(fromStored(stored), JSON.stringify(stored)).toBeNull();
	});

	it('lists a source the stored articles miss as an article of unknown origin', () => {
		const stored = toStored({
			history: retitled(article(), 1),
			articles: [],
			notices: [],
			tombstones: [],
			savedAt: ''
		});
		expect(fromStored(stored)?.articles).toEqual([{ source: 'ap', name: '' }]);
	});
});
