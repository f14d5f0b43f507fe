import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// A separate build directory when asked (scripts/bench.ts builds into a temporary one), so that a
// benchmark never overwrites the shared build/ or .svelte-kit/ that tests are serving.
const buildDir = process.env.DATELINE_BUILD_DIR;

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// A static site: every timeline page is prerendered (see src/routes/t/[id]/+page.ts);
		// anything else falls back to the SPA shell, which any static host can serve.
		adapter: adapter({
			fallback: '404.html',
			strict: true,
			...(buildDir ? { pages: `${buildDir}/site`, assets: `${buildDir}/site` } : {})
		}),
		// Kit's own output stays inside the project, where its server chunks resolve node_modules.
		...(buildDir ? { outDir: 'node_modules/.dateline-bench/.svelte-kit' } : {}),
		alias: { $data: 'data' },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' }
	}
};

export default config;
