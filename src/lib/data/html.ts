/**
 * HTML as TimelineJS files carry it (headlines, texts, captions, credits, embed code), read as
 * words and written from words. Dateline never renders HTML: `plainText` gives the words, which
 * are only ever shown as text, and `escapeHtml` writes words back as HTML that says them.
 */

import { isHttpUrl } from './url';

// A Map, not an object: "&constructor;" must find nothing, not what every object inherits.
const ENTITIES = new Map<string, string>(
	Object.entries({
		amp: '&',
		lt: '<',
		gt: '>',
		quot: '"',
		apos: "'",
		nbsp: '\u00a0',
		mdash: '—',
		ndash: '–',
		hellip: '…',
		lsquo: '‘',
		rsquo: '’',
		ldquo: '“',
		rdquo: '”',
		laquo: '«',
		raquo: '»',
		bull: '•',
		middot: '·',
		deg: '°',
		copy: '©',
		reg: '®',
		trade: '™',
		euro: '€',
		pound: '£',
		times: '×',
		szlig: 'ß',
		auml: 'ä',
		ouml: 'ö',
		uuml: 'ü',
		Auml: 'Ä',
		Ouml: 'Ö',
		Uuml: 'Ü',
		aacute: 'á',
		agrave: 'à',
		acirc: 'â',
		eacute: 'é',
		egrave: 'è',
		ecirc: 'ê',
		Eacute: 'É',
		iacute: 'í',
		oacute: 'ó',
		ocirc: 'ô',
		uacute: 'ú',
		ntilde: 'ñ',
		ccedil: 'ç'
	})
);

/**
 * The words of a TimelineJS HTML fragment as plain text: tags dropped (block tags become line
 * breaks), entities decoded, whitespace collapsed. The result is only ever rendered as text.
 *
 * @example
 * plainText('<p>Troops <b>arrive</b> &amp; stay</p>'); // 'Troops arrive & stay'
 */
export function plainText(html: unknown): string {
	if (typeof html !== 'string') return '';
	let text = html;
	text = replaceClosed(text, /<script\b[\s\S]*?<\/script\s*>/gi, /<\/script\s*>/gi, ' ');
	text = replaceClosed(text, /<style\b[\s\S]*?<\/style\s*>/gi, /<\/style\s*>/gi, ' ');
	text = replaceClosed(text, /<!--[\s\S]*?-->/g, /-->/g, ' ');
	text = replaceClosed(text, /<\/?(p|div|br|li|ul|ol|h[1-6]|blockquote|tr)\b[^>]*>/gi, />/g, '\n');
	text = replaceClosed(text, /<[^>]*>/g, />/g, '');
	return text
		.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
			if (name[0] === '#') {
				const code =
					name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
				// As HTML reads them: a surrogate alone is no character (it would be half of one).
				if (code >= 0xd800 && code <= 0xdfff) return '\ufffd';
				return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
			}
			return ENTITIES.get(name) ?? ENTITIES.get(name.toLowerCase()) ?? whole;
		})
		.split('\n')
		.map((line) => line.replace(/[ \t\r\f\v]+/g, ' ').trim())
		.filter(Boolean)
		.join('\n');
}

/**
 * `text.replace(pattern, by)` for a pattern that runs from an opening to a closing (`<` … `>`),
 * applied only up to the end of the last closing: past it no match can end, and a regular
 * expression would otherwise scan to the end of the text from every unclosed opening, which is
 * quadratic in a hostile file ("<<<<…").
 */
function replaceClosed(text: string, pattern: RegExp, closing: RegExp, by: string): string {
	let end = -1;
	for (const match of text.matchAll(closing)) end = match.index + match[0].length;
	return end < 0 ? text : text.slice(0, end).replace(pattern, by) + text.slice(end);
}

export function escapeHtml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#39;');
}

/**
 * The first http(s) link an HTML fragment names in a `src` or `href` attribute (an `<iframe>`'s
 * page, a tweet's own link in its `<blockquote>`), or null.
 *
 * @example
 * linkInHtml('<iframe src="https://www.youtube.com/embed/x"></iframe>'); // 'https://www.youtube.com/embed/x'
 */
export function linkInHtml(html: string): string | null {
	for (const match of html.matchAll(/\b(?:src|href)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)) {
		const url = plainText(match[1] ?? match[2]);
		if (isHttpUrl(url)) return url;
	}
	return null;
}
