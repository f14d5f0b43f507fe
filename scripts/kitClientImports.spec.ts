import { describe, expect, it } from 'vitest';
import { KIT_CLIENT, memberReads } from './kitClientImports';
import { installedKitClient, installedKitClientCode } from './testing/kitClient';

describe('memberReads', () => {
	it("turns the destructuring of Svelte's namespace into member reads, leaving the rest", () => {
		const code = "import * as svelte from 'svelte';\nconst { onMount, tick } = svelte;\ntick();";
		expect(memberReads(code)).toBe(
			"import * as svelte from 'svelte';\nconst onMount = svelte.onMount, tick = svelte.tick;\ntick();"
		);
	});

	it('answers null for code without that line', () => {
		expect(memberReads("import { tick } from 'svelte';")).toBeNull();
	});

	it("finds the line in the installed SvelteKit's client, which the pattern names", () => {
		expect(installedKitClient()).toMatch(KIT_CLIENT);
		expect(memberReads(installedKitClientCode())).toContain('svelte.onMount');
	});
});
