/**
 * Years as people write them, for every year the contract holds: `2024`, `AD 79`, `500 BC`,
 * `13.8 billion years ago`. Years are numbered as ISO 8601 and EDTF number them (year 0 is
 * 1 BC), so a year before 1 is written as the BC year it is. Pure and free of imports, so the
 * reader's page and the axis can use it.
 */

// "Years ago" is reckoned from AD 2000 (as ice-core dating's "b2k" is), so that a label does not
// change with the day a page was built; a label never shows more digits than its year states,
// so the reckoning shows only where the year itself is that exact.
const PRESENT = 2000;

/**
 * A year as people write it: four-digit years as they are, 1-999 and beyond 9999 with "AD",
 * 1 to 10,000 BC as BC, and further back as years ago (further ahead, years from now), rounded
 * to the digits the year states.
 *
 * @example
 * yearName(-499); // '500 BC'
 * yearName(79); // 'AD 79'
 * yearName(-13_799_999_999); // '13.8 billion years ago'
 */
export function yearName(y: number): string {
	if (y >= 1000 && y <= 9999) return String(y);
	if (y >= 1 && y < 1000) return `AD ${y}`;
	if (y <= 0 && y >= -9999) return `${grouped(1 - y)} BC`;
	if (y > 9999 && y < 1_000_000) return `AD ${grouped(y)}`;
	if (y < 0) return `${magnitude(rounded(PRESENT - y, statedDigits(1 - y)))} years ago`;
	return `in ${magnitude(rounded(y - PRESENT, statedDigits(y)))} years`;
}

/**
 * A span of years, the era written once when both ends share it: `500-401 BC`,
 * `13.8 billion-4.54 billion years ago`, `AD 79-100`, `44 BC-AD 14`.
 */
export function yearSpanName(from: number, to: number): string {
	const a = yearName(from);
	const b = yearName(to);
	for (const suffix of [' BC', ' years ago']) {
		if (a.endsWith(suffix) && b.endsWith(suffix)) return `${a.slice(0, -suffix.length)}-${b}`;
	}
	if (a.startsWith('AD ') && b.startsWith('AD ')) return `${a}-${b.slice(3)}`;
	return `${a}-${b}`;
}

/**
 * A count of years in words for the axis of deep time: `13.8 billion`, `66 million`, `12,000`.
 *
 * @example
 * magnitude(4_540_000_000); // '4.54 billion'
 */
export function magnitude(n: number): string {
	if (n >= 1e9) return `${short(n / 1e9)} billion`;
	if (n >= 1e6) return `${short(n / 1e6)} million`;
	return grouped(n);
}

/** A number with thousands separated by commas when it has five digits or more (years: 4500). */
function grouped(n: number): string {
	return n >= 10_000 ? n.toLocaleString('en-US', { maximumFractionDigits: 0 }) : String(n);
}

/** Up to three decimals, without trailing zeros or float noise (13.8, not 13.800000000000001). */
function short(x: number): string {
	return String(Number(x.toFixed(3)));
}

/** The digits a whole number states, without its trailing zeros: 13,800,000,000 states 3. */
function statedDigits(n: number): number {
	return String(Math.abs(n)).replace(/0+$/, '').length || 1;
}

/** `x` rounded to `digits` significant digits. */
function rounded(x: number, digits: number): number {
	const step = 10 ** Math.max(0, Math.floor(Math.log10(x)) - digits + 1);
	return Math.round(x / step) * step;
}
