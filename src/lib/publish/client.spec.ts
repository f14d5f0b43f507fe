import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '$lib/data/schema';
import { currentEditor, fetchPublished, publishDataset } from './client';

const seed: Dataset = JSON.parse(readFileSync('data/timelines/iraq-coalition-exit.json', 'utf8'));

/** A fetch that answers every request with `status` and `body`, and records what it was asked. */
function answering(status: number, body: unknown) {
	const asked: { url: string; init?: RequestInit }[] = [];
	const fetcher = (async (url: string, init?: RequestInit) => {
		asked.push({ url, init });
		return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status });
	}) as typeof fetch;
	return { fetcher, asked };
}

describe('publishDataset', () => {
	it('sends the dataset and the version it continues, and reads where it now lives', async () => {
		const published = { id: seed.id, version: 3, url: 'https://x/t/iraq/', snippet: '<iframe…' };
		const { fetcher, asked } = answering(200, published);
		expect(await publishDataset(seed, 2, fetcher)).toEqual({ ok: true, created: false, published });
		expect(asked[0].url).toBe(`/api/timelines/${seed.id}`);
		expect(asked[0].init?.method).toBe('PUT');
		expect(JSON.parse(String(asked[0].init?.body))).toEqual({ dataset: seed, base: 2 });
	});

	it('says a new timeline was created on 201', async () => {
		const { fetcher } = answering(201, { id: seed.id, version: 1 });
		expect(await publishDataset(seed, null, fetcher)).toMatchObject({ ok: true, created: true });
	});

	it('turns each refusal into what the editor can do about it', async () => {
		expect(
			await publishDataset(seed, null, answering(401, { message: 'x' }).fetcher)
		).toMatchObject({
			ok: false,
			reason: 'signed-out'
		});
		expect(
			await publishDataset(
				seed,
				1,
				answering(409, { error: 'Version 2 was published', latest: 2 }).fetcher
			)
		).toEqual({ ok: false, reason: 'conflict', message: 'Version 2 was published', latest: 2 });
		expect(
			await publishDataset(
				seed,
				null,
				answering(422, { error: 'cannot be published', problems: ['$.dataset.title: …'] }).fetcher
			)
		).toEqual({
			ok: false,
			reason: 'refused',
			message: 'cannot be published',
			problems: ['$.dataset.title: …']
		});
		expect(await publishDataset(seed, null, answering(404, 'Not found').fetcher)).toMatchObject({
			ok: false,
			reason: 'unavailable',
			message: 'This site has no Dateline server to publish to.'
		});
		expect(await publishDataset(seed, null, answering(500, '<html>').fetcher)).toEqual({
			ok: false,
			reason: 'unavailable',
			message: 'The server answered 500'
		});
	});

	it('says when the server cannot be reached', async () => {
		const offline = (async () => {
			throw new TypeError('Failed to fetch');
		}) as typeof fetch;
		expect(await publishDataset(seed, null, offline)).toEqual({
			ok: false,
			reason: 'unavailable',
			message: 'The server could not be reached: Failed to fetch'
		});
	});
});

describe('currentEditor and fetchPublished', () => {
	it('knows who is signed in, and that no one is on a static site', async () => {
		const editor = { email: 'ed@example.org', admin: false };
		expect(await currentEditor(answering(200, { user: editor }).fetcher)).toEqual(editor);
		expect(await currentEditor(answering(200, { user: null }).fetcher)).toBe(null);
		expect(await currentEditor(answering(404, 'Not found').fetcher)).toBe(null);
	});

	it('fetches the latest version of a published timeline to continue it', async () => {
		const { fetcher } = answering(200, { dataset: seed, latest: { version: 4 } });
		expect(await fetchPublished(seed.id, fetcher)).toEqual({ dataset: seed, version: 4 });
		expect(
			await fetchPublished('gone', answering(404, { message: 'No timeline named "gone"' }).fetcher)
		).toEqual({
			error: 'No timeline named "gone"'
		});
	});
});
