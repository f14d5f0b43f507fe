/**
 * Editors' passwords: Argon2id (the Password Hashing Competition's winner, OWASP's first choice)
 * through @node-rs/argon2, whose npm package ships prebuilt binaries, with its defaults
 * (19 MiB, 2 passes: OWASP's minimum for Argon2id). The hash string carries its own parameters
 * and salt, so stronger settings later still verify older hashes.
 */
import { hash, verify } from '@node-rs/argon2';
import { randomInt } from 'node:crypto';

/** Shorter passwords are refused; generated ones are longer. */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

export function hashPassword(password: string): Promise<string> {
	return hash(password);
}

/**
 * Checks a password against a stored hash; a malformed hash is a mismatch, never a crash.
 */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
	try {
		return await verify(stored, password);
	} catch {
		return false;
	}
}

/**
 * A hash of nothing in particular, verified against when the email is unknown, so that a wrong
 * email takes as long to refuse as a wrong password (no telling which accounts exist).
 */
let decoy: Promise<string> | undefined;
export async function verifyDecoy(password: string): Promise<false> {
	decoy ??= hashPassword(generatePassword());
	await verifyPassword(await decoy, password);
	return false;
}

// No 0/O, 1/l/I: a generated password is read off a terminal and typed.
const ALPHABET = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * A random password of 20 characters from 57 (about 117 bits), in groups of five for reading.
 *
 * @example
 * generatePassword(); // 'kq7Rt-Wm2xP-aZ9cH-u4NbE'
 */
export function generatePassword(): string {
	const groups: string[] = [];
	for (let g = 0; g < 4; g++) {
		let group = '';
		for (let i = 0; i < 5; i++) group += ALPHABET[randomInt(ALPHABET.length)];
		groups.push(group);
	}
	return groups.join('-');
}

/** Why a password cannot be used, or `null`. */
export function passwordProblem(password: string): string | null {
	if (password.length < MIN_PASSWORD_LENGTH) {
		return `A password needs at least ${MIN_PASSWORD_LENGTH} characters (this one has ${password.length})`;
	}
	if (password.length > MAX_PASSWORD_LENGTH) {
		return `A password may have at most ${MAX_PASSWORD_LENGTH} characters`;
	}
	return null;
}
