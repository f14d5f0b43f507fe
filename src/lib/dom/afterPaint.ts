/**
 * Calls `callback` once the browser has painted the next frame: a task queued from that frame's
 * animation callback runs after its paint. Returns a function that cancels the call.
 *
 * Why (issue 15): a dataset loaded in the browser is drawn in one task, the timeline and the list
 * and the overview strip together. What a reader looks at first is the timeline; the parts below
 * it can come one frame later, so the first frame with events in it is not held back by the rows
 * of a list under the fold.
 */
export function afterPaint(callback: () => void): () => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const frame = requestAnimationFrame(() => {
		timer = setTimeout(callback, 0);
	});
	return () => {
		cancelAnimationFrame(frame);
		clearTimeout(timer);
	};
}
