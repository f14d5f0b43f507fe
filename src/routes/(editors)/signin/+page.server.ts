import { fail, redirect } from '@sveltejs/kit';
import { store } from '$lib/server/app';
import { nextPath } from '$lib/server/auth/guard';
import { SESSION_COOKIE, SESSION_DAYS, signIn } from '$lib/server/auth/session';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	const next = nextPath(url.searchParams.get('next'));
	if (locals.user) redirect(303, next);
	return { next };
};

/** "30 seconds", "2 minutes": how long to wait, rounded up. */
function duration(ms: number): string {
	const seconds = Math.ceil(ms / 1000);
	if (seconds < 90) return `${seconds} ${seconds === 1 ? 'second' : 'seconds'}`;
	const minutes = Math.ceil(seconds / 60);
	return `${minutes} minutes`;
}

export const actions: Actions = {
	default: async ({ request, cookies, getClientAddress, url, setHeaders }) => {
		const form = await request.formData();
		const email = String(form.get('email') ?? '');
		const password = String(form.get('password') ?? '');
		const next = nextPath(String(form.get('next') ?? ''));
		if (!email.trim() || !password) {
			return fail(400, { email, message: 'Enter your email address and your password.' });
		}
		const result = await signIn(await store(), { email, password, address: getClientAddress() });
		if (!result.ok) {
			if (result.reason === 'wait') {
				setHeaders({ 'retry-after': String(Math.ceil(result.wait / 1000)) });
				return fail(429, {
					email,
					message: `Too many wrong passwords. Try again in ${duration(result.wait)}.`
				});
			}
			return fail(401, {
				email,
				message:
					result.wait > 0
						? `Wrong email or password. After several wrong passwords, wait ${duration(result.wait)} before trying again.`
						: 'Wrong email or password.'
			});
		}
		cookies.set(SESSION_COOKIE, result.token, {
			path: '/',
			httpOnly: true,
			sameSite: 'lax',
			// Secure wherever the site is served over HTTPS (set ORIGIN behind a TLS proxy).
			secure: url.protocol === 'https:',
			maxAge: SESSION_DAYS * 86_400
		});
		redirect(303, next);
	}
};
