import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyPassword } from './auth/passwords';
import { emptyStore } from './store/testing/databases';
import { addUser, removeUser, resetPassword } from './users';

describe('managing editors’ accounts', { timeout: 30_000 }, () => {
	let fresh: Awaited<ReturnType<typeof emptyStore>>;
	beforeEach(async () => (fresh = await emptyStore()));
	afterEach(() => fresh.close());

	it('generates a password when none is given, stored only as its Argon2id hash', async () => {
		const s = fresh.store;
		const { user, password, generated } = await addUser(s, {
			email: 'Ed@Example.org',
			admin: true
		});
		expect(generated).toBe(true);
		expect(password).toMatch(/^[a-zA-Z2-9]{5}(-[a-zA-Z2-9]{5}){3}$/);
		expect(user).toMatchObject({ email: 'ed@example.org', admin: true });
		const stored = (await s.userForSignIn('ed@example.org'))!.passwordHash;
		expect(stored).toMatch(/^\$argon2id\$/);
		expect(stored).not.toContain(password);
		expect(await verifyPassword(stored, password)).toBe(true);
	});

	it('refuses a malformed email, a short password and a taken email, naming the problem', async () => {
		const s = fresh.store;
		await expect(addUser(s, { email: 'not an email' })).rejects.toThrow(
			'"not an email" is not an email address'
		);
		await expect(addUser(s, { email: 'ed@example.org', password: 'short' })).rejects.toThrow(
			'A password needs at least 12 characters (this one has 5)'
		);
		await addUser(s, { email: 'ed@example.org', password: 'long enough password' });
		await expect(addUser(s, { email: 'ED@example.org' })).rejects.toThrow(
			'An account for ed@example.org already exists'
		);
	});

	it('resets a password so that only the new one works, and removes accounts', async () => {
		const s = fresh.store;
		await addUser(s, { email: 'ed@example.org', password: 'the old password' });
		const { password } = await resetPassword(s, { email: 'ed@example.org' });
		const stored = (await s.userForSignIn('ed@example.org'))!.passwordHash;
		expect(await verifyPassword(stored, password)).toBe(true);
		expect(await verifyPassword(stored, 'the old password')).toBe(false);
		await removeUser(s, 'ed@example.org');
		await expect(removeUser(s, 'ed@example.org')).rejects.toThrow('No account for ed@example.org');
		await expect(resetPassword(s, { email: 'ed@example.org' })).rejects.toThrow(
			'No account for ed@example.org'
		);
	});
});
