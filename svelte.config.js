import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// A static site: every timeline page is prerendered (see src/routes/t/[id]/+page.ts);
		// anything else falls back to the SPA shell, which any static host can serve.
		adapter: adapter({ fallback: '404.html', strict: true }),
		alias: { $data: 'data' },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' }
	}
};

export default config;
