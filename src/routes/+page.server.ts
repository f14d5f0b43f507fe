import { error } from '@sveltejs/kit';
import { defaultDatasetId, loadDataset } from '$lib/server/datasets';
import type { PageServerLoad } from './$types';

/** The root shows the default timeline (data/site.json), through the same code as every other. */
export const load: PageServerLoad = () => {
	const loaded = loadDataset(defaultDatasetId);
	if (!loaded) error(500, `data/site.json names "${defaultDatasetId}", which has no dataset file`);
	return { loaded };
};
