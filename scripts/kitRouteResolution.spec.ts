import { describe, expect, it } from 'vitest';
import { noRouteOnFailure } from './kitRouteResolution';
import { installedKitClientCode } from './testing/kitClient';

describe('noRouteOnFailure', () => {
	it('reads a failed import of the route module as no route, leaving the rest', () => {
		const code =
			'const { route, params } = await import(\n\t/* @vite-ignore */\n\turl.origin + add_resolution_suffix(url.pathname)\n);\nif (!route) return;';
		expect(noRouteOnFailure(code)).toBe(
			'const { route, params } = await import(\n\t/* @vite-ignore */\n\turl.origin + add_resolution_suffix(url.pathname)\n).catch(() => ({ params: {} }));\nif (!route) return;'
		);
	});

	it('answers null for code without that import', () => {
		expect(noRouteOnFailure('const { route } = await import(url.href);')).toBeNull();
	});

	it("finds the import in the installed SvelteKit's client", () => {
		expect(noRouteOnFailure(installedKitClientCode())).toContain(
			'add_resolution_suffix(url.pathname)\n\t\t).catch(() => ({ params: {} }))'
		);
	});
});
