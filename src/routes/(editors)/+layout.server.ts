import type { LayoutServerLoad } from './$types';

// Editors' pages exist only on the server, rendered for each request (never cached: see hooks).
export const prerender = false;

export const load: LayoutServerLoad = ({ locals }) => ({
	user: locals.user ? { email: locals.user.email, admin: locals.user.admin } : null
});
