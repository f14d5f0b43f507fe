/**
 * Reading a text in linear time whatever its shape. A rule that looks for the end of its line,
 * word or quotation from each match scans on to the end of the text when there is none: fine in
 * an article, quadratic in 100 KB of a table pasted without line breaks. These helpers answer
 * the same questions from work done once per text.
 */

/** For each offset of a text, the nearest space (as `/\s/` reads one) before it and from it on. */
export interface Spaces {
	/** `before[i]`: the offset of the last space before `i`, or -1. */
	before: Int32Array;
	/** `from[i]`: the offset of the first space at or after `i`, or the text's length. */
	from: Int32Array;
}

/**
 * The spaces around every offset of `text`, in two passes over it.
 *
 * @example
 * spaces('ab cd').from[0]; // 2
 * spaces('ab cd').before[4]; // 2
 */
export function spaces(text: string): Spaces {
	const n = text.length;
	const before = new Int32Array(n + 1);
	const from = new Int32Array(n + 1);
	let last = -1;
	for (let i = 0; i <= n; i++) {
		before[i] = last;
		if (i < n && isSpace(text.charCodeAt(i))) last = i;
	}
	let next = n;
	for (let i = n; i >= 0; i--) {
		if (i < n && isSpace(text.charCodeAt(i))) next = i;
		from[i] = next;
	}
	return { before, from };
}

/** Exactly the UTF-16 units `/\s/` matches: ECMAScript's white space and line terminators. */
export function isSpace(code: number): boolean {
	return code <= 0x20
		? code === 0x20 || (code >= 0x09 && code <= 0x0d)
		: code === 0xa0 ||
				code === 0x1680 ||
				(code >= 0x2000 && code <= 0x200a) ||
				code === 0x2028 ||
				code === 0x2029 ||
				code === 0x202f ||
				code === 0x205f ||
				code === 0x3000 ||
				code === 0xfeff;
}

/**
 * A finder of the next match of `pattern` at or after an offset, as `text.indexOf` or
 * `text.slice(at).search(pattern)` would give it, that remembers its last answer: asked from
 * offsets that mostly move forward (as candidates in text order do), it reads each stretch of the
 * text once, where those calls would read from every offset to the next match or the end.
 *
 * @example
 * const nextLineBreak = nextFinder(text, /\n/g);
 * nextLineBreak(candidate.end); // offset of the next '\n', or -1
 */
export function nextFinder(text: string, pattern: RegExp): (at: number) => number {
	const global = new RegExp(
		pattern.source,
		pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g'
	);
	// The last search: from `from`, found at `found` (-1: no match from there to the end).
	// None yet: no offset is at or after `from`.
	let from = Infinity;
	let found = -1;
	return (at) => {
		if (!(at >= from && (found < 0 || at <= found))) {
			from = at;
			global.lastIndex = at;
			found = global.exec(text)?.index ?? -1;
		}
		return found;
	};
}
