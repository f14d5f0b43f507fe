import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, headScripts, scriptHash } from '../../../csp.config.js';

describe('the Content-Security-Policy', () => {
	it('finds the inline scripts of <svelte:head>, exactly as written, in components at any depth, and of the page template', () => {
		const dir = mkdtempSync(join(tmpdir(), 'dateline-csp-'));
		try {
			mkdirSync(join(dir, 'routes', 'deep'), { recursive: true });
			writeFileSync(
				join(dir, 'routes', 'deep', 'Page.svelte'),
				'<script lang="ts">\n\tlet x = 1;\n</script>\n\n<svelte:head>\n\t<title>x</title>\n' +
					'\t<script>\n\t\tdocument.documentElement.dataset.a = "1";\n\t</script>\n</svelte:head>\n'
			);
			writeFileSync(
				join(dir, 'routes', 'other.ts'),
				'<svelte:head><script>no</script></svelte:head>'
			);
			writeFileSync(join(dir, 'app.html'), '<head>%sveltekit.head%<script>early()</script></head>');
			writeFileSync(join(dir, 'routes', 'app.html'), '<script>not the template</script>');
			expect(headScripts(dir).sort()).toEqual([
				'\n\t\tdocument.documentElement.dataset.a = "1";\n\t',
				'early()'
			]);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('allows each of the app’s head scripts by its hash', () => {
		const sources = contentSecurityPolicy()!.directives!['script-src'] as string[];
		const scripts = headScripts('src');
		expect(scripts.length).toBeGreaterThan(0);
		for (const script of scripts) expect(sources).toContain(scriptHash(script));
	});

	it('writes a hash as CSP does: SHA-256 of the UTF-8 text, in base64', () => {
		const text = "alert('é')";
		const expected = createHash('sha256').update(Buffer.from(text, 'utf8')).digest('base64');
		expect(scriptHash(text)).toBe(`sha256-${expected}`);
	});

	it('keeps scripts strict and framing closed by default', () => {
		const { directives, mode } = contentSecurityPolicy()!;
		expect(mode).toBe('hash');
		expect(directives!['script-src']).not.toContain('unsafe-inline');
		expect(directives!['object-src']).toEqual(['none']);
		expect(directives!['frame-ancestors']).toEqual(['none']);
		expect(directives!['base-uri']).toEqual(['none']);
	});
});
