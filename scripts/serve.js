/**
 * npm run serve (npm start builds first): runs the built Dateline server (adapter-node's
 * build/index.js) with Dateline's defaults for what the environment leaves unset:
 *
 *   PORT=4173             as `npm start` has always listened (adapter-node's own default is 3000)
 *   BODY_SIZE_LIMIT=12M   the largest request adapter-node reads; a published dataset may be up to
 *                         DATELINE_MAX_DATASET_BYTES (10 MB), the rest is refused with 413
 *
 * and two things adapter-node leaves to its host:
 *
 * - The site's address. adapter-node assumes HTTPS unless told (ORIGIN, or PROTOCOL_HEADER behind
 *   a proxy), and then refuses every form posted over plain HTTP as cross-site. This server itself
 *   only ever speaks plain HTTP, so with neither set, requests are marked as the plain HTTP they
 *   are. Behind a TLS proxy, set ORIGIN=https://your.site (or PROTOCOL_HEADER=x-forwarded-proto).
 * - Security headers on the files it serves as they are (the prerendered editor shell /new/,
 *   scripts, styles), which never reach SvelteKit's hooks: no framing except for embeds, no
 *   referrer beyond this site, no content sniffing. Pages SvelteKit renders set their own
 *   (src/hooks.server.ts), which replace these.
 *
 * Everything else is adapter-node's (HOST, ORIGIN, SHUTDOWN_TIMEOUT, ADDRESS_HEADER, …) or
 * Dateline's own (DATELINE_DB, DATABASE_URL, DATELINE_ORIGIN, DATELINE_CDN_MAX_AGE).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// The build to run: build/, or the one DATELINE_BUILD_DIR names (as `npm run bench:server` makes).
const entry = process.env.DATELINE_BUILD_DIR
	? resolve(process.env.DATELINE_BUILD_DIR, 'server', 'index.js')
	: fileURLToPath(new URL('../build/index.js', import.meta.url));
if (!existsSync(entry)) {
	console.error('serve: no server built yet: run `npm run build` (or `npm start`, which builds)');
	process.exit(1);
}
process.env.PORT ??= '4173';
process.env.BODY_SIZE_LIMIT ??= '12M';
const PLAIN_HTTP = 'x-dateline-plain-http';
const plainHttp = !process.env.ORIGIN && !process.env.PROTOCOL_HEADER;
if (plainHttp) process.env.PROTOCOL_HEADER = PLAIN_HTTP;

const { server } = await import(pathToFileURL(entry).href);

// Runs before adapter-node's own listener for each request (no request can arrive before this
// line: the server started listening during the import, and I/O waits for this module to finish).
server.server.prependListener('request', (request, response) => {
	// Whatever a client sent under this name, this server is plain HTTP.
	if (plainHttp) request.headers[PLAIN_HTTP] = 'http';
	response.setHeader('referrer-policy', 'same-origin');
	response.setHeader('x-content-type-options', 'nosniff');
	// Pages only (a path with no file extension): embeds may be framed by any site; files such as
	// the favicon are no page to trick a reader into clicking.
	const path = (request.url ?? '/').split('?')[0];
	if (!/^\/embed(\/|$)/.test(path) && !/\.\w+$/.test(path)) {
		response.setHeader('x-frame-options', 'DENY');
		response.setHeader('content-security-policy', "frame-ancestors 'none'");
	}
});
