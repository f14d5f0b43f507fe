/**
 * npm run bench:server [-- --duration 10] [--connections 10] [--postgres] [--build-dir <dir>]
 *
 * How many readers one Dateline server answers on this machine while an editor keeps publishing:
 * builds the server into a temporary directory under node_modules/.dateline-bench (DATELINE_BUILD_DIR;
 * `--build-dir` reuses one),
 * starts it on 127.0.0.1 with a fresh SQLite file (or, with --postgres, a throwaway PostgreSQL
 * cluster from scripts/postgres.mjs, or DATELINE_BENCH_DATABASE_URL), signs an editor in and
 * publishes the seed timeline. Then, while that editor publishes a new version every second, it
 * loads with autocannon, for `--duration` seconds each:
 *
 *   dataset        GET /t/<id>.json
 *   dataset 304    the same with If-None-Match: the latest version's ETag (a 200 after each publish)
 *   embed          GET /embed/<id>/
 *   embed 304      the same with If-None-Match
 *
 * and prints requests per second and p50/p99 latency for each. Every answer is checked: no
 * request may fail, and each 200 must be a whole version: a dataset whose bytes hash to its ETag,
 * the ETag of a version that was published; an embed page that is complete and names one.
 * Traffic goes to 127.0.0.1 only, and each run is bounded in time.
 */
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateDataset, type Dataset } from '../src/lib/data/schema';
import { openStore, serialise, type StoreConfig } from '../src/lib/server/store/index';
import { addUser } from '../src/lib/server/users';
import { startPostgres, stopPostgres } from './postgres.mjs';
import { freePort, run, waitFor } from './processes';

const args = process.argv.slice(2);
const option = (name: string) => {
	const at = args.indexOf(name);
	return at >= 0 ? args[at + 1] : undefined;
};
const duration = Number(option('--duration') ?? 10);
const connections = Number(option('--connections') ?? 10);
const postgres = args.includes('--postgres');
const reuse = option('--build-dir');

const seed: Dataset = JSON.parse(readFileSync('data/timelines/iraq-coalition-exit.json', 'utf8'));
const ID = 'bench-timeline';
const EDITOR = { email: 'bench@example.org', password: 'bench editor password' };

/** The editor's side: a session, and a publish of the next version every second. */
class Editor {
	cookie = '';
	version = 0;
	/** Titles and dataset ETags of every version published, and the ETags of the latest. */
	readonly titles = new Set<string>();
	readonly etags = new Set<string>();
	latestEtag = '';
	latestPageEtag = '';
	published = 0;
	failures: string[] = [];
	private running = false;
	private loop: Promise<void> = Promise.resolve();

	constructor(readonly site: string) {}

