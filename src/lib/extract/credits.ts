/**
 * Who wrote an article and for whom, as its first lines say, for a source pasted or read without
 * them: a byline ("By Jane Doe and John Roe", "By JANE DOE, Associated Press") gives the author,
 * and the organisation after its comma or a wire dateline's agency ("BRUSSELS (Reuters) -") the
 * publisher. A role after the comma ("By Jane Doe, Staff Writer") names no publisher.
 */
import nlp from 'compromise';
import { datelineOf, WIRE_NAMES } from './dateline';

/** How many of the first lines are read: a headline, a standfirst, a photo credit may come first. */
const LINES = 8;

/** A byline line that names an organisation: "By The Associated Press". */
const BY_ORGANISATION = /^By\s+(The\s+\p{Lu}[\p{L}.'&-]*(?:\s+\p{Lu}[\p{L}.'&-]*){0,5})$/u;

/** A source's author and publisher as its text states them; either may be missing. */
export interface Credits {
	author?: string;
	publisher?: string;
}

/**
 * The credits stated in the first lines of `text`.
 *
 * @example
 * articleCredits('Mayor resigns\nBy JANE DOE, Associated Press\nThe mayor resigned on Friday.');
 * // { author: 'Jane Doe', publisher: 'Associated Press' }
 */
export function articleCredits(text: string): Credits {
	const credits: Credits = {};
	let at = 0;
	for (let line = 0; line < LINES && at < text.length;) {
		const newline = text.indexOf('\n', at);
		const end = newline < 0 ? text.length : newline;
		const content = text.slice(at, Math.min(end, at + 400));
		if (content.trim()) {
			line++;
			const dateline = datelineOf(content.trim(), true);
			// "By The Associated Press": a byline that names the organisation, no author.
			const byOrganisation = BY_ORGANISATION.exec(content.trim());
			const organisation = byOrganisation && publisherOf(byOrganisation[1]);
			if (organisation) credits.publisher ??= organisation;
			if (dateline?.byline) credits.author ??= asWritten(dateline.byline);
			const affiliation = dateline?.affiliation && publisherOf(dateline.affiliation);
			if (affiliation) credits.publisher ??= affiliation;
			if (dateline?.agency) credits.publisher ??= dateline.agency;
		}
		if (newline < 0 || (credits.author && credits.publisher)) break;
		at = newline + 1;
	}
	return credits;
}

/** The affiliation when it names an organisation (a wire or what the language layer calls one). */
function publisherOf(affiliation: string): string | null {
	if (WIRE_NAMES.test(affiliation)) return affiliation;
	const [organisation] = nlp(affiliation).organizations().out('array') as string[];
	return organisation && affiliation.endsWith(organisation) ? affiliation : null;
}

/** Names as a byline writes them, capitals only as names take them ("JANE DOE" is "Jane Doe"). */
function asWritten(names: string): string {
	return names.replace(/\p{Lu}{2,}/gu, (word) => word[0] + word.slice(1).toLowerCase());
}
