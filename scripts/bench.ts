/**
 * `npm run bench`: Dateline beside vis-timeline, in one run, at 1,000, 10,000 and 100,000 events
 * (issue 15). Prints, per size and tool:
 *
 * - ready: from navigation start to the first frame with events drawn (the dataset fetched,
 *   validated and laid out), the median of the runs;
 * - zoom and pan: frame times (requestAnimationFrame deltas, so 16.7 ms is every frame on time)
 *   during a scripted Ctrl + wheel zoom and a scripted drag, median and 95th percentile of the
 *   frames of all runs;
 * - click to paint: from a click on an event to the end of the frame that shows it (the frame's
 *   paint is followed by a posted message), median and 95th percentile over clicks on 8 events
 *   per run;
 * - DOM elements once ready, and the JS heap once ready, after a garbage collection;
 * and the weight of each tool's reader page: the JS and CSS it loads, gzip -9, before any
 * interaction and, for Dateline, after the pointer first comes to the timeline (its gestures, the
 * detail panel: the code that loads when the reader reaches for it).
 *
 * Both are served the same way, from memory by one plain local server: Dateline's built static
 * site, and vis-timeline (standalone build from npm) on a page of its own (`benchPeer.ts`). Both
 * are fed the same synthetic dataset (`syntheticDataset.ts`) by URL from a second server, with
 * CORS, as a newsroom's data server would: Dateline through `?src=`, vis-timeline through its
 * page's. Both 1280 × 800 in headless Chromium; runs alternate between the tools, so both see
 * the same load on a shared machine.
 *
 * Options: `--sizes 1000,10000`; `--repeats 3` (default 2); `--peer-timeout 30000` (ms before the
 * peer is called never ready); `--site-dir <dir>` to measure a static build made earlier
 * (`build-static` after `npm run build:static`, or another version's), skipping the build;
 * `--weights-only` to print the page weights alone, each file's share listed under its page;
 * `--dateline-only` to leave the peer out (it takes minutes to give up at 100,000 events), for
 * comparing two versions of Dateline, one run after the other with `--site-dir`.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { extname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunch } from '../playwright.config';
import { peerFiles, peerPage } from './benchPeer';
import { pageWeight } from './pageWeight';
import { freePort, run } from './processes';
import { syntheticDataset } from './syntheticDataset';

const args = process.argv.slice(2);
const option = (name: string) => {
	const i = args.indexOf(name);
	return i >= 0 ? args[i + 1] : undefined;
};
const weightsOnly = args.includes('--weights-only');
const sizes = weightsOnly ? [] : (option('--sizes') ?? '1000,10000,100000').split(',').map(Number);
const repeats = Number(option('--repeats') ?? 2);
const peerTimeout = Number(option('--peer-timeout') ?? 30_000);
const siteDir = option('--site-dir');
const datelineOnly = args.includes('--dateline-only');
const defaultTimeline: string = JSON.parse(readFileSync('data/site.json', 'utf8')).defaultTimeline;

type Tool = 'Dateline' | 'vis-timeline';

/** What one run of one tool at one size measured; `ready` is null when it never drew. */
interface Run {
	ready: number | null;
	zoom: number[];
	pan: number[];
	clicks: number[];
	dom: number;
	heap: number;
	/** Ready, but then stopped answering the scripted gestures (the peer at 100,000 events). */
	stalled?: boolean;
}

/** What each tool draws its events as, and how a page is asked for a dataset. */
const TOOLS: Record<Tool, { marks: string; url: (site: string, data: string) => string }> = {
	Dateline: {
		marks: '[data-testid="timeline"] [data-event-id], [data-testid="timeline"] .cluster',
		url: (site, data) => `${site}/?src=${encodeURIComponent(data)}`
	},
	'vis-timeline': {
		marks: '.vis-item',
		url: (site, data) => `${site}/vis.html?src=${encodeURIComponent(data)}`
	}
};

/** The tools measured: both, or Dateline alone (`--dateline-only`). */
const tools = (): Tool[] => (datelineOnly ? ['Dateline'] : (Object.keys(TOOLS) as Tool[]));

function percentile(values: number[], p: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	if (!sorted.length) return NaN;
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml'
};

