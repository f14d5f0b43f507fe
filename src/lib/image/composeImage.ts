/**
 * The picture of a timeline (`TimelineImage`, drawn by `timelineSvg`) from what a reader sees: the
 * events the filters keep, over the whole span or the window in view, one row of lanes per group,
 * eras behind, ticks on the axis (calendar ticks, or years for centuries and deep time), the
 * title, sources and a credit line. Pure: the page gives it the events, the window and the width.
 *
 * An image has no height to save, so each row takes the lanes its labels need (up to
 * `MAX_LANES`): every event in view is drawn with its title, where the interactive timeline
 * would gather some into a counted badge.
 */
import { dateLabel, instantSpan, readingOrder } from '$lib/data/partialDate';
import { dayEnd, dayStart, isoDay } from '$lib/data/calendar';
import type { Dataset, TimelineEvent } from '$lib/data/schema';
import { thousands } from '$lib/data/thousands';
import { yearName } from '$lib/data/yearName';
import { groupBands, OTHER_EVENTS } from '$lib/timeline/bands';
import { labelWidth, layoutLanes } from '$lib/timeline/lanes';
import { importanceOf } from '$lib/timeline/timelineData';
import { estimateTextWidth, fitDomain } from '$lib/timeline/scales';
import { timelineTicks } from '$lib/timeline/timelineTicks';
import { needsYearTicks, yearOf } from '$lib/timeline/yearTicks';
import type { ImageRow, TimelineImage } from './timelineSvg';

/** Lanes a row may take before what still does not fit is counted in a badge. */
export const MAX_LANES = 12;

export interface ComposeInput {
	dataset: Pick<Dataset, 'title' | 'sources' | 'eras'>;
	/** The events in the picture: those the reader's filters keep. */
	events: readonly TimelineEvent[];
	/** How many events the timeline has, when the filters keep fewer: the scope says so. */
	total?: number;
	/** The window to draw, UTC ms; none for the whole span of the events. */
	window?: [number, number] | null;
	/** Width of the plot in pixels. */
	width: number;
	/** Ids of the events the reader's search found: marked. */
	found?: ReadonlySet<string>;
	credit: string;
	dark?: boolean;
}

/** An event's extent in UTC ms, a time of day to its minute. */
function extent(event: TimelineEvent): [number, number] {
	const { from, to } = instantSpan(event);
	return [from, to];
}

/** A UTC instant as the scope line names it: a day, or a year when the window is long. */
function instantName(ms: number, years: boolean): string {
	if (years) return yearName(yearOf(ms));
	const day = isoDay(ms);
	return dateLabel({ date: day, start: day, end: day, precision: 'day' });
}

/**
 * The span the events themselves cover, as the scope line names it: their first and last years
 * when it runs over several years or more (a year-long event's start is no day), else their
 * first and last days; never the margin the picture adds around them.
 */
function eventsSpan(events: readonly TimelineEvent[]): string {
	const spans = events.map(extent);
	const from = Math.min(...spans.map((s) => s[0]));
	const to = Math.max(...spans.map((s) => s[1])) - 1;
	const years = needsYearTicks(from, to) || yearOf(to) - yearOf(from) >= 2;
	const first = instantName(from, years);
	const last = instantName(to, years);
	return first === last ? first : `${first} to ${last}`;
}

/** The window the picture shows: the one given, or every event with a margin. */
export function imageWindow(
	events: readonly TimelineEvent[],
	window?: [number, number] | null
): [number, number] {
	if (window) return window;
	if (events.length === 0) {
		const today = Date.now();
		return fitDomain(today, today);
	}
	const spans = events.map(extent);
	return fitDomain(Math.min(...spans.map((s) => s[0])), Math.max(...spans.map((s) => s[1])));
}

/**
 * The rows of the picture, as the timeline's bands (`groupBands`): one per group in order of first
 * appearance, then the events of no group, named "Other events" in italics (as the timeline names
 * them) and never merged with a group that happens to bear that name; or one row for all when no event names a group.
 */
function rowsOf(
	events: readonly TimelineEvent[]
): { label?: string; other?: true; events: TimelineEvent[] }[] {
	const bands = groupBands(events);
	if (!bands) return [{ events: [...events] }];
	return bands.groups.map((group, band) => ({
		label: group ?? OTHER_EVENTS,
		...(group === null ? { other: true as const } : {}),
		events: events.filter((_, i) => bands.of[i] === band)
	}));
}

/**
 * One row's marks and badges: its events in view, placed in as few lanes as hold them all.
 */
