/**
 * "Download image": the timeline as the reader sees it (their filters, their search's marks, the
 * whole span or the window in view) as an SVG file, or drawn into a PNG twice its size. Loaded
 * only when a reader asks for a picture.
 */
import type { Dataset, TimelineEvent } from '$lib/data/schema';
import { downloadBlob } from '$lib/editor/download';
import { composeImage } from '$lib/image/composeImage';
import { svgToPng } from '$lib/image/svgToPng';
import { imageHeight, timelineSvg } from '$lib/image/timelineSvg';

/** Width of the picture's plot, in pixels: a page of print, or a social post at 2x. */
const WIDTH = 1100;

export interface ImageRequest {
	dataset: Dataset;
	events: readonly TimelineEvent[];
	found: readonly string[];
	/** The window in view, UTC ms; none for the whole span. */
	window: [number, number] | null;
	format: 'svg' | 'png';
	/** Where the picture comes from, for its credit line. */
	page: URL;
}

/** Makes the picture and offers it as `<timeline id>.svg` or `.png`. */
export async function downloadImage(request: ImageRequest): Promise<void> {
	const image = composeImage({
		dataset: request.dataset,
		events: request.events,
		// More than the events drawn when the reader's filters keep fewer: the scope says so.
		total: request.dataset.events.length,
		window: request.window,
		width: WIDTH,
		found: new Set(request.found),
		credit: `Made with Dateline · ${request.page.host}${request.page.pathname}`
	});
	const svg = timelineSvg(image);
	const name = `${request.dataset.id}${request.window ? '-in-view' : ''}`;
	if (request.format === 'svg') {
		downloadBlob(`${name}.svg`, new Blob([svg], { type: 'image/svg+xml' }));
		return;
	}
	const png = await svgToPng(svg, WIDTH + 48, imageHeight(image));
	downloadBlob(`${name}.png`, png);
}
