/**
 * The overview strip's brush: d3-brush on the strip, showing the visible window and setting it.
 * Drag the window to pan, drag its edges to zoom, click elsewhere in the strip to move there.
 *
 * The strip draws the window itself (so it shows before this module is loaded, with the
 * gestures, when the reader first reaches for the timeline); d3-brush's own rectangles are kept
 * transparent and only take the pointer.
 */
import { brushX } from 'd3-brush';
import { select } from 'd3-selection';
import type { TimeScale } from './scales';

export interface BrushOptions {
	/** The strip's scale: the whole domain across its width. */
	x: () => TimeScale;
	/** The strip's brushable height, in pixels. */
	height: () => number;
	/** The visible window, `[from, to]` in UTC ms. */
	view: () => [number, number];
	/** Called when the reader brushes a new window. */
	onbrush: (from: number, to: number) => void;
	/** Called with the time to centre on when the reader clicks outside the window. */
	oncentre: (at: number) => void;
}

/**
 * The attachment that makes an SVG group the strip's brush.
 *
 * @example
 * <g {@attach brushable({ x: () => x, height: () => 26, view: () => view, onbrush, oncentre })}></g>
 */
export function brushable({ x, height, view, onbrush, oncentre }: BrushOptions) {
	return (node: SVGGElement) => {
		const selection = select(node);
		const brush = brushX();
		let brushing = false;
		brush
			.on('start', (event) => {
				if (event.sourceEvent) brushing = true;
			})
			.on('brush', (event) => {
				if (!event.sourceEvent || !event.selection) return;
				const [a, b] = event.selection as [number, number];
				if (b - a > 1) onbrush(x().invert(a), x().invert(b));
			})
			.on('end', (event) => {
				if (!event.sourceEvent) return;
				brushing = false;
				// A click outside the window: centre the view there.
				if (!event.selection) oncentre(x().invert((event.sourceEvent as MouseEvent).offsetX ?? 0));
			});

		$effect(() => {
			brush.extent([
				[0, 0],
				[x().range()[1], height()]
			]);
			selection.call(brush);
		});
		// Keeps the brush on the visible window when the view moves for any other reason.
		$effect(() => {
			const scale = x();
			const [from, to] = view();
			const width = scale.range()[1];
			const a = Math.max(0, scale(from));
			const b = Math.min(width, scale(to));
			if (brushing) return;
			// Showing everything: no window to draw, so a drag anywhere starts a new one.
			const whole = a <= 0.5 && b >= width - 0.5;
			selection.call(brush.move, whole ? null : [a, Math.max(b, a + 2)]);
		});
		return () => {
			selection.on('.brush', null);
		};
	};
}
