import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dataset } from '$lib/data/schema';
import {
	EditingError,
	conflictAnswer,
	mayChange,
	publishTimeline,
	restoreVersion,
	withdrawTimeline
} from './editing';
import { ConflictError, type User } from './store';
import { emptyStore } from './store/testing/databases';

const seed: Dataset = JSON.parse(readFileSync('data/timelines/iraq-coalition-exit.json', 'utf8'));
const titled = (title: string): Dataset => ({ ...seed, title });

const person = (email: string, admin = false): User => ({
	id: email,
	email,
	admin,
	createdAt: '2024-01-08T00:00:00.000Z'
});
const ann = person('ann@example.org');
const bob = person('bob@example.org');
const chief = person('chief@example.org', true);

describe('mayChange: who may change a published timeline', () => {
	it('lets the editor who first published it and every admin, no one else', () => {
		const anns = { by: ann.email, origin: 'editor' as const };
		expect(mayChange(ann, anns)).toBe(true);
		expect(mayChange(chief, anns)).toBe(true);
		expect(mayChange(bob, anns)).toBe(false);
	});

	it('keeps a timeline imported from its file to admins, and lets anyone start a new one', () => {
		const file = { by: 'data/timelines/iraq-coalition-exit.json', origin: 'file' as const };
		expect(mayChange(ann, file)).toBe(false);
		// An editor whose email happened to equal the file name would still not own it.
		expect(mayChange(person(file.by), file)).toBe(false);
		expect(mayChange(chief, file)).toBe(true);
		expect(mayChange(bob, undefined)).toBe(true);
	});
});

describe('publishing, restoring and withdrawing, by whom', () => {
	let fresh: Awaited<ReturnType<typeof emptyStore>>;
	beforeEach(async () => (fresh = await emptyStore()));
	afterEach(() => fresh.close());

	it('refuses an update by another editor with 403 naming the owner, and keeps the timeline as it was', async () => {
		const s = fresh.store;
		await publishTimeline(s, ann, { dataset: seed, base: null });
		const refused = publishTimeline(s, bob, { dataset: titled('Bob’s'), base: 1 });
		await expect(refused).rejects.toThrow(EditingError);
		await expect(refused).rejects.toMatchObject({
			status: 403,
			message: `"${seed.id}" was first published by ann@example.org: only they or an admin can change it. Publish your draft under another address.`
		});
		expect((await s.timeline(seed.id))!.latest).toMatchObject({ version: 1, title: seed.title });

		expect((await publishTimeline(s, ann, { dataset: titled('Ann’s'), base: 1 })).version).toBe(2);
		expect((await publishTimeline(s, chief, { dataset: titled('Chief’s'), base: 2 })).version).toBe(
			3
		);
	});

	it('refuses restoring and withdrawing another editor’s timeline', async () => {
		const s = fresh.store;
		await publishTimeline(s, ann, { dataset: seed, base: null });
		await publishTimeline(s, ann, { dataset: titled('Two'), base: 1 });
		await expect(
			restoreVersion(s, bob, { id: seed.id, version: 1, base: 2 })
		).rejects.toMatchObject({ status: 403 });
		await expect(withdrawTimeline(s, bob, seed.id)).rejects.toMatchObject({ status: 403 });
		const state = (await s.timeline(seed.id))!;
		expect([state.latest.version, state.withdrawn]).toEqual([2, null]);
		await withdrawTimeline(s, chief, seed.id);
		expect((await s.timeline(seed.id))!.withdrawn?.by).toBe(chief.email);
	});

	it('answers a publish under a taken address with its latest version, its owner and whether it is yours', async () => {
		const s = fresh.store;
		await publishTimeline(s, ann, { dataset: seed, base: null });
		let conflict: unknown;
		try {
			await publishTimeline(s, bob, { dataset: titled('Bob’s own'), base: null });
		} catch (error) {
			conflict = error;
		}
		expect(conflict).toBeInstanceOf(ConflictError);
		const latest = (await s.timeline(seed.id))!.latest;
		const answer = await conflictAnswer(s, bob, seed.id, conflict as ConflictError);
		expect(answer).toEqual({
			error: (conflict as Error).message,
			latest: 1,
			latestBy: ann.email,
			latestAt: latest.publishedAt,
			owner: ann.email,
			yours: false
		});
		expect((await conflictAnswer(s, ann, seed.id, conflict as ConflictError)).yours).toBe(true);
	});
});
