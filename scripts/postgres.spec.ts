import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { postgresBin, startPostgres, stopPostgres } from './postgres.mjs';
import { freePort } from './processes';

/** Whether a process with this id is alive. */
function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}

async function answers(url: string): Promise<number> {
	const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
	await client.connect();
	try {
		const { rows } = await client.query<{ one: number }>('select 1 as one');
		return rows[0].one;
	} finally {
		await client.end();
	}
}

// Under CI PostgreSQL is installed (scripts/setup.sh) and this runs; elsewhere it runs where it is.
describe.runIf(process.env.CI || postgresBin())(
	'node scripts/postgres.mjs',
	{ timeout: 90_000 },
	() => {
		it('starts afresh over a cluster whose server was killed with the session that started it', async () => {
			const port = await freePort();
			const folder = join(tmpdir(), `dateline-pg-${port}`);
			try {
				const url = startPostgres(port);
				const pid = Number(
					readFileSync(join(folder, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]
				);
				process.kill(pid, 'SIGKILL');
				for (let i = 0; i < 100 && alive(pid); i++) await new Promise((r) => setTimeout(r, 50));
				expect(alive(pid)).toBe(false);
				// What the killed server left behind still names it: the next run must not trust that.
				expect(existsSync(join(folder, 'data', 'postmaster.pid'))).toBe(true);

				expect(startPostgres(port)).toBe(url);
				expect(await answers(url)).toBe(1);
			} finally {
				stopPostgres(port);
			}
			expect(existsSync(folder)).toBe(false);
		});

		it('reuses a cluster whose server still runs', async () => {
			const port = await freePort();
			const folder = join(tmpdir(), `dateline-pg-${port}`);
			try {
				const url = startPostgres(port);
				const pidFile = join(folder, 'data', 'postmaster.pid');
				const pid = readFileSync(pidFile, 'utf8').split('\n')[0];
				expect(startPostgres(port)).toBe(url);
				expect(readFileSync(pidFile, 'utf8').split('\n')[0]).toBe(pid);
				expect(await answers(url)).toBe(1);
			} finally {
				stopPostgres(port);
			}
		});
	}
);
