/**
 * `npm run bench`: how the timeline holds up as datasets grow (issue 4, "Scale").
 *
 * Builds the static site into a temporary directory (`npm run build:static` with
 * DATELINE_BUILD_DIR; kit's intermediate output goes to node_modules/.dateline-bench), so the
 * shared build/ and .svelte-kit/ are never touched, serves it with `vite preview` on a
 * free port, generates synthetic datasets of 1,000, 10,000 and 100,000 events served from a second
 * local server (with CORS, as a newsroom's data server would), opens each through the page's
 * `?src=` mode in headless Chromium and prints, per size:
 *
 * - load-to-interactive: from navigation start to the first frame with event marks drawn (the
 *   dataset fetched, validated and laid out);
 * - median and 95th-percentile frame times (requestAnimationFrame deltas) during a scripted
 *   Ctrl+wheel zoom and a scripted drag-pan.
 *
 * Each size is opened `--repeats` times (default 3): interactive is the median of the runs, and the
 * frame-time percentiles pool the frames of all runs. The machine is shared, so expect noise.
 *
 * Options: `--sizes 1000,10000` to pick sizes; `--repeats 5`; `--build-dir <dir>` to reuse a build
 * made earlier with DATELINE_BUILD_DIR=<dir> (skips the build).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunch } from '../playwright.config';
import { freePort, run, waitFor } from './processes';

const args = process.argv.slice(2);
const option = (name: string) => {
	const i = args.indexOf(name);
	return i >= 0 ? args[i + 1] : undefined;
};
const sizes = (option('--sizes') ?? '1000,10000,100000').split(',').map(Number);
const reuse = option('--build-dir');
const repeats = Number(option('--repeats') ?? 3);

const DAY = 86_400_000;

/**
 * A synthetic dataset of `n` events over 60 years, valid against the contract: mostly days, with
 * months, weeks and years mixed in, clustered in bursts the way news is, each quoting its source.
 */
function syntheticDataset(n: number): unknown {
	const text =
		'On that day, something happened. Later that month, more followed. That year, it ended.';
	const start = Date.UTC(1965, 0, 1);
	const span = 60 * 365 * DAY;
	let seed = 42;
	const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
	const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
	const events = [];
	for (let i = 0; i < n; i++) {
		// Bursts: half the events fall near one of 40 busy moments.
		const burst = Math.floor(random() * 40) / 40;
		const t = start + (random() < 0.5 ? burst + random() * 0.004 : random()) * span;
		const d = new Date(t);
		const y = d.getUTCFullYear();
		const m = d.getUTCMonth();
		const kind = random();
		let date: string, first: string, last: string, precision: string;
		if (kind < 0.8) {
			first = last = date = iso(t);
			precision = 'day';
		} else if (kind < 0.9) {
			first = iso(Date.UTC(y, m, 1));
			last = iso(Date.UTC(y, m + 1, 0));
			date = first.slice(0, 7);
			precision = 'month';
		} else if (kind < 0.97) {
			first = iso(t);
			last = iso(t + 6 * DAY);
			date = `${first}/${last}`;
			precision = 'week';
		} else {
			first = `${y}-01-01`;
			last = `${y}-12-31`;
			date = String(y);
			precision = 'year';
		}
		events.push({
			id: `event-${i}`,
			title: `Synthetic event ${i} in the ${precision} of ${date}`,
			date,
			start: first,
			end: last,
			precision,
			quotes: [{ source: 'wire', start: 0, end: 32, text: text.slice(0, 32) }]
		});
	}
	return {
		version: 1,
		id: `synthetic-${n}`,
		title: `${n.toLocaleString('en-US')} synthetic events`,
		sources: [
			{
				id: 'wire',
				title: 'Synthetic wire',
				publisher: 'Bench',
				author: 'scripts/bench.ts',
				published: '2025-01-01',
				text
			}
		],
		events
	};
}

