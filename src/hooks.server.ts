/**
 * The server's hooks (server build only; the static site has none at run time):
 *
 * 1. security headers on every response: Referrer-Policy, nosniff, and who may frame the page
 *    (any site for `/embed/`, no one elsewhere: the CSP's `frame-ancestors` and X-Frame-Options);
 * 2. cross-site writes refused: SvelteKit refuses cross-site form posts itself, and this refuses
 *    every other non-GET request whose `Origin` is not this site's (JSON included), so a page on
 *    another site can never publish with an editor's cookie;
 * 3. the signed-in editor, from the session cookie, for every route but the readers' (whose
 *    responses are the same for everyone, so that a CDN can share them);
 * 4. readers' responses (`/`, `/t/<id>/`, `/embed/<id>/`, `/t/<id>.json`, `/oembed/<id>.json`)
 *    validated by the version they show: `ETag`, `Cache-Control`, and 304 to a matching
 *    `If-None-Match` before anything is rendered; each is rendered once per version and kept.
 */
import { json, type Handle, type ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { building, version } from '$app/environment';
import { closeStore, store } from '$lib/server/app';
import { SESSION_COOKIE, sessionUser } from '$lib/server/auth/session';
import { datasetIds, defaultDatasetId, loadDataset } from '$lib/server/datasets';
import { noneMatch, readerCacheControl, sharedMaxAge } from '$lib/server/http';
import { describeImports, importFiles } from '$lib/server/importFiles';
import { Lru } from '$lib/server/lru';
import { published } from '$lib/server/published';

const server = !__DATELINE_STATIC__ && !building;

export const init: ServerInit = async () => {
	if (!server) return;
	const opened = await store();
	console.log(`Dateline: timelines in ${opened.db.description}`);
	const files = new Map(datasetIds().map((id) => [id, loadDataset(id)!]));
	for (const line of describeImports(await importFiles(opened, files))) console.log(line);
	process.once('sveltekit:shutdown' as 'exit', () => void closeStore());
};

/** Routes whose responses are the same for every reader, and the timeline each shows. */
const READER_ROUTES = new Set(['/', '/t/[id]', '/embed/[id]', '/t/[id].json', '/oembed/[id].json']);

function readerTimelineId(event: Parameters<Handle>[0]['event']): string | null {
	const route = event.route.id;
	if (route === null || !READER_ROUTES.has(route)) return null;
	return route === '/' ? defaultDatasetId : (event.params.id ?? null);
}

const secured: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	const embed = event.route.id === '/embed' || event.route.id?.startsWith('/embed/');
	const headers = response.headers;
	headers.set('referrer-policy', 'same-origin');
	headers.set('x-content-type-options', 'nosniff');
	const csp = headers.get('content-security-policy');
	if (embed) {
		// An embed is made to be framed, by any site.
		if (csp)
			headers.set(
				'content-security-policy',
				csp.replace(/frame-ancestors [^;]+/, 'frame-ancestors *')
			);
	} else {
		headers.set('x-frame-options', 'DENY');
	}
	return response;
};

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const sameOrigin: Handle = async ({ event, resolve }) => {
	if (UNSAFE_METHODS.has(event.request.method)) {
		const origin = event.request.headers.get('origin');
		if (origin !== event.url.origin) {
			return json(
				{
					error: `Cross-site request refused: ${event.request.method} ${event.url.pathname} must come from ${event.url.origin}, not ${origin ?? 'a request without an Origin header'}`
				},
				{ status: 403 }
			);
		}
	}
	return resolve(event);
};

const identify: Handle = async ({ event, resolve }) => {
	event.locals.user = null;
	if (server && readerTimelineId(event) === null) {
		const token = event.cookies.get(SESSION_COOKIE);
		if (token) event.locals.user = await sessionUser(await store(), token);
	}
	return resolve(event);
};

const cached: Handle = async ({ event, resolve }) => {
	const id = server ? readerTimelineId(event) : null;
	if (id === null) {
		const response = await resolve(event);
		// An editor's pages and the API are theirs alone.
		if (!response.headers.has('cache-control'))
			response.headers.set('cache-control', 'private, no-store');
		return response;
	}
	const current = await published(await store(), id);
	event.locals.published = current;
	if (!current) return resolve(event);
	// The dataset's bytes are its own validator; anything rendered from them also depends on the
	// code that renders it, i.e. on this build.
	const etag =
		event.route.id === '/t/[id].json' ? `"${current.etag}"` : `W/"${version}-${current.etag}"`;
	const caching = {
		etag,
		'cache-control': readerCacheControl(sharedMaxAge()),
		vary: 'Accept-Encoding'
	};
	const method = event.request.method;
	if (
		(method === 'GET' || method === 'HEAD') &&
		noneMatch(event.request.headers.get('if-none-match'), etag)
	) {
		return new Response(null, { status: 304, headers: caching });
	}
	// A page rendered from one version is the same for every reader (no nonce, no cookie): render
	// it once per version and URL.
	const key = `${event.isDataRequest ? 'data' : 'page'} ${event.url.href} ${etag}`;
	const hit = method === 'GET' ? rendered.get(key) : undefined;
	if (hit) return new Response(hit.body, { status: hit.status, headers: hit.headers });
	const response = await resolve(event);
	if (response.status !== 200 && response.status !== 410) return response;
	for (const [name, value] of Object.entries(caching)) response.headers.set(name, value);
	if (method !== 'GET') return response;
	const body = new Uint8Array(await response.arrayBuffer());
	const copy = { status: response.status, headers: [...response.headers], body };
	rendered.set(key, copy);
	return new Response(body, { status: copy.status, headers: copy.headers });
};

/** Readers' responses by URL and version (see `cached`). */
const rendered = new Lru<{
	status: number;
	headers: [string, string][];
	body: Uint8Array<ArrayBuffer>;
}>(256, 32 * 1024 * 1024, (entry) => entry.body.byteLength);

export const handle: Handle = sequence(secured, sameOrigin, identify, cached);
