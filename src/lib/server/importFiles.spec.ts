import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Loaded } from '$lib/data/parseDataset';
import type { Dataset } from '$lib/data/schema';
import { importFiles } from './importFiles';
import { emptyStore } from './store/testing/databases';

const seed: Dataset = JSON.parse(readFileSync('data/timelines/iraq-coalition-exit.json', 'utf8'));
const file = (dataset: Dataset): Map<string, Loaded> =>
	new Map([[dataset.id, { ok: true, file: `data/timelines/${dataset.id}.json`, dataset }]]);

describe('importFiles: data/timelines/ into the store when a server starts', () => {
	let fresh: Awaited<ReturnType<typeof emptyStore>>;
	beforeEach(async () => (fresh = await emptyStore()));
	afterEach(() => fresh.close());

	it('publishes a file the store does not have, as version 1 by that file', async () => {
		const s = fresh.store;
		expect(await importFiles(s, file(seed))).toEqual([
			{ id: seed.id, outcome: 'published', detail: 'version 1' }
		]);
		expect((await s.timeline(seed.id))!.latest).toMatchObject({
			version: 1,
			origin: 'file',
			publishedBy: 'data/timelines/iraq-coalition-exit.json'
		});
		expect((await importFiles(s, file(seed)))[0].outcome).toBe('unchanged');
	});

	it('publishes a changed file as the next version while no editor has published', async () => {
		const s = fresh.store;
		await importFiles(s, file(seed));
		const regenerated = { ...seed, title: 'Regenerated title' };
		expect((await importFiles(s, file(regenerated)))[0]).toMatchObject({ outcome: 'updated' });
		expect((await s.timeline(seed.id))!.latest).toMatchObject({
			version: 2,
			title: 'Regenerated title'
		});
	});

	it('never clobbers what an editor published, nor a withdrawal', async () => {
		const s = fresh.store;
		await importFiles(s, file(seed));
		await s.publish({ dataset: { ...seed, title: 'Edited' }, by: 'ed@example.org', base: 1 });
		const changedFile = { ...seed, title: 'Regenerated title' };
		expect((await importFiles(s, file(changedFile)))[0]).toMatchObject({ outcome: 'kept-editor' });
		expect((await s.timeline(seed.id))!.latest).toMatchObject({ version: 2, title: 'Edited' });

		await s.withdraw(seed.id, 'ed@example.org');
		expect((await importFiles(s, file(changedFile)))[0]).toMatchObject({ outcome: 'withdrawn' });
		expect((await s.timeline(seed.id))!.withdrawn?.by).toBe('ed@example.org');
	});

	it('imports nothing from a file that breaks the contract, and says why', async () => {
		const s = fresh.store;
		const refused = new Map<string, Loaded>([
			['bad', { ok: false, file: 'data/timelines/bad.json', error: 'bad.json: $.title: …' }]
		]);
		expect(await importFiles(s, refused)).toEqual([
			{ id: 'bad', outcome: 'refused', detail: 'bad.json: $.title: …' }
		]);
		expect(await s.timelines()).toEqual([]);
	});
});
