/**
 * The store, against both databases it supports: every test runs on a fresh SQLite file and on a
 * fresh PostgreSQL schema (see testing/databases.ts: under CI PostgreSQL must be there).
 */
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Dataset } from '../../data/schema';
import { migrate, MIGRATIONS } from './migrations';
import { ConflictError, serialise, type Store } from './index';
import { emptyStore, testPostgres, type TestPostgres } from './testing/databases';

const seed: Dataset = JSON.parse(readFileSync('data/timelines/iraq-coalition-exit.json', 'utf8'));
const titled = (title: string, id = seed.id): Dataset => ({ ...seed, id, title });
const t = (minutes: number) => new Date(Date.UTC(2024, 0, 8, 10, minutes));

const postgres: TestPostgres | null = await testPostgres();
const kinds = postgres ? (['sqlite', 'postgres'] as const) : (['sqlite'] as const);

afterAll(() => postgres?.stop());

describe.each(kinds)('the store on %s', (kind) => {
	let close: (() => Promise<void>) | undefined;
	afterEach(() => close?.());

	/** The store on an empty database of this kind, closed and deleted after the test. */
	async function fresh(): Promise<Store> {
		const opened = await emptyStore(kind, postgres);
		close = opened.close;
		return opened.store;
	}

	describe('migrations', () => {
		it('creates the schema on first open and applies nothing on the next', async () => {
			const s = await fresh();
			expect(await migrate(s.db)).toEqual([]);
			expect(await s.users()).toEqual([]);
		});

		it('refuses a database migrated by a newer Dateline', async () => {
			const s = await fresh();
			const newer = [...MIGRATIONS, { version: 99, name: 'from the future', statements: [] }];
			await migrate(s.db, newer);
			await expect(migrate(s.db)).rejects.toThrow(/migrated by a newer Dateline \(schema 99/);
		});
	});

	describe('editors and sessions', () => {
		it('adds an editor once per email and lists them by email', async () => {
			const s = await fresh();
			const ed = await s.createUser({ email: 'ed@example.org', passwordHash: 'h1', admin: true });
			expect(ed).toMatchObject({ email: 'ed@example.org', admin: true });
			expect(
				await s.createUser({ email: 'ed@example.org', passwordHash: 'h2', admin: false })
			).toBe(undefined);
			await s.createUser({ email: 'ann@example.org', passwordHash: 'h3', admin: false });
			expect((await s.users()).map((u) => [u.email, u.admin])).toEqual([
				['ann@example.org', false],
				['ed@example.org', true]
			]);
			expect((await s.userForSignIn('ed@example.org'))?.passwordHash).toBe('h1');
		});

		it('recognises a session until it expires', async () => {
			const s = await fresh();
			const ed = (await s.createUser({
				email: 'ed@example.org',
				passwordHash: 'h',
				admin: false
			}))!;
			await s.createSession('token-hash', ed.id, t(0), t(60));
			expect((await s.sessionUser('token-hash', t(59)))?.email).toBe('ed@example.org');
			expect(await s.sessionUser('token-hash', t(60))).toBe(undefined);
			expect(await s.sessionUser('other-hash', t(1))).toBe(undefined);
			expect(await s.deleteExpiredSessions(t(61))).toBe(1);
		});

		it('signs an editor out everywhere when their password changes or they are removed', async () => {
			const s = await fresh();
			const ed = (await s.createUser({
				email: 'ed@example.org',
				passwordHash: 'h',
				admin: false
			}))!;
			await s.createSession('a', ed.id, t(0), t(600));
			await s.createSession('b', ed.id, t(0), t(600));
			expect(await s.setPassword('ed@example.org', 'new')).toBe(true);
			expect(await s.sessionUser('a', t(1))).toBe(undefined);
			expect((await s.userForSignIn('ed@example.org'))?.passwordHash).toBe('new');
			await s.createSession('c', ed.id, t(0), t(600));
			expect(await s.removeUser('ed@example.org')).toBe(true);
			expect(await s.sessionUser('c', t(1))).toBe(undefined);
			expect(await s.removeUser('ed@example.org')).toBe(false);
			expect(await s.setPassword('ed@example.org', 'x')).toBe(false);
		});

		it('counts wrong passwords per key, forgetting those before the window', async () => {
			const s = await fresh();
			const since = t(-60);
			expect(await s.recordSignInFailure('account:ed', t(0), since)).toBe(1);
			expect(await s.recordSignInFailure('account:ed', t(1), since)).toBe(2);
			expect(await s.signInFailures('account:ed', since)).toEqual({
				failures: 2,
				last: t(1).toISOString()
			});
			// An hour later, the count starts again.
			expect(await s.recordSignInFailure('account:ed', t(120), t(60))).toBe(1);
			await s.clearSignInFailures('account:ed');
			expect((await s.signInFailures('account:ed', since)).failures).toBe(0);
		});
	});

	describe('publishing', () => {
		it('keeps each publish as a version with who and when, and serves the latest', async () => {
			const s = await fresh();
			const v1 = await s.publish({ dataset: seed, by: 'ed@example.org', base: null, now: t(0) });
			const v2 = await s.publish({
				dataset: titled('Second title'),
				by: 'ann@example.org',
				base: 1,
				now: t(5)
			});
			expect([v1.version, v2.version]).toEqual([1, 2]);
			const state = (await s.timeline(seed.id))!;
			expect(state.latest).toMatchObject({
				version: 2,
				title: 'Second title',
				publishedBy: 'ann@example.org',
				publishedAt: t(5).toISOString(),
				etag: serialise(titled('Second title')).etag
			});
			expect(state.withdrawn).toBe(null);
			expect(await s.datasetJson(seed.id, 1)).toBe(serialise(seed).json);
			const { versions } = await s.history(seed.id);
			expect(versions.map((v) => [v.version, v.title, v.publishedBy])).toEqual([
				[2, 'Second title', 'ann@example.org'],
				[1, seed.title, 'ed@example.org']
			]);
		});

		it('refuses a new timeline under a taken id, and an update from a stale version, writing nothing', async () => {
			const s = await fresh();
			await s.publish({ dataset: seed, by: 'ed', base: null });
			await s.publish({ dataset: titled('Two'), by: 'ed', base: 1 });
			await expect(s.publish({ dataset: titled('Mine'), by: 'ann', base: null })).rejects.toThrow(
				ConflictError
			);
			const stale = s.publish({ dataset: titled('Stale'), by: 'ann', base: 1 });
			await expect(stale).rejects.toMatchObject({ name: 'ConflictError', latest: 2 });
			await expect(
				s.publish({ dataset: titled('Nothing', 'never-published'), by: 'ann', base: 3 })
			).rejects.toThrow(/No timeline named "never-published"/);
			expect(await s.timeline('never-published')).toBe(undefined);
			expect((await s.history(seed.id)).versions.map((v) => v.title)).toEqual(['Two', seed.title]);
			expect((await s.timeline(seed.id))!.latest.version).toBe(2);
		});

		it('knows who first published a timeline, whoever updated it since', async () => {
			const s = await fresh();
			await s.publish({ dataset: seed, by: 'ed@example.org', base: null });
			await s.publish({ dataset: titled('Two'), by: 'ann@example.org', base: 1 });
			await s.publish({
				dataset: titled('From its file', 'imported'),
				by: 'data/timelines/imported.json',
				base: null,
				origin: 'file'
			});
			expect(await s.creator(seed.id)).toEqual({ by: 'ed@example.org', origin: 'editor' });
			expect(await s.creator('imported')).toEqual({
				by: 'data/timelines/imported.json',
				origin: 'file'
			});
			expect(await s.creator('never-published')).toBe(undefined);
		});

		it('lets one of two editors publishing from the same version win, never both', async () => {
			const s = await fresh();
			await s.publish({ dataset: seed, by: 'ed', base: null });
			const results = await Promise.allSettled([
				s.publish({ dataset: titled('Ed’s'), by: 'ed', base: 1 }),
				s.publish({ dataset: titled('Ann’s'), by: 'ann', base: 1 })
			]);
			expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
			const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
			expect(refused.reason).toBeInstanceOf(ConflictError);
			expect((await s.history(seed.id)).versions).toHaveLength(2);
		});

		it('withdraws a timeline until a version is published again, and remembers it', async () => {
			const s = await fresh();
			await s.publish({ dataset: seed, by: 'ed', base: null, now: t(0) });
			expect(await s.withdraw(seed.id, 'ann', t(10))).toBe(true);
			expect(await s.withdraw(seed.id, 'ann', t(11))).toBe(false);
			expect(await s.withdraw('no-such', 'ann', t(11))).toBe(false);
			expect((await s.timeline(seed.id))!.withdrawn).toEqual({
				at: t(10).toISOString(),
				by: 'ann'
			});
			await s.publish({
				dataset: seed,
				by: 'ed',
				base: 1,
				origin: 'restore',
				restoredFrom: 1,
				now: t(20)
			});
			const state = (await s.timeline(seed.id))!;
			expect(state.withdrawn).toBe(null);
			expect(state.latest).toMatchObject({ version: 2, origin: 'restore', restoredFrom: 1 });
			expect((await s.history(seed.id)).withdrawals).toEqual([
				{ version: 1, at: t(10).toISOString(), by: 'ann' }
			]);
		});

		it('keeps a hostile title as the exact text it was given', async () => {
			const s = await fresh();
			const hostile = `<img src=x onerror=alert(1)>'); DROP TABLE versions;-- \u202e ${'é'.repeat(3)}`;
			await s.publish({ dataset: titled(hostile), by: 'ed', base: null });
			expect((await s.timeline(seed.id))!.latest.title).toBe(hostile);
			expect(JSON.parse((await s.datasetJson(seed.id, 1))!).title).toBe(hostile);
		});

		it('never shows a reader a publish before it commits', async () => {
			const s = await fresh();
			await s.publish({ dataset: seed, by: 'ed', base: null });
			process.env.DATELINE_FAILPOINTS = 'publish-before-commit=300';
			try {
				const publishing = s.publish({ dataset: titled('Pending'), by: 'ed', base: 1 });
				await new Promise((resolve) => setTimeout(resolve, 100));
				expect((await s.timeline(seed.id))!.latest.title).toBe(seed.title);
				await publishing;
			} finally {
				delete process.env.DATELINE_FAILPOINTS;
			}
			expect((await s.timeline(seed.id))!.latest.title).toBe('Pending');
		});
	});
});
