import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	server: { fs: { allow: ['data'] } },
	worker: { format: 'es' },
	test: {
		include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
		environment: 'node',
		// A test without an assertion passes by accident; refuse it.
		expect: { requireAssertions: true },
		// Far from UTC, so that local-time bugs surface (as d3-scale and Plot test).
		env: { TZ: 'America/Los_Angeles' }
	}
});
