import { json } from '@sveltejs/kit';
import { datasetJsonSchema } from '$lib/data/jsonSchema';

export const prerender = true;

/** The published JSON Schema of the dataset contract, version 2, derived from the one zod schema. */
export const GET = () => json(datasetJsonSchema('', 2));
