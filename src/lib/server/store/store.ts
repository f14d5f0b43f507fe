/**
 * The repository: every read and write of editors, sessions and published timelines, over either
 * database (`Db`). Callers validate datasets before they get here (`$lib/server/publish`); the
 * store serialises them, versions them and serves them back byte for byte.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Dataset } from '../../data/schema';
import type { Db, Queries } from './db';
import { failpoint } from './failpoint';

/** An editor, as the app sees one (never with the password hash). */
export interface User {
	id: string;
	email: string;
	admin: boolean;
	createdAt: string;
}

/** Who and how a version came to be. */
export type VersionOrigin =
	/** published by an editor */
	| 'editor'
	/** an earlier version published again by an editor */
	| 'restore'
	/** imported from data/timelines/ when a server started */
	| 'file';

/** One published version of a timeline, without its dataset. */
export interface VersionInfo {
	timeline: string;
	version: number;
	/** Strong validator of the dataset's bytes (SHA-256, base64url). */
	etag: string;
	title: string;
	events: number;
	publishedAt: string;
	/** The editor's email, or the file it was imported from. */
	publishedBy: string;
	origin: VersionOrigin;
	restoredFrom: number | null;
}

/** A timeline as readers get it: its latest version, unless it was withdrawn. */
export interface TimelineState {
	id: string;
	latest: VersionInfo;
	/** How many versions it has had. */
	versions: number;
	withdrawn: { at: string; by: string } | null;
}

export interface Withdrawal {
	version: number;
	at: string;
	by: string;
}

/** A publish that would overwrite a version its editor has not seen. */
export class ConflictError extends Error {
	constructor(
		message: string,
		/** The timeline's latest version now (0 when it has none). */
		readonly latest: number
	) {
		super(message);
		this.name = 'ConflictError';
	}
}

/** Who first published a timeline (see `Store.creator`). */
export interface Creator {
	/** The editor's email, or the file it was imported from. */
	by: string;
	origin: VersionOrigin;
}

export interface PublishInput {
	dataset: Dataset;
	/** Email of the editor, or the file imported. */
	by: string;
	/**
	 * The version the editor started from: the publish is refused if another has been published
	 * since. `null` publishes a new timeline, refused if the id is taken.
	 */
	base: number | null;
	origin?: VersionOrigin;
	restoredFrom?: number | null;
	now?: Date;
	/**
	 * Called in the publish's transaction when it updates a timeline (`base` not null) that
	 * exists, with who first published it: throws to refuse (see `mayChange` in editing.ts). In
	 * the transaction, so that no publish slips in between the check and the write.
	 */
	authorise?: (creator: Creator) => void;
}

/**
 * A dataset's bytes as stored and served, and their validator.
 *
 * @example
 * const { json, etag } = serialise(dataset); // etag: 43 base64url characters
 */
export function serialise(dataset: Dataset): { json: string; etag: string } {
	const json = JSON.stringify(dataset);
	return { json, etag: createHash('sha256').update(json, 'utf8').digest('base64url') };
}

interface VersionRow {
	timeline_id: string;
	version: number;
	etag: string;
	title: string;
	event_count: number;
	published_at: string;
	published_by: string;
	origin: string;
	restored_from: number | null;
}

const VERSION_COLUMNS =
	'v.timeline_id, v.version, v.etag, v.title, v.event_count, v.published_at, v.published_by, v.origin, v.restored_from';

function versionInfo(row: VersionRow): VersionInfo {
	return {
		timeline: row.timeline_id,
		version: Number(row.version),
		etag: row.etag,
		title: row.title,
		events: Number(row.event_count),
		publishedAt: row.published_at,
		publishedBy: row.published_by,
		origin: row.origin as VersionOrigin,
		restoredFrom: row.restored_from === null ? null : Number(row.restored_from)
	};
}

interface UserRow {
	id: string;
	email: string;
	is_admin: number;
	created_at: string;
}

function user(row: UserRow): User {
	return {
		id: row.id,
		email: row.email,
		admin: Number(row.is_admin) === 1,
		createdAt: row.created_at
	};
}

