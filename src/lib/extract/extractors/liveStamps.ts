/**
 * Live pages ("as it happened" blogs) open each entry on its time, in 24-hour clock digits:
 * "2200: The president ends his speech", "1938: Jane Doe from Ohio writes". Four digits that
 * could be a year between 1600 and 2099, they are no year: a reader would see a 1938 event.
 */

// A paragraph that opens on four digits and a colon: "2152: ", "0915: ".
const OPENING = /(?:^|\n)[ \t]*(\d{2})(\d{2}):\s/g;

/** Fewer stamps than this are no live page: a chronology of two years is more likely. */
const AT_LEAST = 3;

/**
 * Whether the paragraphs of `text` that open on four digits and a colon are a live page's clock
 * stamps: three or more, every one a time of day (hours to 23, minutes to 59), and not a year
 * list: one of them later than the publication `year` (a page's evening, "2049:"), or the
 * stamps running backwards, newest first, as a live page's do and a chronology's years do not.
 *
 * @example
 * isLivePage('2200: Speech ends.\n2152: Crowd cheers.\n2137: Speech begins.', 2010); // true
 * isLivePage('1938: Annexation.\n1945: War ends.\n1989: Wall falls.', 2010); // false
 */
export function isLivePage(text: string, year: number): boolean {
	const times: number[] = [];
	let clock = true;
	for (const [, hours, minutes] of text.matchAll(OPENING)) {
		if (Number(hours) > 23 || Number(minutes) > 59) clock = false;
		times.push(Number(hours + minutes));
	}
	return (
		clock &&
		times.length >= AT_LEAST &&
		(times.some((t) => t > year) || times.every((t, i) => i === 0 || t <= times[i - 1]))
	);
}

/** Whether the four digits at `index` of `text` open a paragraph, before a colon. */
export function opensOnStamp(text: string, index: number): boolean {
	return (
		/^\d{4}:\s/.test(text.slice(index, index + 6)) &&
		/(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, index - 20), index))
	);
}
