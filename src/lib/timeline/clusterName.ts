/**
 * What a cluster's badge is called, for screen readers and as its tooltip: how many events it
 * counts and when they are, from its first member's date to its last's, said once when they read
 * the same: "1 more event, April 2010: zoom in" rather than "April 2010 to April 2010".
 */
import { thousands } from '$lib/data/thousands';

/**
 * The accessible name of a cluster of `count` events whose first and last members' dates read
 * `first` and `last` (`dateLabel`).
 *
 * @example
 * clusterName(3, 'April 2010', 'April 24, 2010'); // "3 more events, April 2010 to April 24, 2010: zoom in"
 * clusterName(1, 'April 2010', 'April 2010'); // "1 more event, April 2010: zoom in"
 */
export function clusterName(count: number, first: string, last: string): string {
	const when = first === last ? first : `${first} to ${last}`;
	return `${thousands(count)} more ${count === 1 ? 'event' : 'events'}, ${when}: zoom in`;
}
