import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isEventId, MESSAGE_TYPES, parseMessage, PROTOCOL_VERSION } from './protocol';

describe('parseMessage', () => {
	it('accepts a resize with an integer height and keeps the instance id', () => {
		expect(
			parseMessage({ type: 'dateline:resize', version: 1, id: 'dateline-2', height: 480 })
		).toEqual({ type: 'dateline:resize', version: 1, id: 'dateline-2', height: 480 });
	});

	it('rounds a fractional height up, so the last pixel row is never cut off', () => {
		expect(parseMessage({ type: 'dateline:resize', version: 1, height: 480.2 })).toEqual({
			type: 'dateline:resize',
			version: 1,
			height: 481
		});
	});

	it('refuses heights that are negative, absurd or not numbers', () => {
		for (const height of [-1, 2_000_000, Number.NaN, Infinity, '480', null]) {
			expect(parseMessage({ type: 'dateline:resize', version: 1, height })).toBeNull();
		}
	});

	it('accepts a select of an event id or of null (closed)', () => {
		expect(parseMessage({ type: 'dateline:select', version: 1, event: 'a-b-1' })).toEqual({
			type: 'dateline:select',
			version: 1,
			event: 'a-b-1'
		});
		expect(parseMessage({ type: 'dateline:select', version: 1, event: null })).toEqual({
			type: 'dateline:select',
			version: 1,
			event: null
		});
	});

	it('refuses an open whose event is not a slug, such as markup or a path', () => {
		for (const event of ['<img src=x>', '../x', 'A-B', '', null, 3]) {
			expect(parseMessage({ type: 'dateline:open', version: 1, event })).toBeNull();
		}
	});

	it('refuses messages of another version, of unknown type, or that are not objects', () => {
		expect(parseMessage({ type: 'dateline:resize', version: 2, height: 10 })).toBeNull();
		expect(parseMessage({ type: 'dateline:resize', height: 10 })).toBeNull();
		expect(parseMessage({ type: 'dateline:navigate', version: 1 })).toBeNull();
		expect(parseMessage('dateline:resize')).toBeNull();
		expect(parseMessage(null)).toBeNull();
	});

	it('refuses an instance id that is not a short word', () => {
		expect(parseMessage({ type: 'dateline:hello', version: 1, id: 'a b' })).toBeNull();
		expect(parseMessage({ type: 'dateline:hello', version: 1, id: 'x'.repeat(65) })).toBeNull();
		expect(parseMessage({ type: 'dateline:hello', version: 1, id: 'dateline-1' })).toEqual({
			type: 'dateline:hello',
			version: 1,
			id: 'dateline-1'
		});
	});
});

describe('parseMessage theme', () => {
	it('accepts the host telling a light or a dark scheme', () => {
		for (const scheme of ['light', 'dark'] as const) {
			expect(
				parseMessage({ type: 'dateline:theme', version: 1, id: 'dateline-1', scheme })
			).toEqual({ type: 'dateline:theme', version: 1, id: 'dateline-1', scheme });
		}
	});

	it('refuses a scheme that is not light or dark, such as a CSS value or markup', () => {
		for (const scheme of ['light dark', 'only dark', 'Dark', '<b>', '', null, undefined, 1]) {
			expect(parseMessage({ type: 'dateline:theme', version: 1, scheme })).toBeNull();
		}
	});
});

describe('parseMessage reveal', () => {
	it('accepts a reveal of a part of the embed, rounded outwards', () => {
		expect(
			parseMessage({ type: 'dateline:reveal', version: 1, top: 300.7, bottom: 750.2 })
		).toEqual({
			type: 'dateline:reveal',
			version: 1,
			top: 300,
			bottom: 751
		});
	});

	it('refuses a reveal upside down, negative or unbounded', () => {
		expect(parseMessage({ type: 'dateline:reveal', version: 1, top: 500, bottom: 100 })).toBeNull();
		expect(parseMessage({ type: 'dateline:reveal', version: 1, top: -1, bottom: 100 })).toBeNull();
		expect(
			parseMessage({ type: 'dateline:reveal', version: 1, top: 0, bottom: Infinity })
		).toBeNull();
	});
});

describe('isEventId', () => {
	it('accepts dataset slugs and nothing else', () => {
		expect(isEventId('2024-01-05-al-sudani-office-announces-committee')).toBe(true);
		expect(isEventId('comments')).toBe(true);
		expect(isEventId('Top')).toBe(false);
		expect(isEventId('a--b')).toBe(false);
		expect(isEventId(undefined)).toBe(false);
	});
});

describe('static/embed.js', () => {
	const source = readFileSync(new URL('../../../static/embed.js', import.meta.url), 'utf8');

	it('speaks every message type of the protocol, at its version', () => {
		for (const type of MESSAGE_TYPES) expect(source).toContain(`'${type}'`);
		expect(source).toContain(`var VERSION = ${PROTOCOL_VERSION};`);
	});

	it('checks both the source window and the origin of every message it obeys', () => {
		expect(source).toContain('iframe.contentWindow !== event.source');
		expect(source).toContain('src.origin === event.origin');
	});
});
