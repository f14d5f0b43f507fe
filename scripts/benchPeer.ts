/**
 * The peer the benchmark measures Dateline against: vis-timeline (standalone build, from npm),
 * on a page of its own, fed the same synthetic dataset by URL as Dateline's `?src=`, drawn the
 * same size, zoomed with the same Ctrl + wheel (its `zoomKey`), panned with the same drag.
 *
 * Days are points, longer spans ranges, as Dateline draws them; titles are set as text.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const root = dirname(require.resolve('vis-timeline/package.json'));

/** The files the peer's page loads, by the path the benchmark's server gives them. */
export const peerFiles: Record<string, { type: string; body: Buffer }> = {
	'/vis/vis-timeline-graph2d.min.js': {
		type: 'text/javascript',
		body: readFileSync(join(root, 'standalone/umd/vis-timeline-graph2d.min.js'))
	},
	'/vis/vis-timeline-graph2d.min.css': {
		type: 'text/css',
		body: readFileSync(join(root, 'styles/vis-timeline-graph2d.min.css'))
	}
};

/**
 * The peer's page: a heading, the timeline 1280 px wide as Dateline's, fed the dataset at
 * `?src=`. `window.__ready` is set once its items are drawn, as Dateline's marks are waited for.
 */
export const peerPage = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>vis-timeline</title>
<link rel="stylesheet" href="/vis/vis-timeline-graph2d.min.css">
<script src="/vis/vis-timeline-graph2d.min.js"></script>
<style>body { font-family: sans-serif; margin: 1rem; } #timeline { height: 360px; }</style>
</head>
<body>
<h1>vis-timeline</h1>
<div id="timeline"></div>
<script>
	const DAY = 86400000;
	const src = new URLSearchParams(location.search).get('src');
	fetch(src)
		.then((response) => response.json())
		.then((dataset) => {
			const items = new vis.DataSet(
				dataset.events.map((e) =>
					e.precision === 'day'
						? { id: e.id, content: e.title, start: e.start, type: 'point' }
						: {
								id: e.id,
								content: e.title,
								start: e.start,
								end: new Date(Date.parse(e.end) + DAY),
								type: 'range'
							}
				)
			);
			window.timeline = new vis.Timeline(document.getElementById('timeline'), items, {
				zoomKey: 'ctrlKey',
				height: '360px',
				xss: { disabled: false }
			});
		});
</script>
</body>
</html>
`;
