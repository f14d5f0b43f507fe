// See https://svelte.dev/docs/kit/types#app.d.ts
import type { SessionUser } from '$lib/server/auth/session';
import type { Published } from '$lib/server/published';

declare global {
	/** True in the static site's build (`npm run build:static`), false in the server's. */
	const __DATELINE_STATIC__: boolean;

	namespace App {
		interface Error {
			message: string;
			/**
			 * Set when the timeline asked for was withdrawn by its editors: when, and that day as
			 * its notice says it ("9 January 2024", `withdrawnDay`).
			 */
			withdrawn?: { at: string; day: string };
		}
		interface Locals {
			/** The signed-in editor, or null (readers never sign in). */
			user: SessionUser | null;
			/** The published timeline a reader's request is about, looked up once by the hooks. */
			published?: Published | null;
		}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
