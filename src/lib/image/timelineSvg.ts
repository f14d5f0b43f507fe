/**
 * The timeline as an image: an SVG document of what the timeline shows (its marks and titles,
 * eras, group rows and axis) under the timeline's title, with its sources and a credit line, for
 * print and social posts. Text stays text (`<text>`, each title whole in its mark's `<title>`),
 * so the SVG can be searched, edited and read aloud. Pure: the page composes the picture from the
 * same layout it draws (`composeLayout`) and turns the SVG into a PNG (`svgToPng.ts`).
 *
 * Every string is untrusted (titles, names, sources): each is escaped as XML text, and nothing
 * of it ever becomes markup or an attribute that does anything.
 */

import { escapeHtml } from '$lib/data/html';

/** An event as drawn: its mark's extent and lane, and where its label goes. */
export interface ImageMark {
	title: string;
	date: string;
	/** The mark's extent in pixels (`x0 === x1` for a point). */
	x0: number;
	x1: number;
	lane: number;
	labelX: number;
	labelWidth: number;
	/** Marked as found by the reader's search. */
	found?: boolean;
}

/** Events the lanes could not hold, as a counted badge. */
export interface ImageCluster {
	x: number;
	lane: number;
	count: number;
}

/** A band of lanes: the whole timeline, or one group's. */
export interface ImageRow {
	/** The group's name; none for a timeline without groups. */
	label?: string;
	/** The row of the events of no group ("Other events"), named in italics. */
	other?: true;
	lanes: number;
	marks: ImageMark[];
	clusters: ImageCluster[];
}

export interface TimelineImage {
	/** Width of the plot, in pixels (the image adds its margins). */
	width: number;
	title: string;
	/** What the image shows: "The whole timeline, 2014-2024", "In view: …". */
	scope: string;
	ticks: { x: number; label: string; major: boolean }[];
	eras: { x0: number; x1: number; title: string }[];
	rows: ImageRow[];
	/** One line per source, as people cite it. */
	sources: string[];
	/** Who made the timeline, and with what: "Made with Dateline · example.org". */
	credit: string;
	dark?: boolean;
}

const MARGIN = 24;
const LANE = 56;
const ROW_LABEL = 22;
const AXIS = 34;
const LINE = 16;
const ERA_LINE = 18;

// Characters XML 1.0 cannot hold at all (control characters other than tab and line breaks, and
// the two non-characters), built from their codes so that the pattern itself holds none.
const NOT_XML = new RegExp(
	`[${String.fromCharCode(0)}-${String.fromCharCode(8)}${String.fromCharCode(11, 12)}${String.fromCharCode(14)}-${String.fromCharCode(31)}\ufffe\uffff]`,
	'g'
);

/** Text as XML character data or an attribute value: nothing in it is markup. */
export function xmlText(text: string): string {
	return escapeHtml(text).replace(NOT_XML, '');
}

/** Words fitted to a width at a font size: cut at a word with an ellipsis when they run over. */
export function fitted(text: string, width: number, size = 13): string {
	const max = Math.max(1, Math.floor(width / (size * 0.56)));
	if (text.length <= max) return text;
	const cut = text.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return (space > max / 2 ? cut.slice(0, space) : cut).trimEnd() + '…';
}

/** Lines of at most `width` pixels of text, broken between words. */
function wrapped(text: string, width: number, size: number): string[] {
	const max = Math.max(8, Math.floor(width / (size * 0.56)));
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (line && line.length + 1 + word.length > max) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	return lines;
}

/** The image's height for a picture, in pixels. */
export function imageHeight(image: TimelineImage): number {
	return layoutOf(image).height;
}

function layoutOf(image: TimelineImage) {
	const titleLines = wrapped(image.title, image.width, 22);
	const top = MARGIN + titleLines.length * 28 + 22;
	const rows = image.rows.map((row) => ({
		row,
		height: (row.label !== undefined ? ROW_LABEL : 0) + Math.max(1, row.lanes) * LANE
	}));
	// The eras' names get a line of their own above the rows, clear of the groups' names.
	const eraLine = image.eras.length > 0 ? ERA_LINE : 0;
	const plot = eraLine + rows.reduce((sum, r) => sum + r.height, 0);
	const footer = [
		...(image.sources.length ? ['Sources'] : []),
		...image.sources.flatMap((s) => wrapped(s, image.width, 11)),
		image.credit
	];
	const height = top + plot + AXIS + 12 + footer.length * LINE + MARGIN;
	return { titleLines, top, rows, plot, eraLine, footer, height };
}

/**
 * The SVG document of a picture of the timeline.
 *
 * @example
 * timelineSvg({ width: 800, title: 'Iraq and the coalition', scope: '2014-2024', ticks, eras: [], rows, sources: ['AP'], credit: 'Made with Dateline' });
 * // '<svg xmlns="http://www.w3.org/2000/svg" width="848" …'
 */
