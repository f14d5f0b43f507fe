import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonSyntaxError } from './jsonSyntax';

describe('jsonSyntaxError', () => {
	it('finds nothing wrong with any JSON text', () => {
		fc.assert(
			fc.property(fc.jsonValue(), fc.constantFrom(0, 2, '\t'), (value, indent) => {
				expect(jsonSyntaxError(JSON.stringify(value, null, indent))).toBeNull();
			})
		);
	});

	it('agrees with JSON.parse on whether any text is JSON', () => {
		const parses = (text: string) => {
			try {
				JSON.parse(text);
				return true;
			} catch {
				return false;
			}
		};
		const jsonish = fc.stringMatching(/^[\s{}[\]",:0-9.eE+\-tfrunlsa\\]{0,12}$/);
		fc.assert(
			fc.property(fc.oneof(fc.string(), jsonish), (text) => {
				expect(jsonSyntaxError(text) === null).toBe(parses(text));
			}),
			{ numRuns: 3000 }
		);
	});

	it('gives the line and column of the first wrong character, counted from 1', () => {
		expect(jsonSyntaxError('{\n  "a": 1\n  "b": 2\n}')).toEqual({
			offset: 13,
			line: 3,
			column: 3,
			expected: "',' or '}' after the property value"
		});
		expect(jsonSyntaxError('[1, 2')).toMatchObject({ offset: 5, line: 1, column: 6 });
		expect(jsonSyntaxError('"tab\there"')).toMatchObject({ offset: 4 });
		expect(jsonSyntaxError('01')).toMatchObject({
			offset: 1,
			expected: 'nothing after the JSON value'
		});
	});
});
