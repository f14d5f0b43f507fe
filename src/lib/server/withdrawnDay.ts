/**
 * The day a timeline was withdrawn, as its notice says it. Written on the server into the 410
 * error (`readers.ts`), so that the error page every reader's page loads carries no date code.
 */

/**
 * The day a timeline was withdrawn, as its notice says it: "9 January 2024" (UTC, as every date
 * in Dateline).
 *
 * @example
 * withdrawnDay('2024-01-09T23:30:00.000Z'); // '9 January 2024'
 */
export function withdrawnDay(iso: string): string {
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) return 'an earlier day';
	return date.toLocaleDateString('en-GB', {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	});
}
