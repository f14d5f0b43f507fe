import { redirect } from '@sveltejs/kit';
import { store } from '$lib/server/app';
import { SESSION_COOKIE, signOut } from '$lib/server/auth/session';
import type { Actions, PageServerLoad } from './$types';

// Signing out is a form post (a link could be followed by another site); a visit goes home.
export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	default: async ({ cookies }) => {
		await signOut(await store(), cookies.get(SESSION_COOKIE));
		cookies.delete(SESSION_COOKIE, { path: '/' });
		redirect(303, '/signin/');
	}
};
