import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { kitClientImports } from './scripts/kitClientImports';
import { kitRouteResolution } from './scripts/kitRouteResolution';
import { kitLazyDevalue } from './scripts/kitLazyDevalue';
import { kitLazyErrorPage } from './scripts/kitLazyErrorPage';
import { readerChunkGroups } from './scripts/readerChunk';

export default defineConfig(({ isSsrBuild }) => ({
	// kitClientImports: Kit's client reads two functions of Svelte's namespace, not all (1 kB).
	// kitRouteResolution: a path a static host has no route module for is no page (see the file).
	// kitLazyDevalue: Kit's client reads a navigation's data with devalue, imported then (1 kB).
	// kitLazyErrorPage: Kit's client loads the root error page when it shows one, not at start.
	plugins: [
		sveltekit(),
		kitClientImports(),
		kitRouteResolution(),
		kitLazyDevalue(),
		kitLazyErrorPage()
	],
	// Which build this is (svelte.config.js): the static site reads data/timelines/ at build time,
	// the server reads its store. A constant, so each build leaves the other's code out.
	define: { __DATELINE_STATIC__: JSON.stringify(process.env.DATELINE_STATIC === '1') },
	server: { fs: { allow: ['data'] } },
	worker: { format: 'es' },
	// The browser's code: what the reader's page runs at load in one chunk (see readerChunk.ts).
	build: isSsrBuild
		? {}
		: { rolldownOptions: { output: { codeSplitting: { groups: readerChunkGroups() } } } },
	test: {
		include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
		environment: 'node',
		// A test without an assertion passes by accident; refuse it.
		expect: { requireAssertions: true },
		// Property tests run thousands of cases: seconds on a quiet machine, more on a loaded one.
		// A time limit is no performance check here (the bench scripts are), so it stays generous.
		testTimeout: 20_000,
		// Files share their worker's module cache: the language layer (wink's model, compromise,
		// chrono) loads once per worker rather than once per file, which cut the run from about
		// 230 s to 85 s on two cores. No spec keeps state in a module between files; the one that
		// mocks a module (remoteDataset.spec.ts) unmocks and resets it in its finally.
		isolate: false,
		// Far from UTC, so that local-time bugs surface (as d3-scale and Plot test).
		env: { TZ: 'America/Los_Angeles' }
	}
}));
