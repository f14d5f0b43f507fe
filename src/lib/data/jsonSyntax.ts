/**
 * Where a text stops being JSON, for error messages that name the line and column: engines word
 * `JSON.parse` errors differently and some give no position at all. Used by the importers in
 * /new/ and by the `?src=` mode of the timeline page, only after `JSON.parse` has failed.
 */

/** Where a text stops being JSON: its offset (UTF-16), line and column (from 1), and what was due. */
export interface JsonSyntaxError {
	offset: number;
	line: number;
	column: number;
	expected: string;
}

/**
 * Finds the first place where `text` breaks the JSON grammar (RFC 8259), or `null` when it is
 * JSON. Engines word `JSON.parse` errors differently and some give no position at all, so the
 * page finds it itself; it runs only after `JSON.parse` has failed.
 *
 * @example
 * jsonSyntaxError('{"a": 1,}'); // { offset: 8, line: 1, column: 9, expected: 'a property name in double quotes' }
 */
export function jsonSyntaxError(text: string): JsonSyntaxError | null {
	const n = text.length;
	let i = 0;
	class Stop {
		constructor(readonly expected: string) {}
	}
	const stop = (expected: string): never => {
		throw new Stop(expected);
	};
	const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
	const space = () => {
		while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r'))
			i++;
	};
	const digits = (what: string) => {
		if (!isDigit(text[i])) stop(what);
		while (isDigit(text[i])) i++;
	};
	const string = () => {
		i++; // the opening quote
		for (;;) {
			if (i >= n) stop('a closing " for the string');
			const c = text.charCodeAt(i);
			if (c === 0x22) {
				i++;
				return;
			}
			if (c < 0x20) stop('no raw control character inside a string (escape it)');
			if (c !== 0x5c) {
				i++;
				continue;
			}
			const escaped = text[i + 1];
			if (escaped === 'u') {
				i += 2;
				if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i, i + 4))) stop('four hex digits after \\u');
				i += 4;
			} else if (escaped !== undefined && '"\\/bfnrt'.includes(escaped)) {
				i += 2;
			} else {
				i++;
				stop('an escape: \\" \\\\ \\/ \\b \\f \\n \\r \\t or \\u and four hex digits');
			}
		}
	};
	const number = () => {
		if (text[i] === '-') i++;
		if (text[i] === '0') i++;
		else digits('a digit');
		if (text[i] === '.') {
			i++;
			digits('a digit after the decimal point');
		}
		if (text[i] === 'e' || text[i] === 'E') {
			i++;
			if (text[i] === '+' || text[i] === '-') i++;
			digits('a digit in the exponent');
		}
	};
	const value = (): void => {
		space();
		const c = text[i];
		if (c === '{') {
			i++;
			space();
			if (text[i] === '}') {
				i++;
				return;
			}
			for (;;) {
				space();
				if (text[i] !== '"') stop('a property name in double quotes');
				string();
				space();
				if (text[i] !== ':') stop("':' after the property name");
				i++;
				value();
				space();
				if (text[i] === '}') {
					i++;
					return;
				}
				if (text[i] !== ',') stop("',' or '}' after the property value");
				i++;
			}
		}
		if (c === '[') {
			i++;
			space();
			if (text[i] === ']') {
				i++;
				return;
			}
			for (;;) {
				value();
				space();
				if (text[i] === ']') {
					i++;
					return;
				}
				if (text[i] !== ',') stop("',' or ']' after the array item");
				i++;
			}
		}
		if (c === '"') return string();
		if (c === '-' || isDigit(c)) return number();
		for (const word of ['true', 'false', 'null']) {
			if (text.startsWith(word, i)) {
				i += word.length;
				return;
			}
		}
		stop('a JSON value (object, array, string, number, true, false or null)');
	};
	try {
		value();
		space();
		if (i < n) stop('nothing after the JSON value');
		return null;
	} catch (error) {
		if (!(error instanceof Stop)) return null; // e.g. nesting too deep to follow: no position
		const before = text.slice(0, i);
		const line = before.split('\n').length;
		const column = i - (before.lastIndexOf('\n') + 1) + 1;
		return { offset: i, line, column, expected: error.expected };
	}
}