export class Store {
	constructor(readonly db: Db) {}

	// --- Editors -------------------------------------------------------------------------------

	/** Adds an editor; `undefined` when the email is taken. */
	async createUser(input: {
		email: string;
		passwordHash: string;
		admin: boolean;
		now?: Date;
	}): Promise<User | undefined> {
		const row = await this.db.get<UserRow>(
			`INSERT INTO users (id, email, password_hash, is_admin, created_at) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT (email) DO NOTHING
			RETURNING id, email, is_admin, created_at`,
			[
				randomUUID(),
				input.email,
				input.passwordHash,
				input.admin ? 1 : 0,
				(input.now ?? new Date()).toISOString()
			]
		);
		return row && user(row);
	}

	async users(): Promise<User[]> {
		const rows = await this.db.all<UserRow>(
			'SELECT id, email, is_admin, created_at FROM users ORDER BY email'
		);
		return rows.map(user);
	}

	/** An editor and their password hash, to check a sign-in. */
	async userForSignIn(email: string): Promise<(User & { passwordHash: string }) | undefined> {
		const row = await this.db.get<UserRow & { password_hash: string }>(
			'SELECT id, email, is_admin, created_at, password_hash FROM users WHERE email = ?',
			[email]
		);
		return row && { ...user(row), passwordHash: row.password_hash };
	}

	/** Removes an editor and signs them out everywhere; false when there was none. */
	async removeUser(email: string): Promise<boolean> {
		return this.db.transaction(async (tx) => {
			await tx.run('DELETE FROM sessions WHERE user_id IN (SELECT id FROM users WHERE email = ?)', [
				email
			]);
			return (await tx.run('DELETE FROM users WHERE email = ?', [email])) > 0;
		});
	}

	/** Sets a new password hash and signs the editor out everywhere; false when there is none. */
	async setPassword(email: string, passwordHash: string): Promise<boolean> {
		return this.db.transaction(async (tx) => {
			const changed = await tx.run('UPDATE users SET password_hash = ? WHERE email = ?', [
				passwordHash,
				email
			]);
			await tx.run('DELETE FROM sessions WHERE user_id IN (SELECT id FROM users WHERE email = ?)', [
				email
			]);
			return changed > 0;
		});
	}

	async setAdmin(email: string, admin: boolean): Promise<boolean> {
		return (
			(await this.db.run('UPDATE users SET is_admin = ? WHERE email = ?', [admin ? 1 : 0, email])) >
			0
		);
	}

	// --- Sessions ------------------------------------------------------------------------------

	async createSession(tokenHash: string, userId: string, now: Date, expires: Date): Promise<void> {
		await this.db.run(
			'INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)',
			[tokenHash, userId, now.toISOString(), expires.toISOString()]
		);
	}

	/** The editor a session belongs to, while it has not expired. */
	async sessionUser(tokenHash: string, now: Date): Promise<User | undefined> {
		const row = await this.db.get<UserRow>(
			`SELECT u.id, u.email, u.is_admin, u.created_at FROM sessions s JOIN users u ON u.id = s.user_id
			WHERE s.token_hash = ? AND s.expires_at > ?`,
			[tokenHash, now.toISOString()]
		);
		return row && user(row);
	}

	async deleteSession(tokenHash: string): Promise<void> {
		await this.db.run('DELETE FROM sessions WHERE token_hash = ?', [tokenHash]);
	}

	async deleteExpiredSessions(now: Date): Promise<number> {
		return this.db.run('DELETE FROM sessions WHERE expires_at <= ?', [now.toISOString()]);
	}

	// --- Sign-in failures ----------------------------------------------------------------------

	/** Wrong passwords under `key` since `since` (older ones are forgotten). */
	async signInFailures(key: string, since: Date): Promise<{ failures: number; last: string }> {
		const row = await this.db.get<{ failures: number; last_failure_at: string }>(
			'SELECT failures, last_failure_at FROM sign_in_failures WHERE key = ? AND last_failure_at > ?',
			[key, since.toISOString()]
		);
		return row
			? { failures: Number(row.failures), last: row.last_failure_at }
			: { failures: 0, last: '' };
	}

