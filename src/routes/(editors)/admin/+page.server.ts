import { error, fail } from '@sveltejs/kit';
import { store } from '$lib/server/app';
import { editorOrSignIn, requireAdmin } from '$lib/server/auth/guard';
import { normaliseEmail } from '$lib/server/auth/session';
import { AccountError, addUser, removeUser, resetPassword } from '$lib/server/users';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = editorOrSignIn(locals, url);
	if (!user.admin) error(403, 'Only an admin can manage accounts');
	return { users: await (await store()).users(), me: user.email };
};

/** Runs an account change, turning a refusal into the form's message. */
async function account<T>(change: () => Promise<T>) {
	try {
		return await change();
	} catch (problem) {
		if (problem instanceof AccountError) return fail(400, { problem: problem.message });
		throw problem;
	}
}

export const actions: Actions = {
	add: async ({ locals, request }) => {
		requireAdmin(locals);
		const form = await request.formData();
		const email = String(form.get('email') ?? '');
		return account(async () => {
			const added = await addUser(await store(), {
				email,
				password: String(form.get('password') ?? '') || undefined,
				admin: form.get('admin') === 'on'
			});
			return {
				done: `Added ${added.user.email}${added.user.admin ? ' as an admin' : ''}.`,
				password: added.generated ? added.password : undefined,
				for: added.user.email
			};
		});
	},
	reset: async ({ locals, request }) => {
		requireAdmin(locals);
		const email = normaliseEmail(String((await request.formData()).get('email') ?? ''));
		return account(async () => {
			const reset = await resetPassword(await store(), { email });
			return {
				done: `${email} has a new password and is signed out everywhere.`,
				password: reset.password,
				for: email
			};
		});
	},
	remove: async ({ locals, request }) => {
		const me = requireAdmin(locals);
		const form = await request.formData();
		const email = normaliseEmail(String(form.get('email') ?? ''));
		if (email === me.email) return fail(400, { problem: 'You cannot remove your own account.' });
		// Removing is asked twice: the first post only asks the admin to confirm, which a stray
		// click or a resubmitted form cannot do.
		if (form.get('confirmed') !== 'yes') return { confirm: email };
		return account(async () => {
			await removeUser(await store(), email);
			return { done: `Removed ${email}: they can no longer sign in.` };
		});
	},
	role: async ({ locals, request }) => {
		const me = requireAdmin(locals);
		const form = await request.formData();
		const email = normaliseEmail(String(form.get('email') ?? ''));
		const admin = form.get('admin') === '1';
		if (email === me.email && !admin) {
			return fail(400, { problem: 'You cannot take away your own admin role.' });
		}
		if (!(await (await store()).setAdmin(email, admin))) {
			return fail(400, { problem: `No account for ${email}` });
		}
		return { done: `${email} is ${admin ? 'an admin' : 'an editor, no longer an admin'}.` };
	}
};
