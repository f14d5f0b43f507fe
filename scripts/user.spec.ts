import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'dateline-user-'));
const db = join(dir, 'dateline.sqlite');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The command as npm runs it (tsx), in a child process so exit codes and streams are real.
const user = (...args: string[]) =>
	spawnSync(process.execPath, ['--import', 'tsx', 'scripts/user.ts', ...args], {
		encoding: 'utf8',
		timeout: 60_000,
		env: { ...process.env, DATELINE_DB: db, DATABASE_URL: '' }
	});

describe('npm run user', { timeout: 120_000 }, () => {
	it('adds an admin with a generated password shown once, and lists accounts', () => {
		const added = user('add', 'Chief@Example.org', '--admin');
		expect(added.status).toBe(0);
		expect(added.stdout).toMatch(
			/^added admin chief@example\.org; password \(shown once\): [a-zA-Z2-9]{5}(-[a-zA-Z2-9]{5}){3}\n$/
		);
		expect(added.stderr).toContain(`SQLite at ${db}`);
		expect(user('add', 'ed@example.org', '--password', 'twelve chars!').stdout).toBe(
			'added editor ed@example.org\n'
		);
		expect(user('list').stdout).toMatch(
			/^chief@example\.org\tadmin\tsince \d{4}-\d\d-\d\d\ned@example\.org\teditor\tsince /
		);
	});

	it('resets a password and removes an account, and says when there is none', () => {
		expect(user('reset', 'ed@example.org').stdout).toMatch(
			/^new password for ed@example\.org \(shown once\): \S+; their sessions are closed\n$/
		);
		expect(user('remove', 'ed@example.org').stdout).toBe('removed ed@example.org\n');
		const again = user('remove', 'ed@example.org');
		expect(again.status).toBe(1);
		expect(again.stderr).toContain('user: No account for ed@example.org');
	});

	it('refuses bad usage with the usage and status 2', () => {
		for (const args of [[], ['frob'], ['add'], ['list', 'x'], ['remove', 'a@b.c', '--admin']]) {
			const result = user(...args);
			expect(result.status).toBe(2);
			expect(result.stderr).toContain('usage: npm run -s user -- add <email>');
		}
		const short = user('add', 'x@example.org', '--password', 'short');
		expect(short.status).toBe(1);
		expect(short.stderr).toContain('A password needs at least 12 characters');
	});
});
