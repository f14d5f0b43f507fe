/**
 * A server killed in the middle of a publish leaves the previous version serving: the store's
 * publish is one transaction, on both databases. A child process opens the store, starts a
 * publish that a failpoint holds open before its commit, and is killed with SIGKILL there.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../data/schema';
import { openStore, type StoreConfig } from './index';
import { emptyDatabase, testPostgres } from './testing/databases';

const seed: Dataset = JSON.parse(readFileSync('data/timelines/iraq-coalition-exit.json', 'utf8'));
const postgres = await testPostgres();
const kinds = postgres ? (['sqlite', 'postgres'] as const) : (['sqlite'] as const);
afterAll(() => postgres?.stop());

/** Starts a publish in a child process and kills it once the publish waits before its commit. */
async function killMidPublish(config: StoreConfig, base: number): Promise<NodeJS.Signals | null> {
	const env = {
		...process.env,
		DATELINE_FAILPOINTS: 'publish-before-commit=30000',
		...(config.kind === 'sqlite'
			? { DATELINE_DB: config.path, DATABASE_URL: '' }
			: { DATABASE_URL: config.url })
	};
	const child = spawn(
		process.execPath,
		['--import', 'tsx', 'src/lib/server/store/testing/publishThenHang.ts', seed.id, String(base)],
		{ env, stdio: ['ignore', 'pipe', 'pipe'] }
	);
	let output = '';
	const exited = new Promise<NodeJS.Signals | null>((resolve) =>
		child.on('exit', (_code, signal) => resolve(signal))
	);
	await new Promise<void>((resolve, reject) => {
		const timer = setTimeout(
			() => reject(new Error(`never reached the failpoint:\n${output}`)),
			30_000
		);
		const listen = (chunk: Buffer) => {
			output += chunk;
			if (output.includes('failpoint publish-before-commit')) {
				clearTimeout(timer);
				resolve();
			}
		};
		child.stderr.on('data', listen);
		child.stdout.on('data', listen);
	});
	child.kill('SIGKILL');
	return exited;
}

describe.each(kinds)('a publish killed before its commit, on %s', (kind) => {
	it(
		'leaves the previous version serving and nothing half-written',
		{ timeout: 60_000 },
		async () => {
			const { config, drop } = await emptyDatabase(kind, postgres);
			try {
				const before = await openStore(config);
				await before.publish({ dataset: seed, by: 'ed@example.org', base: null });
				await before.db.close();

				expect(await killMidPublish(config, 1)).toBe('SIGKILL');

				const after = await openStore(config);
				try {
					const state = (await after.timeline(seed.id))!;
					expect(state.latest).toMatchObject({ version: 1, title: seed.title });
					expect((await after.history(seed.id)).versions).toHaveLength(1);
					// The version number was not burnt: the next publish is version 2.
					const next = await after.publish({ dataset: seed, by: 'ed@example.org', base: 1 });
					expect(next.version).toBe(2);
				} finally {
					await after.db.close();
				}
			} finally {
				await drop();
			}
		}
	);
});
