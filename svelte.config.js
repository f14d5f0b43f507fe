import adapterNode from '@sveltejs/adapter-node';
import adapterStatic from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { contentSecurityPolicy } from './csp.config.js';

/**
 * Two builds of one app:
 * - the Dateline server (the default, `npm run build`): adapter-node, timelines read from the
 *   store (SQLite or PostgreSQL), so editors publish and update them from the browser;
 * - the static site (`npm run build:static`, DATELINE_STATIC=1): adapter-static, every timeline
 *   of data/timelines/ prerendered, for newsrooms that host files only.
 * vite.config.ts hands the same switch to the code as `__DATELINE_STATIC__`.
 */
const staticSite = process.env.DATELINE_STATIC === '1';

// A separate build directory when asked (scripts/bench.ts builds into a temporary one), so that a
// benchmark never overwrites the shared build/ or .svelte-kit/ that tests are serving.
const buildDir = process.env.DATELINE_BUILD_DIR;
// The static build keeps its intermediate output apart too, so that both builds can run at once
// (the browser tests build both).
const outDir = buildDir
	? `node_modules/.dateline-bench/${staticSite ? 'static' : 'server'}/.svelte-kit`
	: staticSite
		? 'node_modules/.dateline-static/.svelte-kit'
		: '.svelte-kit';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	// Svelte's version stays out of the browser's code (`window.__svelte.v`): nothing reads it.
	compilerOptions: { discloseVersion: false },
	kit: {
		adapter: staticSite
			? // Every timeline page is prerendered (see src/routes/+layout.server.ts); anything else falls
				// back to the SPA shell, which any static host can serve.
				adapterStatic({
					pages: buildDir ? `${buildDir}/site` : 'build-static',
					assets: buildDir ? `${buildDir}/site` : 'build-static',
					fallback: '404.html',
					strict: true
				})
			: adapterNode({ out: buildDir ? `${buildDir}/server` : 'build' }),
		// Kit's own output stays inside the project, where its server chunks resolve node_modules.
		outDir,
		alias: { $data: 'data' },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// Hashes for every inline script (Kit's own and those of <svelte:head>), no 'unsafe-inline'
		// for scripts; see csp.config.js.
		csp: contentSecurityPolicy(),
		// The server, or the static build's prerendered `__route.js` beside each page, tells the
		// browser which route a path is: the pages carry no list of the site's routes and no code
		// to match them (1.8 kB gzip of every reader's page, issue 15). See
		// scripts/kitRouteResolution.ts for a path a static host has no answer for.
		router: { resolution: 'server' }
	}
};

export default config;
