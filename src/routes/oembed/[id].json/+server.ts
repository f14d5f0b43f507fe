import { error, json } from '@sveltejs/kit';
import { embedSnippet, INITIAL_HEIGHT } from '$lib/embed/options';
import { datasetIds, loadDataset } from '$lib/server/datasets';
import { readerTimeline } from '$lib/server/readers';
import { siteUrl } from '$lib/server/site';
import type { EntryGenerator, RequestHandler } from './$types';

/** Written at build time for the static site; answered per request (and cached) by the server. */
export const prerender = __DATELINE_STATIC__;

/**
 * One oEmbed document per valid dataset: `/oembed/<id>.json`. In the static site a refused
 * dataset gets none (its page says why and advertises no oEmbed), rather than failing the build.
 */
export const entries: EntryGenerator = () =>
	datasetIds()
		.filter((id) => loadDataset(id)?.ok)
		.map((id) => ({ id }));

/**
 * The oEmbed 1.0 `rich` response for a timeline (https://oembed.com/#section2.3.4): its `html`
 * is exactly the snippet the Embed panel offers with default options, so content systems that
 * embed by URL get the same self-sizing iframe as a newsroom that pastes the snippet.
 *
 * oEmbed needs absolute URLs. The server knows its address (adapter-node's ORIGIN, or the
 * request's); a static build does not know where it will be served: its documents use the
 * `DATELINE_ORIGIN` environment variable at build time (e.g.
 * `DATELINE_ORIGIN=https://timelines.example.org npm run build:static`), else the request's
 * origin, which while prerendering is SvelteKit's `kit.prerender.origin`.
 */
export const GET: RequestHandler = async ({ params, url, locals }) => {
	const { loaded } = await readerTimeline(locals, params.id);
	if (!loaded.ok) error(500, loaded.error);
	const { dataset } = loaded;
	const site = siteUrl(url);
	if (!process.env.DATELINE_ORIGIN && url.hostname === 'sveltekit-prerender') {
		// SvelteKit's placeholder: the documents work only once the real origin is given.
		console.warn(
			`oEmbed: /oembed/${params.id}.json names ${site}; set DATELINE_ORIGIN to the site's origin`
		);
	}
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
