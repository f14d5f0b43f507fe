import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { progressText, REFUSAL_LEADS, type LoadProgress } from './remoteClient';
import { answered, loadRemoteDataset, type AnsweredDataset } from './remoteDataset';

const page = 'https://dateline.example/t/x/?src=whatever';
const valid = readFileSync('tests/fixtures/datasets/valid.json', 'utf8');

/** A fetch that answers every request with one response (JSON unless told), or fails as the browser does. */
const answering =
	(body: string, init: ResponseInit = {}): typeof fetch =>
	async () =>
		new Response(body, { headers: { 'content-type': 'application/json' }, ...init });
const failing =
	(message = 'Failed to fetch'): typeof fetch =>
	async () => {
		throw new TypeError(message);
	};

describe('loadRemoteDataset', () => {
	it('loads a dataset that is JSON and meets the contract', async () => {
		const loaded = await loadRemoteDataset(
			'https://data.example/ok.json',
			page,
			answering(valid, { headers: { 'content-type': 'application/json' } })
		);
		expect(loaded.state).toBe('ok');
		expect(loaded.state === 'ok' && loaded.dataset.id).toBe('bridge');
	});

	it('says a 404 is a failure to fetch, with the full URL and the status', async () => {
		const loaded = await loadRemoteDataset(
			'/data/missing.json',
			page,
			answering('nope', { status: 404, statusText: 'Not Found' })
		);
		expect(loaded).toEqual({
			state: 'refused',
			src: '/data/missing.json',
			reason: 'fetch',
			error: 'https://dateline.example/data/missing.json: the server answered 404 Not Found'
		});
	});

	it('says an unreadable answer from another site may be CORS, naming the header to send', async () => {
		const loaded = await loadRemoteDataset('https://data.example/x.json', page, failing());
		expect(loaded.state === 'refused' && loaded.reason).toBe('fetch');
		expect(loaded.state === 'refused' && loaded.error.split('\n')).toEqual([
			'https://data.example/x.json: no answer could be read (Failed to fetch).',
			'Either the server could not be reached, or it answered without allowing https://dateline.example to read it.',
			'A dataset on another site must be served with the header',
			'  Access-Control-Allow-Origin: https://dateline.example',
			'(or Access-Control-Allow-Origin: * for any site).'
		]);
	});

	it('does not blame CORS for an unreadable answer from this same site', async () => {
		const loaded = await loadRemoteDataset('/data/x.json', page, failing());
		expect(loaded.state === 'refused' && loaded.error).toBe(
			'https://dateline.example/data/x.json: no answer could be read (Failed to fetch).\nIs the server up?'
		);
	});

	it('names mixed content when an https page asks for an http URL', async () => {
		const loaded = await loadRemoteDataset('http://data.example/x.json', page, failing());
		expect(loaded.state === 'refused' && loaded.error).toContain(
			'This page is https: browsers do not let it load http URLs.'
		);
	});

	it('says an HTML page is not JSON, where, with what the server called it and a caret', async () => {
		const loaded = await loadRemoteDataset(
			'https://data.example/page',
			page,
			answering('<!doctype html><p>hello</p>', { headers: { 'content-type': 'text/html' } })
		);
		expect(loaded.state === 'refused' && loaded.reason).toBe('json');
		expect(loaded.state === 'refused' && loaded.error.split('\n')).toEqual([
			'https://data.example/page: not valid JSON at line 1, column 1: expected a JSON value (object, array, string, number, true, false or null), found "<" (the server sent it as text/html)',
			'  <!doctype html><p>hello</p>',
			'  ^'
		]);
	});

	it('points at a trailing comma on its line and column, deep in a file', async () => {
		const text = valid.replace(/"precision": "year",/, '"precision": "year",,');
		const offset = text.indexOf(',,') + 1;
		const line = text.slice(0, offset).split('\n').length;
		const column = offset - text.lastIndexOf('\n', offset);
		const loaded = await loadRemoteDataset('https://data.example/x.json', page, answering(text));
		const lines = loaded.state === 'refused' ? loaded.error.split('\n') : [];
		expect(lines[0]).toBe(
			`https://data.example/x.json: not valid JSON at line ${line}, column ${column}: expected a property name in double quotes, found ","`
		);
		// The caret sits under the stray comma.
		expect(lines[1][lines[2].indexOf('^')]).toBe(',');
	});

	it('shows the line before too when the spot opens its line, where a missing comma was due', async () => {
		const text = '{\n  "a": 1\n  "b": 2\n}';
		const loaded = await loadRemoteDataset('https://data.example/x.json', page, answering(text));
		expect(loaded.state === 'refused' && loaded.error.split('\n').slice(1)).toEqual([
			'    "a": 1',
			'    "b": 2',
			'    ^'
		]);
	});

	it('says an empty answer is empty', async () => {
		const loaded = await loadRemoteDataset('https://data.example/x.json', page, answering(''));
		expect(loaded.state === 'refused' && [loaded.reason, loaded.error]).toEqual([
			'json',
			'https://data.example/x.json: the answer is empty.'
		]);
	});

	it('keeps the contract for JSON that breaks it, each problem on its own line', async () => {
		const broken = JSON.parse(valid);
		broken.id = 'Not A Slug';
		broken.events[1].quotes[0].text = 'words the source does not have';
		const loaded = await loadRemoteDataset(
			'https://data.example/x.json',
			page,
			answering(JSON.stringify(broken))
		);
		expect(loaded.state === 'refused' && loaded.reason).toBe('contract');
		const lines = loaded.state === 'refused' ? loaded.error.split('\n') : [];
		expect(lines).toHaveLength(2);
		expect(lines[0]).toMatch(/^https:\/\/data\.example\/x\.json: \$\.id: expected a URL-safe slug/);
		expect(lines[1]).toMatch(
			/^https:\/\/data\.example\/x\.json: \$\.events\[1\]\.quotes\[0\]\.text:/
		);
	});

	it('loads the schema library only to name what is wrong with a broken structure', async () => {
		vi.resetModules();
		let loads = 0;
		vi.doMock('$lib/data/schema', async (original) => {
			loads++;
			return original();
		});
		try {
			const { loadRemoteDataset } = await import('./remoteDataset');
			const ok = await loadRemoteDataset('https://data.example/ok.json', page, answering(valid));
			expect(ok.state).toBe('ok');
			expect(loads).toBe(0);
			const broken = await loadRemoteDataset(
				'https://data.example/x.json',
				page,
				answering(JSON.stringify({ ...JSON.parse(valid), id: 'Not A Slug' }))
			);
			expect(broken.state === 'refused' && broken.error).toMatch(
				/\$\.id: expected a URL-safe slug/
			);
			expect(loads).toBe(1);
		} finally {
			vi.doUnmock('$lib/data/schema');
			vi.resetModules();
		}
	});

	it('refuses what is not an http(s) URL before fetching anything', async () => {
		let fetched = false;
		const spy: typeof fetch = async () => {
			fetched = true;
			return new Response(valid);
		};
		const loaded = await loadRemoteDataset('javascript:alert(1)', page, spy);
		expect(loaded.state === 'refused' && loaded.reason).toBe('address');
		expect(fetched).toBe(false);
	});

	it('reports the bytes received as they come, then reading the JSON, then checking the contract', async () => {
		// A body in three parts, the way a large answer arrives, with its length announced.
		const bytes = new TextEncoder().encode(valid.padEnd(200_000, ' '));
		const parts = [bytes.slice(0, 70_000), bytes.slice(70_000, 140_000), bytes.slice(140_000)];
		const streamed: typeof fetch = async () =>
			new Response(
				new ReadableStream({
					start(controller) {
						for (const part of parts) controller.enqueue(part);
						controller.close();
					}
				}),
				{ headers: { 'content-type': 'application/json', 'content-length': String(bytes.length) } }
			);
		const reports: LoadProgress[] = [];
		const loaded = await loadRemoteDataset('https://data.example/big.json', page, streamed, (p) =>
			reports.push(p)
		);
		expect(loaded.state).toBe('ok');
		const fetching = reports.filter((r) => r.phase === 'fetch');
		expect(fetching.map((r) => r.loaded)).toEqual([70_000, 140_000, 200_000]);
		expect(fetching.every((r) => r.total === 200_000)).toBe(true);
		expect(reports.slice(fetching.length).map((r) => r.phase)).toEqual(['parse', 'validate']);
	});

	it('has a lead sentence for every reason, and only the contract one speaks of the contract', () => {
		expect(Object.keys(REFUSAL_LEADS).sort()).toEqual(['address', 'contract', 'fetch', 'json']);
		for (const [reason, lead] of Object.entries(REFUSAL_LEADS)) {
			expect(lead.includes('contract')).toBe(reason === 'contract');
		}
	});
});

