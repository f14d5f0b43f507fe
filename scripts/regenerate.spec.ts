import { scratchDir } from './testing/scratchDir';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { regenerate } from './regenerate';

const temporary: string[] = [];
afterEach(() => {
	for (const dir of temporary.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A scratch repository holding a copy of the seed article and its sidecar. */
function scratch(): string {
	const root = scratchDir();
	temporary.push(root);
	fs.mkdirSync(path.join(root, 'data/articles'), { recursive: true });
	fs.mkdirSync(path.join(root, 'data/timelines'), { recursive: true });
	for (const name of ['000_03c01ab374849cc1.txt', '000_03c01ab374849cc1.meta.yaml'])
		fs.copyFileSync(path.join('data/articles', name), path.join(root, 'data/articles', name));
	return root;
}

describe('npm run regenerate', () => {
	it('changes nothing in data/timelines: the committed datasets are what the articles yield', async () => {
		const results = await regenerate(process.cwd());
		expect(results.length).toBeGreaterThan(0);
		for (const { file, content } of results) {
			expect(fs.existsSync(file), `${file} exists`).toBe(true);
			expect(content, `${path.relative('.', file)} is up to date (run npm run regenerate)`).toBe(
				fs.readFileSync(file, 'utf8')
			);
		}
	});

	it('never loses a correction: every edit in the corrections file is in the regenerated dataset', async () => {
		const root = scratch();
		const [{ content }] = await regenerate(root);
		const generated = JSON.parse(content);
		const [first, second] = generated.events;
		const corrections = {
			events: {
				[first.id]: { title: 'Islamic State seizes much of Iraq and Syria', summary: 'Edited.' },
				[second.id]: { date: '2020-01-03', precision: 'day', resolution: 'Date from wire reports.' }
			},
			added: [
				{
					id: 'added-by-editor',
					title: 'Coalition talks begin',
					date: '2024-01',
					precision: 'month'
				}
			]
		};
		const file = path.join(root, 'data/timelines', `${generated.id}.corrections.yaml`);
		fs.writeFileSync(file, stringify(corrections));
		const corrected = JSON.parse((await regenerate(root))[0].content);
		const byId = new Map(corrected.events.map((e: { id: string }) => [e.id, e]));
		expect(byId.get(first.id)).toMatchObject(corrections.events[first.id]);
		expect(byId.get(second.id)).toMatchObject({
			date: '2020-01-03',
			start: '2020-01-03',
			precision: 'day'
		});
		expect(byId.get('added-by-editor')).toMatchObject({
			title: 'Coalition talks begin',
			start: '2024-01-01'
		});
		// Regenerating does not touch the corrections file.
		expect(fs.readFileSync(file, 'utf8')).toBe(stringify(corrections));
	});

	it('stops, naming the file, when a correction no longer matches any event', async () => {
		const root = scratch();
		const id = JSON.parse((await regenerate(root))[0].content).id;
		fs.writeFileSync(
			path.join(root, 'data/timelines', `${id}.corrections.yaml`),
			stringify({ events: { 'no-such-event': { title: 'Kept?' } } })
		);
		await expect(regenerate(root)).rejects.toThrow(
			/corrections\.yaml[\s\S]*"no-such-event": no such event/
		);
	});

	it('makes a story folder one timeline, and keeps its corrections when an article is added', async () => {
		const root = scratch();
		const folder = path.join(root, 'data/articles/harbor-bridge');
		fs.mkdirSync(folder);
		const copy = (name: string) =>
			fs.copyFileSync(path.join('tests/fixtures/story', name), path.join(folder, name));
		['1-bridge-closed.txt', '1-bridge-closed.meta.yaml', '2-survey-begins.md'].forEach(copy);
		fs.writeFileSync(path.join(folder, 'story.yaml'), 'title: The Harbor Bridge\n');
		const story = async () => {
			const results = await regenerate(root);
			const file = results.find((r) => r.file.endsWith('harbor-bridge.json'));
			return JSON.parse(file!.content);
		};
		const before = await story();
		expect(before).toMatchObject({ id: 'harbor-bridge', title: 'The Harbor Bridge' });
		expect(before.sources).toHaveLength(2);
		const closing = before.events.find((e: { title: string }) => /Harbor Bridge/.test(e.title));
		const council = before.events.find((e: { title: string }) => /council/i.test(e.title));
		fs.writeFileSync(
			path.join(root, 'data/timelines/harbor-bridge.corrections.yaml'),
			stringify({
				events: {
					[closing.id]: { title: 'Harbor Bridge shut over cracked girder' },
					[council.id]: { removed: true }
				}
			})
		);
		copy('3-reopening.html');
		const after = await story();
		expect(after.sources.map((s: { id: string }) => s.id)).toEqual([
			'bridge-closed',
			'2-survey-begins',
			'3-reopening'
		]);
		const corrected = after.events.find((e: { id: string }) => e.id === closing.id);
		expect(corrected.title).toBe('Harbor Bridge shut over cracked girder');
		expect(corrected.quotes.map((q: { source: string }) => q.source)).toContain('3-reopening');
		expect(after.events.some((e: { id: string }) => e.id === council.id)).toBe(false);
	});
});
