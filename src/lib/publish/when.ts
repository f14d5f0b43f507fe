/**
 * When something was published, as an editor reads it: "8 Jan 2024, 10:19 UTC". UTC, like every
 * time in Dateline, so two editors in different places read the same history.
 *
 * @example
 * when('2024-01-08T10:19:00.000Z'); // '8 Jan 2024, 10:19 UTC'
 */
export function when(iso: string): string {
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) return iso;
	const day = date.toLocaleDateString('en-GB', {
		day: 'numeric',
		month: 'short',
		year: 'numeric',
		timeZone: 'UTC'
	});
	const time = date.toLocaleTimeString('en-GB', {
		hour: '2-digit',
		minute: '2-digit',
		timeZone: 'UTC'
	});
	return `${day}, ${time} UTC`;
}