	/** Counts one more wrong password under `key`, restarting from one if the last was before `since`. */
	async recordSignInFailure(key: string, now: Date, since: Date): Promise<number> {
		const row = await this.db.get<{ failures: number }>(
			`INSERT INTO sign_in_failures (key, failures, last_failure_at) VALUES (?, 1, ?)
			ON CONFLICT (key) DO UPDATE SET
				failures = CASE WHEN sign_in_failures.last_failure_at > ? THEN sign_in_failures.failures + 1 ELSE 1 END,
				last_failure_at = excluded.last_failure_at
			RETURNING failures`,
			[key, now.toISOString(), since.toISOString()]
		);
		return Number(row?.failures ?? 1);
	}

	async clearSignInFailures(key: string): Promise<void> {
		await this.db.run('DELETE FROM sign_in_failures WHERE key = ?', [key]);
	}

	// --- Timelines -----------------------------------------------------------------------------

	/**
	 * Publishes a dataset as the next version of its timeline, in one transaction: the version,
	 * the timeline's pointer to it and the end of any withdrawal are kept together or not at all.
	 *
	 * @throws ConflictError when `base` is not the latest version (someone published since), or is
	 *   `null` for an id already published.
	 */
	async publish(input: PublishInput): Promise<VersionInfo> {
		const { json, etag } = serialise(input.dataset);
		const now = (input.now ?? new Date()).toISOString();
		const id = input.dataset.id;
		return this.db.transaction(async (tx) => {
			// One statement takes the next number and the row's lock: two publishes of one timeline
			// at once get different numbers, and the second then fails its base check.
			const claimed = await tx.get<{ latest_version: number }>(
				`INSERT INTO timelines (id, latest_version, created_at) VALUES (?, 1, ?)
				ON CONFLICT (id) DO UPDATE SET latest_version = timelines.latest_version + 1,
					withdrawn_at = NULL, withdrawn_by = NULL
				RETURNING latest_version`,
				[id, now]
			);
			const version = Number(claimed!.latest_version);
			const latest = version - 1;
			if (input.authorise && input.base !== null && latest !== 0) {
				input.authorise((await this.creator(id, tx))!);
			}
			if (input.base === null && latest !== 0) {
				throw new ConflictError(
					`A timeline named "${id}" is already published (version ${latest}): open it to update it, or give this one another id`,
					latest
				);
			}
			if (input.base !== null && input.base !== latest) {
				throw new ConflictError(
					latest === 0
						? `No timeline named "${id}" is published: there is no version ${input.base} to update`
						: `Version ${latest} of "${id}" was published after version ${input.base}, which this update started from: open the latest to update it`,
					latest
				);
			}
			const origin = input.origin ?? 'editor';
			await tx.run(
				`INSERT INTO versions (timeline_id, version, dataset, etag, title, event_count, published_at,
					published_by, origin, restored_from)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
				[
					id,
					version,
					json,
					etag,
					input.dataset.title,
					input.dataset.events.length,
					now,
					input.by,
					origin,
					input.restoredFrom ?? null
				]
			);
			await failpoint('publish-before-commit');
			return {
				timeline: id,
				version,
				etag,
				title: input.dataset.title,
				events: input.dataset.events.length,
				publishedAt: now,
				publishedBy: input.by,
				origin,
				restoredFrom: input.restoredFrom ?? null
			};
		});
	}

	/** A timeline's state, or `undefined` if it was never published. */
	async timeline(id: string, q: Queries = this.db): Promise<TimelineState | undefined> {
		const row = await q.get<
			VersionRow & { withdrawn_at: string | null; withdrawn_by: string | null }
		>(
			`SELECT ${VERSION_COLUMNS}, t.withdrawn_at, t.withdrawn_by
			FROM timelines t JOIN versions v ON v.timeline_id = t.id AND v.version = t.latest_version
			WHERE t.id = ?`,
			[id]
		);
		if (!row) return undefined;
		return {
			id,
			latest: versionInfo(row),
			versions: Number(row.version),
			withdrawn: row.withdrawn_at ? { at: row.withdrawn_at, by: row.withdrawn_by ?? '' } : null
		};
	}

	/**
	 * Who first published a timeline (its version 1): an editor's email with origin `editor`, or
	 * the file it was imported from with origin `file`; `undefined` if it was never published.
	 * Version 1 is never changed, so neither is the answer.
	 */
	async creator(id: string, q: Queries = this.db): Promise<Creator | undefined> {
		const row = await q.get<{ published_by: string; origin: string }>(
			'SELECT published_by, origin FROM versions WHERE timeline_id = ? AND version = 1',
			[id]
		);
		return row && { by: row.published_by, origin: row.origin as VersionOrigin };
	}

	/** Every timeline, most recently published first. */
	async timelines(): Promise<TimelineState[]> {
		const rows = await this.db.all<
			VersionRow & { withdrawn_at: string | null; withdrawn_by: string | null }
		>(
			`SELECT ${VERSION_COLUMNS}, t.withdrawn_at, t.withdrawn_by
			FROM timelines t JOIN versions v ON v.timeline_id = t.id AND v.version = t.latest_version
			ORDER BY v.published_at DESC, t.id`
		);
		return rows.map((row) => ({
			id: row.timeline_id,
			latest: versionInfo(row),
			versions: Number(row.version),
			withdrawn: row.withdrawn_at ? { at: row.withdrawn_at, by: row.withdrawn_by ?? '' } : null
		}));
	}

	/** The stored bytes of one version's dataset. */
	async datasetJson(id: string, version: number): Promise<string | undefined> {
		const row = await this.db.get<{ dataset: string }>(
			'SELECT dataset FROM versions WHERE timeline_id = ? AND version = ?',
			[id, version]
		);
		return row?.dataset;
	}

	async version(id: string, version: number): Promise<VersionInfo | undefined> {
		const row = await this.db.get<VersionRow>(
			`SELECT ${VERSION_COLUMNS} FROM versions v WHERE v.timeline_id = ? AND v.version = ?`,
			[id, version]
		);
		return row && versionInfo(row);
	}

	/** Every version of a timeline, newest first, and every time it was withdrawn. */
	async history(id: string): Promise<{ versions: VersionInfo[]; withdrawals: Withdrawal[] }> {
		const rows = await this.db.all<VersionRow>(
			`SELECT ${VERSION_COLUMNS} FROM versions v WHERE v.timeline_id = ? ORDER BY v.version DESC`,
			[id]
		);
		const withdrawals = await this.db.all<{
			version: number;
			withdrawn_at: string;
			withdrawn_by: string;
		}>(
			'SELECT version, withdrawn_at, withdrawn_by FROM withdrawals WHERE timeline_id = ? ORDER BY withdrawn_at DESC',
			[id]
		);
		return {
			versions: rows.map(versionInfo),
			withdrawals: withdrawals.map((w) => ({
				version: Number(w.version),
				at: w.withdrawn_at,
				by: w.withdrawn_by
			}))
		};
	}

	/**
	 * Withdraws a timeline: readers get a notice instead of it until a version is published again.
	 *
	 * @returns false when there is no such timeline or it is already withdrawn
	 */
	async withdraw(id: string, by: string, now = new Date()): Promise<boolean> {
		return this.db.transaction(async (tx) => {
			const at = now.toISOString();
			const changed = await tx.run(
				'UPDATE timelines SET withdrawn_at = ?, withdrawn_by = ? WHERE id = ? AND withdrawn_at IS NULL',
				[at, by, id]
			);
			if (changed === 0) return false;
			await tx.run(
				`INSERT INTO withdrawals (timeline_id, version, withdrawn_at, withdrawn_by)
				SELECT id, latest_version, ?, ? FROM timelines WHERE id = ?`,
				[at, by, id]
			);
			return true;
		});
	}
}
