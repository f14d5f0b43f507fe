/**
 * A throwaway PostgreSQL cluster for the store's tests and the server benchmark, from Debian's
 * `postgresql` package (scripts/setup.sh installs it): initdb into a temporary folder, a server
 * on 127.0.0.1 only, no durability (fsync off: it is thrown away), one database.
 *
 *   node scripts/postgres.mjs start [port]   prints the database URL; the cluster keeps running
 *   node scripts/postgres.mjs stop [port]    stops it and deletes its folder
 *
 * As root (CI), the server runs as Debian's `postgres` user: PostgreSQL refuses to run as root.
 * The port defaults to DATELINE_PG_PORT, else 5544.
 */
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The newest `/usr/lib/postgresql/<version>/bin` that has initdb, or PG_BIN. */
export function postgresBin() {
	if (process.env.PG_BIN) return process.env.PG_BIN;
	const root = '/usr/lib/postgresql';
	if (!existsSync(root)) return null;
	const versions = readdirSync(root)
		.filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
		.sort((a, b) => Number(b) - Number(a));
	return versions.length ? join(root, versions[0], 'bin') : null;
}

/** @param {number} port */
const folder = (port) => join(tmpdir(), `dateline-pg-${port}`);

/**
 * Runs a PostgreSQL program, as the `postgres` user when we are root.
 *
 * @param {string} bin
 * @param {string} program
 * @param {string[]} args
 */
function pg(bin, program, args) {
	const command = join(bin, program);
	const asRoot = process.getuid?.() === 0;
	return execFileSync(
		asRoot ? 'runuser' : command,
		asRoot ? ['-u', 'postgres', '--', command, ...args] : args,
		{
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'pipe']
		}
	);
}

/**
 * Whether the cluster in `data` has a live server. Its `postmaster.pid` alone does not say so: a
 * server killed with its machine's session (SIGKILL, a reboot) leaves the file behind, and /tmp
 * may outlive the session that made it.
 *
 * @param {string} bin
 * @param {string} data
 */
function running(bin, data) {
	if (!existsSync(join(data, 'postmaster.pid'))) return false;
	try {
		pg(bin, 'pg_ctl', ['-D', data, 'status']);
		return true;
	} catch {
		return false; // pg_ctl status exits 3 when no server runs there
	}
}

/**
 * Starts a cluster on `port`, reusing one this script started there if its server still runs,
 * and starting afresh over one whose server is gone.
 *
 * @returns the URL of its `dateline_test` database
 */
export function startPostgres(port = Number(process.env.DATELINE_PG_PORT ?? 5544)) {
	const bin = postgresBin();
	if (!bin) {
		throw new Error(
			'PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): run scripts/setup.sh'
		);
	}
	const dir = folder(port);
	const data = join(dir, 'data');
	const url = `postgres://dateline@127.0.0.1:${port}/dateline_test`;
	if (running(bin, data)) return url;
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(data, { recursive: true, mode: 0o700 });
	if (process.getuid?.() === 0) {
		const { uid, gid } = statSync('/var/lib/postgresql', { throwIfNoEntry: false }) ?? {};
		const owner = uid ?? Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
		const group = gid ?? Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
		chownSync(dir, owner, group);
		chownSync(data, owner, group);
	}
	pg(bin, 'initdb', ['-D', data, '-U', 'dateline', '-A', 'trust', '-E', 'UTF8', '--no-sync']);
	const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
	pg(bin, 'pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'server.log'), '-w', 'start']);
	pg(bin, 'createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'dateline', 'dateline_test']);
	return url;
}

/** Stops the cluster on `port` and deletes it. */
export function stopPostgres(port = Number(process.env.DATELINE_PG_PORT ?? 5544)) {
	const bin = postgresBin();
	const dir = folder(port);
	const data = join(dir, 'data');
	if (bin && running(bin, data)) {
		pg(bin, 'pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
	}
	rmSync(dir, { recursive: true, force: true });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const [verb, port] = process.argv.slice(2);
	try {
		if (verb === 'start') console.log(startPostgres(port ? Number(port) : undefined));
		else if (verb === 'stop') stopPostgres(port ? Number(port) : undefined);
		else throw new Error('usage: node scripts/postgres.mjs start|stop [port]');
	} catch (caught) {
		const error = /** @type {Error & { stderr?: string }} */ (caught);
		console.error(`postgres: ${error.stderr || error.message}`);
		process.exit(1);
	}
}
