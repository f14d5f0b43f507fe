import { json } from '@sveltejs/kit';
import { datasetJsonSchema } from '$lib/data/jsonSchema';

export const prerender = true;

/** The published JSON Schema of the dataset contract, version 1, as it was: version 2 without what it added. */
export const GET = () => json(datasetJsonSchema('', 1));
