/**
 * Run by crash.spec.ts in a child process: opens the store named by the environment and
 * publishes a new version of the timeline given as argument, with the failpoint holding the
 * transaction open, so that the test can kill this process mid-publish.
 *
 *   DATELINE_FAILPOINTS=publish-before-commit=30000 node --import tsx publishThenHang.ts <id> <base>
 */
import { readFileSync } from 'node:fs';
import { openStore } from '../index';

const [id, base] = process.argv.slice(2);
const seed = JSON.parse(readFileSync('data/timelines/iraq-coalition-exit.json', 'utf8'));
const store = await openStore();
await store.publish({
	dataset: { ...seed, id, title: 'Half-published' },
	by: 'crash@example.org',
	base: Number(base)
});
console.log('committed');
await store.db.close();
