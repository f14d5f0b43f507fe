/**
 * Every write, and every page or API answer meant for editors only, starts here: the session is
 * checked on the server for each request (the hooks read it; these refuse when there is none).
 */
import { error, redirect } from '@sveltejs/kit';
import type { User } from '../store';

/** The signed-in editor, or 401 (for the API and form actions). */
export function requireEditor(locals: App.Locals): User {
	if (!locals.user) error(401, 'Sign in as an editor to do this');
	return locals.user;
}

/** The signed-in admin, or 401/403. */
export function requireAdmin(locals: App.Locals): User {
	const user = requireEditor(locals);
	if (!user.admin) error(403, 'Only an admin can manage accounts');
	return user;
}

/** The signed-in editor, or a redirect to the sign-in page that comes back here (for pages). */
export function editorOrSignIn(locals: App.Locals, url: URL): User {
	if (!locals.user) redirect(303, `/signin/?next=${encodeURIComponent(url.pathname + url.search)}`);
	return locals.user;
}

/**
 * Where to go after signing in: a path on this site, never another site (`//evil.example`,
 * `https://…`, `/\evil`), else the editor's page.
 *
 * @example
 * nextPath('/editor/t/iraq/'); // '/editor/t/iraq/'
 * nextPath('//evil.example/'); // '/editor/'
 */
export function nextPath(next: string | null | undefined): string {
	if (!next || !next.startsWith('/') || next.startsWith('//') || next.includes('\\'))
		return '/editor/';
	try {
		const url = new URL(next, 'http://dateline.invalid');
		return url.origin === 'http://dateline.invalid' ? url.pathname + url.search : '/editor/';
	} catch {
		return '/editor/';
	}
}