export function timelineSvg(image: TimelineImage): string {
	const { titleLines, top, rows, plot, eraLine, footer, height } = layoutOf(image);
	const width = image.width + 2 * MARGIN;
	const ink = image.dark ? '#f2efe8' : '#1c1b19';
	const muted = image.dark ? '#b9b4aa' : '#5c5850';
	const paper = image.dark ? '#17171a' : '#fbfaf7';
	const accent = image.dark ? '#f08a6b' : '#a3361b';
	const band = image.dark ? '#2a2a30' : '#efe9dc';
	const found = image.dark ? '#ffd54a' : '#ffe066';
	const x = (px: number) => (MARGIN + px).toFixed(1);
	const out: string[] = [];
	out.push(
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif">`,
		`<title>${xmlText(image.title)}</title>`,
		`<rect width="${width}" height="${height}" fill="${paper}"/>`
	);
	titleLines.forEach((line, i) =>
		out.push(
			`<text x="${MARGIN}" y="${MARGIN + 22 + i * 28}" font-size="22" font-weight="700" fill="${ink}">${xmlText(line)}</text>`
		)
	);
	out.push(
		`<text x="${MARGIN}" y="${top - 8}" font-size="12" fill="${muted}">${xmlText(image.scope)}</text>`
	);
	// Eras behind everything, across every row, their names at the top.
	for (const era of image.eras) {
		const x0 = Math.max(0, era.x0);
		const x1 = Math.min(image.width, era.x1);
		if (x1 <= x0) continue;
		out.push(
			`<g class="era"><title>${xmlText(era.title)}</title><rect x="${x(x0)}" y="${top}" width="${(x1 - x0).toFixed(1)}" height="${plot}" fill="${band}" opacity="0.8"/>`,
			`<text x="${x(x0 + 4)}" y="${top + 12}" font-size="11" fill="${muted}">${xmlText(fitted(era.title, x1 - x0 - 8, 11))}</text></g>`
		);
	}
	let y = top + eraLine;
	for (const { row, height: rowHeight } of rows) {
		out.push('<g class="row">');
		if (row.label !== undefined) {
			out.push(
				`<text x="${MARGIN}" y="${y + 15}" font-size="12" font-weight="700"${row.other ? ' font-style="italic"' : ''} fill="${ink}">${xmlText(row.label)}</text>`
			);
		}
		const lanesTop = y + (row.label !== undefined ? ROW_LABEL : 0);
		for (const mark of row.marks) {
			const laneY = lanesTop + mark.lane * LANE;
			const point = mark.x1 - mark.x0 < 4;
			// The whole title in the mark's <title>; on the picture, two lines of it and its date.
			const lines = wrapped(mark.title, mark.labelWidth, 13);
			const shown =
				lines.length > 2 ? [lines[0], fitted(lines.slice(1).join(' '), mark.labelWidth)] : lines;
			out.push(`<g class="mark"><title>${xmlText(mark.title)}</title>`);
			if (mark.found)
				out.push(
					`<rect x="${x(mark.labelX - 2)}" y="${laneY + 2}" width="${(mark.labelWidth + 4).toFixed(1)}" height="${shown.length * 15 + 18}" rx="3" fill="${found}"/>`
				);
			out.push(
				point
					? `<circle cx="${x(mark.x0)}" cy="${laneY + 12}" r="5" fill="${accent}"/>`
					: `<rect x="${x(mark.x0)}" y="${laneY + 4}" width="${(mark.x1 - mark.x0).toFixed(1)}" height="16" fill="${accent}" opacity="0.35"/>`,
				...shown.map(
					(line, i) =>
						`<text x="${x(mark.labelX)}" y="${laneY + 16 + i * 15}" font-size="13" font-weight="700" fill="${ink}">${xmlText(line)}</text>`
				),
				`<text x="${x(mark.labelX)}" y="${laneY + 16 + shown.length * 15}" font-size="11" fill="${muted}">${xmlText(fitted(mark.date, mark.labelWidth, 11))}</text>`,
				'</g>'
			);
		}
		for (const cluster of row.clusters) {
			const cy = lanesTop + cluster.lane * LANE + 14;
			out.push(
				`<g class="cluster"><circle cx="${x(cluster.x)}" cy="${cy}" r="11" fill="${paper}" stroke="${accent}"/>`,
				`<text x="${x(cluster.x)}" y="${cy + 4}" font-size="11" text-anchor="middle" fill="${ink}">${cluster.count}</text></g>`
			);
		}
		out.push('</g>');
		y += rowHeight;
	}
	// The axis under the rows.
	out.push(
		`<line x1="${MARGIN}" x2="${MARGIN + image.width}" y1="${y + 4}" y2="${y + 4}" stroke="${muted}"/>`
	);
	for (const tick of image.ticks) {
		out.push(
			`<line x1="${x(tick.x)}" x2="${x(tick.x)}" y1="${y + 4}" y2="${y + (tick.major ? 12 : 9)}" stroke="${muted}"/>`,
			`<text x="${x(tick.x)}" y="${y + 24}" font-size="11" text-anchor="middle" fill="${tick.major ? ink : muted}">${xmlText(tick.label)}</text>`
		);
	}
	y += AXIS + 12;
	footer.forEach((line, i) => {
		const heading = i === 0 && image.sources.length > 0;
		const credit = i === footer.length - 1;
		out.push(
			`<text x="${MARGIN}" y="${y + i * LINE}" font-size="11"${heading ? ' font-weight="700"' : ''} fill="${credit ? muted : ink}">${xmlText(line)}</text>`
		);
	});
	out.push('</svg>');
	return out.join('\n');
}
