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
		).toEqual({
			ok: false,
			reason: 'conflict',
			message: 'Version 2 was published',
			latest: 2,
			latestBy: null,
			latestAt: null,
			owner: null,
			yours: false
		});
		const conflict = {
			error: 'taken',
			latest: 3,
			latestBy: 'ann@example.org',
			latestAt: '2024-01-08T10:19:00.000Z',
			owner: 'ann@example.org',
			yours: true
		};
		expect(await publishDataset(seed, null, answering(409, conflict).fetcher)).toEqual({
			ok: false,
			reason: 'conflict',
			message: 'taken',
			latest: 3,
			latestBy: 'ann@example.org',
			latestAt: '2024-01-08T10:19:00.000Z',
			owner: 'ann@example.org',
			yours: true
		});
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
		expect(
			await publishDataset(
				seed,
				1,
				answering(403, { error: '"iraq" was first published by ann@example.org' }).fetcher
			)
		).toEqual({
			ok: false,
			reason: 'forbidden',
			message: '"iraq" was first published by ann@example.org'
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

	it('fetches the latest version of a published timeline to continue it, and where it lives', async () => {
		const published = { id: seed.id, version: 4, url: 'https://x/t/iraq/', snippet: '<iframe…' };
		const { fetcher, asked } = answering(200, {
			dataset: seed,
			latest: { version: 4 },
			published,
			yours: true,
			owner: 'ed@example.org'
		});
		expect(await fetchPublished(seed.id, null, fetcher)).toEqual({
			dataset: seed,
			version: 4,
			latest: 4,
			published,
			yours: true,
			owner: 'ed@example.org'
		});
		expect(asked.map((a) => a.url)).toEqual([`/api/timelines/${seed.id}`]);
		expect(
			await fetchPublished(
				'gone',
				null,
				answering(404, { message: 'No timeline named "gone"' }).fetcher
			)
		).toEqual({ error: 'No timeline named "gone"', status: 404 });
		expect(await fetchPublished('x', null, answering(401, { message: 'Sign in' }).fetcher)).toEqual(
			{
				error: 'Sign in',
				status: 401
			}
		);
	});

	it('fetches an older version with the latest version number, which an update continues', async () => {
		const older = { ...seed, title: 'The second version' };
		const asked: string[] = [];
		const fetcher = (async (url: string) => {
			asked.push(url);
			const body = url.endsWith('/versions/2')
				? { version: 2, dataset: older }
				: { dataset: seed, latest: { version: 5 }, published: {}, yours: true, owner: null };
			return new Response(JSON.stringify(body), { status: 200 });
		}) as typeof fetch;
		expect(await fetchPublished(seed.id, 2, fetcher)).toMatchObject({
			dataset: older,
			version: 2,
			latest: 5
		});
		expect(asked).toEqual([`/api/timelines/${seed.id}`, `/api/timelines/${seed.id}/versions/2`]);
	});
});
