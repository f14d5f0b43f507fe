/**
 * What an editor sends to publish (`PUT /api/timelines/<id>`), read and checked before anything
 * is stored: `{ "dataset": <the dataset>, "base": <the version it was started from, or null> }`.
 * Every refusal says what is wrong and where: the JSON's line and column, or each JSON path that
 * breaks the dataset contract (the same `validateDataset` as every other dataset).
 */
import { jsonSyntaxError } from '$lib/data/jsonSyntax';
import { DatasetError, validateDataset, type Dataset } from '$lib/data/schema';

/** The largest dataset the server accepts: DATELINE_MAX_DATASET_BYTES, 10 MB by default. */
export function maxDatasetBytes(env: Record<string, string | undefined> = process.env): number {
	const value = Number(env.DATELINE_MAX_DATASET_BYTES);
	return Number.isInteger(value) && value > 0 ? value : 10 * 1024 * 1024;
}

export interface Refusal {
	status: number;
	error: string;
	/** One line per problem, each naming its JSON path within the request. */
	problems?: string[];
}

export type PublishBody =
	{ ok: true; dataset: Dataset; base: number | null } | ({ ok: false } & Refusal);

function describe(value: unknown): string {
	if (value === undefined) return 'nothing';
	const json = JSON.stringify(value);
	return json.length > 60 ? `${json.slice(0, 57)}…` : json;
}

/**
 * Reads a publish request's body for the timeline `id`.
 *
 * @example
 * readPublishBody('{"dataset": {…}, "base": 3}', 'iraq'); // { ok: true, dataset, base: 3 }
 * readPublishBody('{"dataset": {…}, "base": 3', 'iraq'); // { ok: false, status: 400, error: 'The request is not JSON: line 1, column 27: …' }
 */
export function readPublishBody(text: string, id: string): PublishBody {
	let body: unknown;
	try {
		body = JSON.parse(text);
	} catch (error) {
		const where = jsonSyntaxError(text);
		return {
			ok: false,
			status: 400,
			error: where
				? `The request is not JSON: line ${where.line}, column ${where.column}: expected ${where.expected}`
				: `The request is not JSON: ${(error as Error).message}`
		};
	}
	if (typeof body !== 'object' || body === null || Array.isArray(body)) {
		return {
			ok: false,
			status: 400,
			error: `The request must be an object { "dataset": …, "base": … }, found ${describe(body)}`
		};
	}
	const { dataset, base } = body as { dataset?: unknown; base?: unknown };
	const problems: string[] = [];
	if (base !== null && !(Number.isInteger(base) && (base as number) > 0)) {
		problems.push(
			`$.base: expected the version this update started from (a whole number from 1), or null for a new timeline, found ${describe(base)}`
		);
	}
	let valid: Dataset | undefined;
	try {
		valid = validateDataset(dataset, 'dataset');
	} catch (error) {
		if (!(error instanceof DatasetError)) throw error;
		for (const p of error.problems) {
			const path = p.path === '$' ? '$.dataset' : `$.dataset${p.path.slice(1)}`;
			problems.push(`${path}: expected ${p.expected}, found ${p.found}`);
		}
	}
	if (valid && valid.id !== id) {
		problems.push(
			`$.dataset.id: expected "${id}" (the timeline this request publishes), found ${describe(valid.id)}`
		);
	}
	if (problems.length || !valid) {
		return {
			ok: false,
			status: 422,
			error: `The timeline cannot be published: ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}`,
			problems
		};
	}
	return { ok: true, dataset: valid, base: base as number | null };
}