function percentile(values: number[], p: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	if (!sorted.length) return NaN;
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/**
 * Records requestAnimationFrame deltas in the page while `action` runs. The in-page code is a
 * string: tsx would otherwise wrap the functions in a helper the page does not have.
 */
async function frameTimes(page: Page, action: () => Promise<void>): Promise<number[]> {
	await page.evaluate(`(() => {
		window.__frames = [];
		window.__recording = true;
		let last = 0;
		const tick = (now) => {
			window.__frames.push(now - last);
			last = now;
			if (window.__recording) requestAnimationFrame(tick);
		};
		requestAnimationFrame((now) => {
			last = now;
			requestAnimationFrame(tick);
		});
	})()`);
	await action();
	return page.evaluate<number[]>(`(() => {
		window.__recording = false;
		return window.__frames;
	})()`);
}

async function main() {
	const dir = reuse ?? mkdtempSync(join(tmpdir(), 'dateline-bench-'));
	// The static site: these figures are the reader's timeline, whichever server sends the page.
	const env = { ...process.env, DATELINE_BUILD_DIR: dir, DATELINE_STATIC: '1' };
	const children: ChildProcess[] = [];
	let dataServer: Server | undefined;
	const browser = await chromium.launch(chromiumLaunch);
	try {
		if (!reuse) {
			console.log(`Building the production site into ${dir} …`);
			await run('npm', ['run', 'build:static'], env);
		}
		const sitePort = await freePort();
		const preview = spawn(
			'npx',
			['vite', 'preview', '--port', String(sitePort), '--strictPort', '--host', '127.0.0.1'],
			{ env, stdio: 'ignore', detached: true }
		);
		children.push(preview);
		await waitFor(`http://127.0.0.1:${sitePort}/`);

		const datasets = new Map(sizes.map((n) => [n, JSON.stringify(syntheticDataset(n))]));
		const dataPort = await freePort();
		dataServer = createServer((req, res) => {
			const n = Number(/^\/synthetic-(\d+)\.json$/.exec(req.url ?? '')?.[1]);
			const body = datasets.get(n);
			res.setHeader('access-control-allow-origin', '*');
			if (!body) {
				res.writeHead(404).end();
				return;
			}
			res.writeHead(200, { 'content-type': 'application/json' }).end(body);
		});
		await new Promise<void>((resolve) => dataServer!.listen(dataPort, '127.0.0.1', resolve));

		console.log(`\n${repeats} runs per size; frame times pooled over the runs.`);
		console.log(
			'events   | interactive | zoom median / p95 | pan median / p95 | marks drawn (fit view)'
		);
		console.log(
			'-------- | ----------- | ----------------- | ---------------- | ----------------------'
		);
		// One unmeasured visit first, so the first size is not charged for a cold browser cache.
		// bypassCSP: the measuring scripts are evaluated as strings, which the pages' policy refuses
		// ('unsafe-eval'); the app's own code runs as under the policy either way.
		const warm = await browser.newPage({ bypassCSP: true });
		await warm.goto(`http://127.0.0.1:${sitePort}/`);
		await warm.getByTestId('timeline').waitFor();
		await warm.close();

		for (const n of sizes) {
			const runs: { interactive: number; zoom: number[]; pan: number[]; drawn: number }[] = [];
			for (let r = 0; r < repeats; r++) runs.push(await measure(n));
			const fmt = (v: number) => v.toFixed(1).padStart(5);
			const zoom = runs.flatMap((r) => r.zoom);
			const pan = runs.flatMap((r) => r.pan);
			const interactive = percentile(
				runs.map((r) => r.interactive),
				50
			);
			console.log(
				`${n.toLocaleString('en-US').padEnd(8)} | ${`${Math.round(interactive)} ms`.padStart(11)} | ` +
					`${fmt(percentile(zoom, 50))} / ${fmt(percentile(zoom, 95))} ms  | ` +
					`${fmt(percentile(pan, 50))} / ${fmt(percentile(pan, 95))} ms | ${runs[0].drawn}`
			);
		}

		async function measure(n: number) {
			const page = await browser.newPage({
				viewport: { width: 1280, height: 800 },
				bypassCSP: true
			});
			const src = `http://127.0.0.1:${dataPort}/synthetic-${n}.json`;
			await page.goto(`http://127.0.0.1:${sitePort}/?src=${encodeURIComponent(src)}`, {
				waitUntil: 'commit'
			});
			const interactive = Number(
				await (
					await page.waitForFunction(
						`document.querySelector('[data-testid="timeline"] [data-event-id], .cluster') ? performance.now() : false`,
						undefined,
						{ polling: 'raf', timeout: 60_000 }
					)
				).jsonValue()
			);
			const drawn = await page
				.locator('[data-testid="timeline"] [data-event-id], .cluster')
				.count();
			const timeline = page.getByTestId('timeline');
			const box = (await timeline.boundingBox())!;
			const cx = box.x + box.width * 0.6;
			const cy = box.y + box.height * 0.5;
			await page.mouse.move(cx, cy);
			await page.waitForTimeout(300);

			const zoom = await frameTimes(page, async () => {
				await page.keyboard.down('Control');
				for (let i = 0; i < 24; i++) {
					await page.mouse.wheel(0, -60);
					await page.waitForTimeout(16);
				}
				for (let i = 0; i < 12; i++) {
					await page.mouse.wheel(0, 60);
					await page.waitForTimeout(16);
				}
				await page.keyboard.up('Control');
			});
			const pan = await frameTimes(page, async () => {
				await page.mouse.move(cx, cy);
				await page.mouse.down();
				for (let i = 1; i <= 40; i++) {
					await page.mouse.move(cx - i * 12, cy);
					await page.waitForTimeout(16);
				}
				for (let i = 39; i >= 0; i--) {
					await page.mouse.move(cx - i * 12, cy);
					await page.waitForTimeout(16);
				}
				await page.mouse.up();
			});
			await page.close();
			return { interactive, zoom, pan, drawn };
		}
	} finally {
		await browser.close();
		dataServer?.close();
		for (const child of children) if (child.pid) process.kill(-child.pid);
		if (!reuse) {
			rmSync(dir, { recursive: true, force: true });
			rmSync('node_modules/.dateline-bench', { recursive: true, force: true });
		}
	}
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
