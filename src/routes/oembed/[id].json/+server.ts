import { error, json } from '@sveltejs/kit';
import { base } from '$app/paths';
import { embedSnippet, INITIAL_HEIGHT } from '$lib/embed/options';
import { datasetIds, loadDataset } from '$lib/server/datasets';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** One oEmbed document per dataset, written at build time: `/oembed/<id>.json`. */
export const entries: EntryGenerator = () => datasetIds().map((id) => ({ id }));

/**
 * The oEmbed 1.0 `rich` response for a timeline (https://oembed.com/#section2.3.4): its `html`
 * is exactly the snippet the Embed panel offers with default options, so content systems that
 * embed by URL get the same self-sizing iframe as a newsroom that pastes the snippet.
 *
 * oEmbed needs absolute URLs, and a static build does not know where it will be served: they
 * use the `DATELINE_ORIGIN` environment variable at build time (e.g.
 * `DATELINE_ORIGIN=https://timelines.example.org npm run build`), else the request's origin,
 * which while prerendering is SvelteKit's `kit.prerender.origin`.
 */
export const GET: RequestHandler = ({ params, url }) => {
	const loaded = loadDataset(params.id);
	if (!loaded) error(404, `No timeline named "${params.id}"`);
	if (!loaded.ok) error(500, loaded.error);
	const { dataset } = loaded;
	const origin = (process.env.DATELINE_ORIGIN ?? url.origin).replace(/\/+$/, '');
	const site = `${origin}${base}`;
	const source = dataset.sources[0];
	return json({
		version: '1.0',
		type: 'rich',
		title: dataset.title,
		...(source?.publisher ? { author_name: source.publisher } : {}),
		provider_name: 'Dateline',
		provider_url: `${site}/`,
		html: embedSnippet({ site, dataset }),
		// The iframe is fluid (width:100%) and sizes its own height; these are its starting box.
		width: 640,
		height: INITIAL_HEIGHT
	});
};