describe('answered', () => {
	/** What the page hands the worker when its request has been answered (`EarlyFetch.svelte`). */
	const answer = (text: string, status = 200, statusText = 'OK'): AnsweredDataset => ({
		state: 'answered',
		src: '/data/x.json',
		base: page,
		status,
		statusText,
		headers: [['content-type', 'application/json']],
		body: new Response(text).body
	});

	it('reads an answer the page received as one the worker fetched: its body, with progress', async () => {
		const phases: string[] = [];
		const loaded = await loadRemoteDataset('/data/x.json', page, answered(answer(valid)), (p) =>
			phases.push(p.phase)
		);
		expect(loaded.state === 'ok' && loaded.dataset.id).toBe('bridge');
		expect(phases[0]).toBe('fetch');
		expect(phases).toContain('validate');
	});

	it("refuses it in the same words: a 404 with the full URL, a body that is not JSON, and a 204's empty answer", async () => {
		const missing = await loadRemoteDataset(
			'/data/x.json',
			page,
			answered(answer('nope', 404, 'Not Found'))
		);
		expect(missing.state === 'refused' && missing.error).toBe(
			'https://dateline.example/data/x.json: the server answered 404 Not Found'
		);
		const html = await loadRemoteDataset('/data/x.json', page, answered(answer('<html>')));
		expect(html.state === 'refused' && html.reason).toBe('json');
		const empty = await loadRemoteDataset('/data/x.json', page, answered(answer('', 204, '')));
		expect(empty.state === 'refused' && [empty.reason, empty.error]).toEqual([
			'json',
			'https://dateline.example/data/x.json: the answer is empty.'
		]);
	});
});

describe('progressText', () => {
	it('says how much of the dataset has come, then what is being done with it', () => {
		expect(progressText({ phase: 'fetch', loaded: 12_500_000, total: 40_100_000 })).toBe(
			'Downloading 12.5 of 40.1 MB'
		);
		expect(progressText({ phase: 'fetch', loaded: 3_000_000, total: null })).toBe(
			'Downloading 3.0 MB'
		);
		expect(progressText({ phase: 'parse', loaded: 40_100_000, total: 40_100_000 })).toBe(
			'Reading 40.1 MB of JSON'
		);
		expect(progressText({ phase: 'validate', loaded: 0, total: null })).toMatch(/contract/);
		expect(progressText({ phase: 'receive', loaded: 45_000, total: null })).toBe(
			'Laying out 45,000 events'
		);
	});
});