	async signIn() {
		const response = await fetch(`${this.site}/signin/`, {
			method: 'POST',
			redirect: 'manual',
			headers: { origin: this.site, 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams(EDITOR).toString()
		});
		const cookie = response.headers.get('set-cookie')?.split(';')[0];
		if (!cookie) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
		this.cookie = cookie;
	}

	async publish() {
		const title = `${seed.title} (update ${this.version + 1})`;
		const dataset = { ...seed, id: ID, title };
		// Known before the request goes, so that a read racing the commit can already match it: the
		// server stores the validated dataset, serialised as the store does.
		this.titles.add(title);
		this.etags.add(serialise(validateDataset(dataset)).etag);
		const response = await fetch(`${this.site}/api/timelines/${ID}`, {
			method: 'PUT',
			headers: { origin: this.site, cookie: this.cookie, 'content-type': 'application/json' },
			body: JSON.stringify({ dataset, base: this.version || null })
		});
		if (!response.ok) {
			this.failures.push(`publish ${response.status}: ${await response.text()}`);
			return;
		}
		this.version = ((await response.json()) as { version: number }).version;
		this.published++;
		const [json, page] = await Promise.all([
			fetch(`${this.site}/t/${ID}.json`, { method: 'HEAD' }),
			fetch(`${this.site}/embed/${ID}/`, { method: 'HEAD' })
		]);
		this.latestEtag = json.headers.get('etag') ?? '';
		this.latestPageEtag = page.headers.get('etag') ?? '';
	}

	/** Publishes a version every second (the next one starts once the last has answered). */
	start() {
		this.running = true;
		this.loop = (async () => {
			while (this.running) {
				const started = Date.now();
				await this.publish().catch((error) => this.failures.push(String(error)));
				await new Promise((resolve) =>
					setTimeout(resolve, Math.max(0, 1000 - (Date.now() - started)))
				);
			}
		})();
	}

	async stop() {
		this.running = false;
		await this.loop;
	}
}

interface Row {
	name: string;
	requests: number;
	perSecond: number;
	p50: number;
	p99: number;
	notModified: number;
	errors: number;
	bad: number;
	publishes: number;
}

async function load(
	site: string,
	editor: Editor,
	name: string,
	path: string,
	kind: 'dataset' | 'page',
	conditional: boolean
): Promise<Row> {
	let notModified = 0;
	let bad = 0;
	const problems: string[] = [];
	const before = editor.published;
	const complain = (problem: string) => {
		bad++;
		if (problems.length < 3) problems.push(problem);
	};
	const result = await autocannon({
		url: site,
		connections,
		duration,
		requests: [
			{
				method: 'GET',
				path,
				setupRequest: (request) => ({
					...request,
					headers: conditional
						? { 'if-none-match': kind === 'dataset' ? editor.latestEtag : editor.latestPageEtag }
						: {}
				}),
				onResponse: (status, body, _context, headers) => {
					if (status === 304) {
						notModified++;
						return;
					}
					if (status !== 200) return complain(`status ${status}`);
					if (kind === 'dataset') {
						// Whole and published: its bytes hash to its ETag, which is a published version's.
						const etag = String(headers?.etag ?? '').replace(/"/g, '');
						const hash = createHash('sha256').update(body, 'utf8').digest('base64url');
						if (hash !== etag) return complain('a dataset whose bytes do not match its ETag');
						if (!editor.etags.has(etag)) complain('a dataset that was never published');
					} else {
						const title = /<title>([^<]*) · Dateline<\/title>/
							.exec(body)?.[1]
							?.replace(/&#39;/g, "'");
						if (!body.trimEnd().endsWith('</html>')) return complain('an incomplete page');
						if (!title || !editor.titles.has(title)) complain(`a page titled ${title}`);
					}
				}
			}
		]
	});
	if (problems.length) console.error(`${name}: ${problems.join('; ')}`);
	return {
		name,
		requests: result.requests.total,
		perSecond: result.requests.average,
		p50: result.latency.p50,
		p99: result.latency.p99,
		notModified,
		errors: result.errors + result.timeouts + result.non2xx - notModified,
		bad,
		publishes: editor.published - before
	};
}

async function main() {
	// Inside the project, where the server's chunks find node_modules (better-sqlite3, pg, …).
	mkdirSync(join('node_modules', '.dateline-bench'), { recursive: true });
	const dir = reuse ?? mkdtempSync(join('node_modules', '.dateline-bench', 'server-build-'));
	const children: ChildProcess[] = [];
	let pgPort: number | undefined;
	let dbDir: string | undefined;
	try {
		if (!reuse) {
			console.log(`Building the server into ${dir} …`);
			await run('npm', ['run', 'build'], {
				...process.env,
				DATELINE_BUILD_DIR: dir,
				DATELINE_STATIC: ''
			});
		}
		let config: StoreConfig;
		if (postgres) {
			const given = process.env.DATELINE_BENCH_DATABASE_URL;
			if (!given) pgPort = await freePort();
			config = { kind: 'postgres', url: given ?? startPostgres(pgPort) };
		} else {
			dbDir = mkdtempSync(join(tmpdir(), 'dateline-bench-db-'));
			config = { kind: 'sqlite', path: join(dbDir, 'dateline.sqlite') };
		}
		const store = await openStore(config);
		await addUser(store, { ...EDITOR, admin: false });
		const where = store.db.description;
		await store.db.close();

		const port = await freePort();
		const site = `http://127.0.0.1:${port}`;
		const server = spawn(process.execPath, ['scripts/serve.js'], {
			env: {
				...process.env,
				DATELINE_BUILD_DIR: dir,
				PORT: String(port),
				HOST: '127.0.0.1',
				...(config.kind === 'sqlite'
					? { DATELINE_DB: config.path, DATABASE_URL: '' }
					: { DATABASE_URL: config.url })
			},
			stdio: ['ignore', 'ignore', 'inherit']
		});
		children.push(server);
		await waitFor(`${site}/`);

		const editor = new Editor(site);
		await editor.signIn();
		await editor.publish();
		editor.start();
		console.log(
			`${where}; ${connections} connections, ${duration} s each, an editor publishing every second\n`
		);
		const rows = [
			await load(site, editor, 'dataset', `/t/${ID}.json`, 'dataset', false),
			await load(site, editor, 'dataset, If-None-Match', `/t/${ID}.json`, 'dataset', true),
			await load(site, editor, 'embed page', `/embed/${ID}/`, 'page', false),
			await load(site, editor, 'embed page, If-None-Match', `/embed/${ID}/`, 'page', true)
		];
		await editor.stop();

		const pad = (s: string | number, n: number) => String(s).padStart(n);
		console.log(
			`${'reads'.padEnd(26)}${pad('req/s', 8)}${pad('p50 ms', 8)}${pad('p99 ms', 8)}${pad('304s', 8)}${pad('failed', 8)}${pad('not whole', 11)}${pad('publishes', 11)}`
		);
		for (const r of rows) {
			console.log(
				`${r.name.padEnd(26)}${pad(Math.round(r.perSecond), 8)}${pad(r.p50, 8)}${pad(r.p99, 8)}${pad(r.notModified, 8)}${pad(r.errors, 8)}${pad(r.bad, 11)}${pad(r.publishes, 11)}`
			);
		}
		if (editor.failures.length)
			console.error(`publishes that failed: ${editor.failures.join('; ')}`);
		const failed = rows.some((r) => r.errors > 0 || r.bad > 0) || editor.failures.length > 0;
		if (failed) {
			console.error('\nSome reads failed or were not whole versions.');
			process.exitCode = 1;
		}
	} finally {
		for (const child of children) child.kill('SIGTERM');
		if (pgPort !== undefined) stopPostgres(pgPort);
		if (dbDir) rmSync(dbDir, { recursive: true, force: true });
		if (!reuse) rmSync(dir, { recursive: true, force: true });
	}
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
