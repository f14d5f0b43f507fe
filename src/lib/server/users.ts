/**
 * Managing editors' accounts: the one implementation behind `npm run user` and the admin page.
 */
import { generatePassword, hashPassword, passwordProblem } from './auth/passwords';
import { emailProblem, normaliseEmail } from './auth/session';
import type { Store, User } from './store';

/** A refusal that names what is wrong, shown to whoever asked as it is. */
export class AccountError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'AccountError';
	}
}

/** A password chosen, or one generated when none was given (`generated` says which). */
async function choosePassword(given: string | undefined) {
	if (given === undefined || given === '') {
		const password = generatePassword();
		return { password, generated: true, hash: await hashPassword(password) };
	}
	const problem = passwordProblem(given);
	if (problem) throw new AccountError(problem);
	return { password: given, generated: false, hash: await hashPassword(given) };
}

/**
 * Adds an editor (an admin when `admin`), with the password given or a generated one.
 *
 * @throws AccountError for a malformed email, a short password or an email already taken
 */
export async function addUser(
	store: Store,
	input: { email: string; password?: string; admin?: boolean }
): Promise<{ user: User; password: string; generated: boolean }> {
	const email = normaliseEmail(input.email);
	const problem = emailProblem(email);
	if (problem) throw new AccountError(problem);
	const { password, generated, hash } = await choosePassword(input.password);
	const user = await store.createUser({ email, passwordHash: hash, admin: input.admin ?? false });
	if (!user) throw new AccountError(`An account for ${email} already exists`);
	return { user, password, generated };
}

/**
 * Gives an editor a new password (given or generated) and signs them out everywhere.
 *
 * @throws AccountError when there is no such account or the password is too short
 */
export async function resetPassword(
	store: Store,
	input: { email: string; password?: string }
): Promise<{ password: string; generated: boolean }> {
	const email = normaliseEmail(input.email);
	const { password, generated, hash } = await choosePassword(input.password);
	if (!(await store.setPassword(email, hash))) throw new AccountError(`No account for ${email}`);
	return { password, generated };
}

/** @throws AccountError when there is no such account */
export async function removeUser(store: Store, email: string): Promise<void> {
	const normalised = normaliseEmail(email);
	if (!(await store.removeUser(normalised))) throw new AccountError(`No account for ${normalised}`);
}
