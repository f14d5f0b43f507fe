/**
 * A count with its thousands grouped, as en-US writes it: 1234567 → "1,234,567".
 *
 * Why not `count.toLocaleString('en-US')` (issue 15): the first use of a number format in a page
 * loads and sets up the browser's locale data, 5-70 ms measured in headless Chromium on this
 * project's machine, paid in the task that draws the first frame (the progress line, the list's
 * heading, each cluster's "+44"). The reader's counts are whole numbers in one locale; d3-format
 * does this too, at some 2 kB more on every reader's page.
 *
 * @example
 * thousands(1000); // "1,000"
 * thousands(-12345.6); // "-12,346"
 */
export function thousands(count: number): string {
	// Each place followed by a multiple of three digits up to the end gets a comma.
	return String(Math.round(count)).replace(/\B(?=(\d{3})+$)/g, ',');
}