/** Every file of a directory, by its URL path. */
function filesOf(dir: string): Map<string, { type: string; body: Buffer }> {
	const files = new Map<string, { type: string; body: Buffer }>();
	const walk = (at: string) => {
		for (const name of readdirSync(at)) {
			const path = join(at, name);
			if (statSync(path).isDirectory()) walk(path);
			else
				files.set(`/${relative(dir, path).split('\\').join('/')}`, {
					type: TYPES[extname(name)] ?? 'application/octet-stream',
					body: readFileSync(path)
				});
		}
	};
	walk(dir);
	return files;
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

/**
 * From each click to the end of the frame that shows its effect: the click's time stamp, then
 * the next animation frame, then a message posted from it, which runs once that frame is painted.
 */
const CLICK_TO_PAINT = `(() => {
	window.__clicks = [];
	addEventListener('click', (event) => {
		const start = event.timeStamp;
		requestAnimationFrame(() => {
			const channel = new MessageChannel();
			channel.port1.onmessage = () => window.__clicks.push(performance.now() - start);
			channel.port2.postMessage(0);
		});
	}, true);
})()`;

async function main() {
	let site: Server | undefined;
	let dataServer: Server | undefined;
	const dir = siteDir ? undefined : mkdtempSync(join(tmpdir(), 'dateline-bench-'));
	let browser = await chromium.launch(chromiumLaunch);
	try {
		if (dir) {
			// The static site: these figures are the reader's timeline, whichever server sends it.
			console.log(`Building the static site into ${dir} …`);
			await run('npm', ['run', 'build:static'], { ...process.env, DATELINE_BUILD_DIR: dir });
		}
		// The built site and the peer's page, from memory, by the same plain server.
		const files = filesOf(siteDir ?? join(dir!, 'site'));
		for (const [path, file] of Object.entries(peerFiles)) files.set(path, file);
		files.set('/vis.html', { type: TYPES['.html'], body: Buffer.from(peerPage) });
		const sitePort = await freePort();
		site = createServer((req, res) => {
			const path = decodeURIComponent((req.url ?? '/').split('?')[0]);
			const file =
				files.get(path) ??
				files.get(`${path.replace(/\/?$/, '/')}index.html`) ??
				files.get('/404.html')!;
			res.writeHead(file === files.get('/404.html') && path !== '/404.html' ? 404 : 200, {
				'content-type': file.type
			});
			res.end(file.body);
		});
		await new Promise<void>((resolve) => site!.listen(sitePort, '127.0.0.1', resolve));
		const origin = `http://127.0.0.1:${sitePort}`;

		const datasets = new Map(sizes.map((n) => [n, JSON.stringify(syntheticDataset(n))]));
		const dataPort = await freePort();
		dataServer = createServer((req, res) => {
			res.setHeader('access-control-allow-origin', '*');
			const body = datasets.get(Number(/^\/synthetic-(\d+)\.json$/.exec(req.url ?? '')?.[1]));
			if (!body) return void res.writeHead(404).end();
			res
				.writeHead(200, {
					'content-type': 'application/json',
					'content-length': Buffer.byteLength(body)
				})
				.end(body);
		});
		await new Promise<void>((resolve) => dataServer!.listen(dataPort, '127.0.0.1', resolve));
		const data = `http://127.0.0.1:${dataPort}`;

		console.log(
			`\n${new Date().toISOString().slice(0, 16)}Z, load average ${loadavg()
				.map((l) => l.toFixed(1))
				.join(' ')} on ${cpus().length} cores\n`
		);

		// Page weight: what a reader's browser loads for a published timeline, and for the peer.
		const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
		const reach = async (page: Page) => {
			const box = await page.getByTestId('timeline').boundingBox();
			if (box) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		};
		for (const path of ['/', `/embed/${defaultTimeline}/`]) {
			const files: [string, number][] = [];
			const [first, reached] = await pageWeight(browser, `${origin}${path}`, reach, files);
			console.log(
				`Dateline ${path}: ${kB(first)} JS+CSS gzip at load, ${kB(reached)} once the pointer comes to the timeline`
			);
			let sum = 0;
			if (weightsOnly)
				for (const [file, size] of files)
					console.log(`  ${kB(size)} ${(sum += size) <= first ? 'at load' : 'later  '} ${file}`);
		}
		const peerWeight = Object.values(peerFiles).reduce(
			(sum, file) => sum + gzipSync(file.body, { level: 9 }).length,
			0
		);
		console.log(`vis-timeline (standalone): ${kB(peerWeight)} JS+CSS gzip\n`);
		if (weightsOnly) return;

		// One unmeasured visit each first, so the first size is not charged for a cold cache.
		for (const tool of tools()) {
			const warm = await browser.newPage({ bypassCSP: true });
			await warm.goto(TOOLS[tool].url(origin, `${data}/synthetic-${sizes[0]}.json`));
			await warm.waitForTimeout(1500);
			await warm.close();
		}

		console.log(
			'events  | tool         | ready    | zoom p50 / p95  | pan p50 / p95   | click→paint p50 / p95 | DOM     | heap'
		);
		console.log(
			'------- | ------------ | -------- | --------------- | --------------- | --------------------- | ------- | ------'
		);
		for (const n of sizes) {
			const runs: Record<Tool, Run[]> = { Dateline: [], 'vis-timeline': [] };
			for (let r = 0; r < repeats; r++)
				for (const tool of tools()) runs[tool].push(await measure(tool, n, origin));
			for (const tool of tools()) console.log(row(n, tool, runs[tool]));
		}

		/**
		 * One run in a browser context of its own, closed after it. A page that never got ready
		 * (the peer at 100,000 events) can hold its renderer busy past closing: then the whole
		 * browser is closed and another started, so it does not slow the runs after it.
		 */
		async function measure(tool: Tool, n: number, site: string): Promise<Run> {
			// bypassCSP: the measuring scripts are evaluated as strings, which a page's policy may
			// refuse ('unsafe-eval'); the app's own code runs as it would under the policy.
			const context = await browser.newContext({
				viewport: { width: 1280, height: 800 },
				bypassCSP: true
			});
			try {
				// A page that got ready and then stops answering (input events are never acknowledged,
				// so no Playwright timeout applies) is given up on as stalled, with what it measured.
				const run: Run = { ready: null, zoom: [], pan: [], clicks: [], dom: 0, heap: 0 };
				const limit = tool === 'Dateline' ? 300_000 : 4 * peerTimeout;
				let timer: ReturnType<typeof setTimeout> | undefined;
				const stalled = new Promise<Run>((resolve) => {
					timer = setTimeout(() => resolve({ ...run, stalled: true }), limit);
				});
				try {
					return await Promise.race([
						measureIn(await context.newPage(), tool, n, site, run),
						stalled
					]);
				} finally {
					clearTimeout(timer);
				}
			} finally {
				const closed = await Promise.race([
					context.close().then(() => true),
					new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 10_000))
				]);
				if (!closed) {
					await browser.close().catch(() => {});
					browser = await chromium.launch(chromiumLaunch);
				}
			}
		}

		async function measureIn(
			page: Page,
			tool: Tool,
			n: number,
			site: string,
			result: Run
		): Promise<Run> {
			const { marks, url } = TOOLS[tool];
			await page.addInitScript(CLICK_TO_PAINT);
			await page.goto(url(site, `${data}/synthetic-${n}.json`), { waitUntil: 'commit' });
			const timeout = tool === 'Dateline' ? 120_000 : peerTimeout;
			const ready = await page
				.waitForFunction(
					`document.querySelector(${JSON.stringify(marks)}) ? performance.now() : false`,
					undefined,
					{ polling: 'raf', timeout }
				)
				.then(async (handle) => Number(await handle.jsonValue()))
				.catch(() => null);
			result.ready = ready;
			if (result.ready === null) return result;
			await page.waitForTimeout(500);
			result.dom = await page.evaluate(() => document.getElementsByTagName('*').length);
			const cdp = await page.context().newCDPSession(page);
			await cdp.send('HeapProfiler.collectGarbage');
			result.heap = await page.evaluate(
				() =>
					(performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize
			);
			const area = tool === 'Dateline' ? page.getByTestId('timeline') : page.locator('#timeline');
			const box = (await area.boundingBox())!;
			const cx = box.x + box.width * 0.6;
			const cy = box.y + box.height * 0.5;
			await page.mouse.move(cx, cy);
			await page.waitForTimeout(500);

			result.zoom = await frameTimes(page, async () => {
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
			result.pan = await frameTimes(page, async () => {
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
			// Clicks on events in view, each once, after the view has come to rest.
			await page.waitForTimeout(500);
			const targets = await page.locator(marks.split(',')[0]).evaluateAll(
				(els, bounds) =>
					els
						.map((el) => el.getBoundingClientRect())
						.filter((r) => r.width > 0 && r.left >= bounds.x && r.right <= bounds.x + bounds.width)
						.slice(0, 8)
						.map((r) => [r.left + Math.min(r.width / 2, 12), r.top + Math.min(r.height / 2, 10)]),
				box
			);
			for (const [x, y] of targets) {
				await page.mouse.click(x, y);
				await page.waitForTimeout(250);
			}
			result.clicks = await page.evaluate<number[]>('window.__clicks');
			return result;
		}
	} finally {
		await browser.close();
		site?.close();
		dataServer?.close();
		if (dir) {
			rmSync(dir, { recursive: true, force: true });
			rmSync('node_modules/.dateline-bench', { recursive: true, force: true });
		}
	}
}

/** One line of the table: the median ready time, pooled frame and click percentiles, and sizes. */
function row(n: number, tool: Tool, runs: Run[]): string {
	const ok = runs.filter((r) => r.ready !== null);
	const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : '-').padStart(5);
	const pair = (values: number[]) =>
		values.length ? `${ms(percentile(values, 50))} / ${ms(percentile(values, 95))} ms` : '-';
	const ready = ok.length
		? `${Math.round(
				percentile(
					ok.map((r) => r.ready!),
					50
				)
			).toLocaleString('en-US')} ms`
		: 'never';
	const stalled = ok.filter((r) => r.stalled).length;
	const never =
		(ok.length < runs.length ? ` (${runs.length - ok.length} never)` : '') +
		(stalled ? ` (${stalled} stalled)` : '');
	return [
		n.toLocaleString('en-US').padEnd(7),
		tool.padEnd(12),
		(ready + never).padEnd(8),
		pair(ok.flatMap((r) => r.zoom)).padEnd(15),
		pair(ok.flatMap((r) => r.pan)).padEnd(15),
		pair(ok.flatMap((r) => r.clicks)).padEnd(21),
		(ok.length
			? String(
					Math.round(
						percentile(
							ok.map((r) => r.dom),
							50
						)
					)
				)
			: '-'
		).padEnd(7),
		ok.length
			? `${Math.round(
					percentile(
						ok.map((r) => r.heap),
						50
					) / 1e6
				)} MB`
			: '-'
	].join(' | ');
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
