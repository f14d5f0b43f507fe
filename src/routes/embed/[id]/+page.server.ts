import { error } from '@sveltejs/kit';
import { datasetIds, loadDataset } from '$lib/server/datasets';
import type { EntryGenerator, PageServerLoad } from './$types';

/** One prerendered embed page per dataset; its options are URL parameters read in the browser. */
export const entries: EntryGenerator = () => datasetIds().map((id) => ({ id }));

export const load: PageServerLoad = ({ params }) => {
	const loaded = loadDataset(params.id);
	if (!loaded) error(404, `No timeline named "${params.id}"`);
	return { loaded };
};
