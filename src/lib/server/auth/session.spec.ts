import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyStore } from '../store/testing/databases';
import { addUser } from '../users';
import { sessionUser, signIn, signOut } from './session';

const PASSWORD = 'correct horse battery staple';
const t0 = new Date(Date.UTC(2024, 0, 8, 10, 0));
const after = (ms: number) => new Date(t0.getTime() + ms);

describe('signing in', { timeout: 60_000 }, () => {
	let fresh: Awaited<ReturnType<typeof emptyStore>>;
	beforeEach(async () => (fresh = await emptyStore()));
	afterEach(() => fresh.close());
	async function withEditor() {
		await addUser(fresh.store, { email: 'ed@example.org', password: PASSWORD });
		return fresh.store;
	}

	it('opens a session for the right password, whatever the email’s case, until signed out', async () => {
		const s = await withEditor();
		const result = await signIn(s, {
			email: ' Ed@Example.ORG ',
			password: PASSWORD,
			address: '192.0.2.1',
			now: t0
		});
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.token).toMatch(/^[\w-]{43}$/);
		expect((await sessionUser(s, result.token, after(1000)))?.email).toBe('ed@example.org');
		// The database holds only the token's hash.
		expect(JSON.stringify(await s.db.all('SELECT * FROM sessions'))).not.toContain(result.token);
		await signOut(s, result.token);
		expect(await sessionUser(s, result.token, after(2000))).toBe(null);
	});

	it('refuses a wrong password and an unknown email alike', async () => {
		const s = await withEditor();
		const wrong = await signIn(s, {
			email: 'ed@example.org',
			password: 'nope',
			address: 'a',
			now: t0
		});
		const unknown = await signIn(s, {
			email: 'who@example.org',
			password: 'nope',
			address: 'a',
			now: t0
		});
		expect(wrong).toEqual({ ok: false, reason: 'wrong', wait: 0 });
		expect(unknown).toEqual({ ok: false, reason: 'wrong', wait: 0 });
	});

	it('slows an account down after five wrong passwords, even for the right one, and lets it in after the wait', async () => {
		const s = await withEditor();
		const attempt = (password: string, now: Date) =>
			signIn(s, { email: 'ed@example.org', password, address: '192.0.2.9', now });
		for (let i = 0; i < 4; i++) {
			expect(await attempt('wrong', after(i * 1000))).toMatchObject({ reason: 'wrong', wait: 0 });
		}
		expect(await attempt('wrong', after(4000))).toMatchObject({ reason: 'wrong', wait: 30_000 });
		expect(await attempt(PASSWORD, after(5000))).toEqual({
			ok: false,
			reason: 'wait',
			wait: 29_000
		});
		// Attempts while waiting are not checked, so they cannot make the wait longer either.
		expect(await attempt('wrong', after(10_000))).toMatchObject({ reason: 'wait', wait: 24_000 });
		expect((await attempt(PASSWORD, after(34_000))).ok).toBe(true);
		// A success clears the count.
		expect(await attempt('wrong', after(35_000))).toMatchObject({ reason: 'wrong', wait: 0 });
	});

	it('slows an address down that tries many accounts', async () => {
		const s = await withEditor();
		for (let i = 0; i < 30; i++) {
			await signIn(s, {
				email: `guess${i}@example.org`,
				password: 'wrong',
				address: '198.51.100.7',
				now: after(i)
			});
		}
		const blocked = await signIn(s, {
			email: 'ed@example.org',
			password: PASSWORD,
			address: '198.51.100.7',
			now: after(100)
		});
		expect(blocked).toMatchObject({ ok: false, reason: 'wait' });
		const elsewhere = await signIn(s, {
			email: 'ed@example.org',
			password: PASSWORD,
			address: '203.0.113.2',
			now: after(100)
		});
		expect(elsewhere.ok).toBe(true);
	});
});
