/**
 * A dataset's title as plain text, for where no markup can isolate it: the document's `<title>`
 * (a browser tab, a bookmark, a window list). There an isolate (U+2066-U+2069) shows as junk in
 * many places a title is copied to, and an embedding or override (U+202A-U+202E) left open would
 * reorder what follows (" · Dateline"). Neither is text, so both are dropped. The reader shows
 * every title and name so too (`plainNames`): an override inside a `<bdi>` still reverses the
 * title itself.
 */

// LRE, RLE, PDF, LRO, RLO, then LRI, RLI, FSI, PDI: the controls that open or close a run.
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/**
 * The text without bidi embedding, override and isolate controls.
 *
 * @example
 * plainTitle('\u202eevil'); // 'evil'
 */
export function plainTitle(text: string): string {
	return text.replace(BIDI_CONTROLS, '');
}
