import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The path of the installed SvelteKit's client (the module `kitClientEdit` edits). */
export function installedKitClient(): string {
	const kit = createRequire(import.meta.url).resolve('@sveltejs/kit/package.json');
	return kit.replace(/package\.json$/, 'src/runtime/client/client.js');
}

/** The installed SvelteKit client's source. */
export function installedKitClientCode(): string {
	return readFileSync(installedKitClient(), 'utf8');
}