function layRow(
	events: readonly TimelineEvent[],
	x: (t: number) => number,
	width: number,
	found: ReadonlySet<string>
): Omit<ImageRow, 'label'> {
	const items = events.map((event) => {
		const [from, to] = extent(event);
		const point = event.precision === 'day' || event.precision === 'minute' || to - from < 1;
		const x0 = point ? x((from + to) / 2) : x(from);
		const x1 = point ? x0 : Math.max(x(to), x0 + 12);
		return { x0, x1, labelWidth: labelWidth(estimateTextWidth(event.title) + 6, 260) };
	});
	// As on the timeline, the most important events keep their labels when the lanes are full.
	const priority = importanceOf(events);
	let lanes = 1;
	let layout = layoutLanes(items, { lanes, width, priority });
	while (layout.clusters.length > 0 && lanes < MAX_LANES)
		layout = layoutLanes(items, { lanes: ++lanes, width, priority });
	return {
		lanes,
		marks: layout.marks.map((m) => {
			const event = events[m.item];
			const item = items[m.item];
			return {
				title: event.title,
				date: event.displayDate ?? dateLabel(event),
				x0: item.x0,
				x1: item.x1,
				lane: m.lane,
				labelX: m.labelX,
				labelWidth: m.labelWidth,
				found: found.has(event.id)
			};
		}),
		clusters: layout.clusters.map((c) => ({
			x: c.x + c.width / 2,
			lane: lanes - 1,
			count: c.count
		}))
	};
}

/**
 * Sources cited under the picture, at most: a running story of 300 articles would make a picture
 * that is nearly all list. The others are counted on a last line.
 */
export const MAX_CITED = 8;

/** The citations under the picture: the first `MAX_CITED` sources, then how many more there are. */
function citations(sources: Dataset['sources']): string[] {
	const cited = sources.slice(0, MAX_CITED).map(citation);
	const more = sources.length - cited.length;
	return more > 0
		? [...cited, `and ${thousands(more)} more ${more > 1 ? 'sources' : 'source'}`]
		: cited;
}

/** How a source is cited under the picture: publisher, title, day and address. */
function citation(source: Dataset['sources'][number]): string {
	const parts = [source.publisher.trim(), source.title.trim() && `“${source.title.trim()}”`];
	const day = source.published.slice(0, 10);
	return [...parts, day, source.url ?? ''].filter(Boolean).join(', ');
}

/**
 * The picture of what the reader sees.
 *
 * @example
 * composeImage({ dataset, events: kept, window: null, width: 1100, credit: 'Made with Dateline' });
 * // { title: dataset.title, scope: 'The whole timeline: 12 events, 2014-2024', rows: [...], … }
 */
export function composeImage(input: ComposeInput): TimelineImage {
	const { dataset, width, found = new Set<string>() } = input;
	const [from, to] = imageWindow(input.events, input.window);
	const x = (t: number) => ((t - from) / (to - from)) * width;
	// Chronological, as lanes are filled.
	const inView = input.events
		.filter((e) => {
			const [a, b] = extent(e);
			return b >= from && a <= to;
		})
		.sort(readingOrder);
	const years = needsYearTicks(from, to);
	const ticks = timelineTicks(from, to, width).ticks.map((t) => ({
		x: x(t.value),
		label: t.label,
		major: t.major
	}));
	const filtered = input.total !== undefined && input.total > input.events.length;
	const count =
		(filtered
			? `${thousands(inView.length)} of ${thousands(input.total!)}`
			: thousands(inView.length)) + (inView.length === 1 && !filtered ? ' event' : ' events');
	const window = `${instantName(from, years)} to ${instantName(to, years)}`;
	const scope = input.window
		? `In view: ${window}, ${count}${filtered ? ' kept by the filters' : ''}`
		: inView.length === 0
			? `No events${filtered ? ' kept by the filters' : ''}`
			: `${filtered ? 'Filtered' : 'The whole timeline'}: ${count}, ${eventsSpan(inView)}`;
	return {
		width,
		title: dataset.title,
		scope,
		ticks,
		eras: (dataset.eras ?? []).map((era) => ({
			x0: x(dayStart(era.start)),
			x1: x(dayEnd(era.end)),
			title: era.title
		})),
		rows: rowsOf(inView).map((row) => ({
			...(row.label !== undefined ? { label: row.label } : {}),
			...(row.other ? { other: row.other } : {}),
			...layRow(row.events, x, width, found)
		})),
		sources: citations(dataset.sources),
		credit: input.credit,
		dark: input.dark
	};
}
