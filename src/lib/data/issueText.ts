/**
 * How a problem with a dataset is worded: the JSONPath of a zod issue, what it expected, and a
 * short, safe rendering of what was found. Used by the contract (`schema.ts`) for every problem,
 * structural or semantic, so that all of them read alike.
 */
import type { z } from 'zod';

/** One way a value breaks the contract, as a refusal lists it. */
export interface Problem {
	/** JSONPath of the offending value, e.g. `$.events[2].quotes[0].text`. */
	path: string;
	expected: string;
	found: string;
}

/**
 * Problems in the order of the items they are about: each list (`sources`, `events`, …) where
 * its first problem stands, and its items by index, the problems of one item in the order they
 * were found. Structural problems are found before semantic ones, and a reader fixing a file
 * top to bottom should not meet `events[3]` before `events[1]`.
 *
 * @example
 * inItemOrder([{ path: '$.events[2].date' }, { path: '$.events[1].quotes[0].source' }]);
 * // events[1] first, then events[2]
 */
export function inItemOrder<T extends { path: string }>(problems: readonly T[]): T[] {
	const lists: string[] = [];
	const keys = problems.map((problem, at) => {
		const [, list = '', index = '-1'] =
			/^\$\.([A-Za-z_$][\w$]*)(?:\[(\d+)\])?/.exec(problem.path) ?? [];
		if (!lists.includes(list)) lists.push(list);
		return { problem, list: lists.indexOf(list), index: Number(index), at };
	});
	keys.sort((a, b) => a.list - b.list || a.index - b.index || a.at - b.at);
	return keys.map((key) => key.problem);
}

/** The JSONPath of a zod issue's path: `$.events[2].quotes[0].text`, `$["odd key"]`. */
export function jsonPath(path: PropertyKey[]): string {
	return (
		'$' +
		path
			.map((key) =>
				typeof key === 'number'
					? `[${key}]`
					: /^[A-Za-z_$][\w$]*$/.test(String(key))
						? `.${String(key)}`
						: `[${JSON.stringify(String(key))}]`
			)
			.join('')
	);
}

/** The value at `path` in `value` (own properties only), or undefined. */
export function valueAt(value: unknown, path: PropertyKey[]): unknown {
	let at: unknown = value;
	for (const key of path) {
		if (at === null || typeof at !== 'object') return undefined;
		at = Object.hasOwn(at, key) ? (at as Record<PropertyKey, unknown>)[key] : undefined;
	}
	return at;
}

/** What a zod issue says was expected, in words a person reads ("a string", "one of …"). */
export function expectedOf(issue: z.core.$ZodIssue): string {
	switch (issue.code) {
		case 'invalid_type':
			if (!issue.message.startsWith('Invalid input')) return issue.message;
			return issue.expected === 'array' || issue.expected === 'object'
				? `an ${issue.expected}`
				: `a ${issue.expected}`;
		case 'invalid_value':
			return `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
		case 'too_small':
			return issue.message.startsWith('Too small') || issue.message.startsWith('Too short')
				? `at least ${String(issue.minimum)} ${issue.origin === 'string' ? 'characters' : issue.origin === 'array' ? 'items' : ''}`.trim()
				: issue.message;
		case 'invalid_union':
			// A discriminated union (media) whose `type` names none of its members.
			return 'options' in issue && Array.isArray(issue.options)
				? `one of ${issue.options.map((v) => JSON.stringify(v)).join(', ')}`
				: issue.message.replace(/^Invalid input: /, '');
		case 'unrecognized_keys':
			return `no unknown keys (${issue.keys.join(', ')})`;
		default:
			return issue.message.replace(/^Invalid input: /, '');
	}
}

/** A short, safe rendering of a found value for an error message. */
export function describe(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value === null) return 'null';
	if (Array.isArray(value)) return `an array of ${value.length}`;
	if (typeof value === 'object') return 'an object';
	const text = JSON.stringify(value);
	return text.length > 80 ? text.slice(0, 77) + '…"' : text;
}

/** Thrown when a dataset breaks the contract; its message lists every problem found. */
export class DatasetError extends Error {
	readonly file: string;
	readonly problems: Problem[];

	constructor(file: string, problems: Problem[]) {
		const lines = problems
			.slice(0, 20)
			.map((p) => `${file}: ${p.path}: expected ${p.expected}, found ${p.found}`);
		if (problems.length > 20) lines.push(`${file}: … and ${problems.length - 20} more problems`);
		super(lines.join('\n'));
		this.name = 'DatasetError';
		this.file = file;
		this.problems = problems;
	}
}
