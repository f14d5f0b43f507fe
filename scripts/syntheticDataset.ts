/**
 * Synthetic datasets for the benchmark (`npm run bench`) and the browser tests at scale: `n`
 * events over 60 years, valid against the contract, mostly days with months, weeks and years mixed
 * in, half of them in bursts around 40 busy moments the way news clusters, each quoting its one
 * source. Deterministic (a fixed seed), so every run and every tool sees the same events.
 */

const DAY = 86_400_000;

/** One event as the contract has it (the fields the generator fills). */
export interface SyntheticEvent {
	id: string;
	title: string;
	date: string;
	start: string;
	end: string;
	precision: 'day' | 'week' | 'month' | 'year';
	quotes: { source: string; start: number; end: number; text: string }[];
}

/**
 * A dataset of `n` events.
 *
 * @example
 * JSON.stringify(syntheticDataset(1000)); // about 250 kB
 */
export function syntheticDataset(n: number, { sources = 1 } = {}) {
	const text =
		'On that day, something happened. Later that month, more followed. That year, it ended.';
	const start = Date.UTC(1965, 0, 1);
	const span = 60 * 365 * DAY;
	let seed = 42;
	const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
	const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
	const events: SyntheticEvent[] = [];
	for (let i = 0; i < n; i++) {
		// Bursts: half the events fall near one of 40 busy moments.
		const burst = Math.floor(random() * 40) / 40;
		const t = start + (random() < 0.5 ? burst + random() * 0.004 : random()) * span;
		const d = new Date(t);
		const y = d.getUTCFullYear();
		const m = d.getUTCMonth();
		const kind = random();
		let date: string, first: string, last: string, precision: SyntheticEvent['precision'];
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
			quotes: [{ source: `wire-${i % sources}`, start: 0, end: 32, text: text.slice(0, 32) }]
		});
	}
	return {
		version: 1,
		id: `synthetic-${n}`,
		title: `${n.toLocaleString('en-US')} synthetic events`,
		sources: Array.from({ length: sources }, (_, s) => ({
			id: `wire-${s}`,
			title: `Synthetic wire ${s + 1}`,
			publisher: 'Bench',
			author: 'scripts/bench.ts',
			published: '2025-01-01',
			text
		})),
		events
	};
}
