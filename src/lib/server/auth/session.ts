/**
 * Signing editors in and recognising them: a random token in an HttpOnly, SameSite=Lax cookie,
 * stored as its SHA-256 (a copy of the database signs no one in), valid for 14 days; wrong
 * passwords slowed down as `throttle.ts` says, counted in the database so that every app server
 * behind a load balancer counts the same.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Store, User } from '../store';
import { verifyDecoy, verifyPassword } from './passwords';
import { ACCOUNT_RULE, ADDRESS_RULE, waitBefore, type ThrottleRule } from './throttle';

export type SessionUser = User;

export const SESSION_COOKIE = 'dateline_session';
export const SESSION_DAYS = 14;

/** Emails are compared trimmed and in lower case: `Ed@Example.org` signs in as `ed@example.org`. */
export function normaliseEmail(email: string): string {
	return email.trim().toLowerCase();
}

/** Why an email cannot name an account, or `null`. */
export function emailProblem(email: string): string | null {
	if (!/^[^\s@]+@[^\s@]+$/.test(email)) return `"${email}" is not an email address`;
	if (email.length > 254) return 'An email address has at most 254 characters';
	return null;
}

export function tokenHash(token: string): string {
	return createHash('sha256').update(token, 'utf8').digest('base64url');
}

export type SignInResult =
	| { ok: true; user: User; token: string; expires: Date }
	/** Wrong email or password (never saying which); `wait` ms before the next try counts. */
	| { ok: false; reason: 'wrong'; wait: number }
	/** Too many wrong passwords: nothing was checked; try again in `wait` ms. */
	| { ok: false; reason: 'wait'; wait: number };

async function waitFor(store: Store, key: string, rule: ThrottleRule, now: Date): Promise<number> {
	const { failures, last } = await store.signInFailures(key, new Date(now.getTime() - rule.window));
	return failures ? waitBefore(rule, failures, Date.parse(last), now.getTime()) : 0;
}

/**
 * Checks an editor's email and password and opens a session, unless recent wrong passwords for
 * this account or from this address make the attempt wait.
 *
 * @param address the client's address (adapter-node's `getClientAddress()`)
 */
export async function signIn(
	store: Store,
	input: { email: string; password: string; address: string; now?: Date }
): Promise<SignInResult> {
	const now = input.now ?? new Date();
	const email = normaliseEmail(input.email);
	const keys: [string, ThrottleRule][] = [
		[`account:${email}`, ACCOUNT_RULE],
		[`address:${input.address}`, ADDRESS_RULE]
	];
	let wait = 0;
	for (const [key, rule] of keys) wait = Math.max(wait, await waitFor(store, key, rule, now));
	if (wait > 0) return { ok: false, reason: 'wait', wait };

	const user = await store.userForSignIn(email);
	const right = user
		? await verifyPassword(user.passwordHash, input.password)
		: await verifyDecoy(input.password);
	if (!user || !right) {
		let next = 0;
		for (const [key, rule] of keys) {
			const since = new Date(now.getTime() - rule.window);
			const failures = await store.recordSignInFailure(key, now, since);
			next = Math.max(next, waitBefore(rule, failures, now.getTime(), now.getTime()));
		}
		return { ok: false, reason: 'wrong', wait: next };
	}
	await store.clearSignInFailures(`account:${email}`);
	await store.deleteExpiredSessions(now);
	const token = randomBytes(32).toString('base64url');
	const expires = new Date(now.getTime() + SESSION_DAYS * 86_400_000);
	const { passwordHash: _, ...signedIn } = user;
	await store.createSession(tokenHash(token), signedIn.id, now, expires);
	return { ok: true, user: signedIn, token, expires };
}

/** The editor a session cookie belongs to, or null. */
export async function sessionUser(
	store: Store,
	token: string | undefined,
	now = new Date()
): Promise<User | null> {
	if (!token || token.length > 100) return null;
	return (await store.sessionUser(tokenHash(token), now)) ?? null;
}

export async function signOut(store: Store, token: string | undefined): Promise<void> {
	if (token) await store.deleteSession(tokenHash(token));
}
