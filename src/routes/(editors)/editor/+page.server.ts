import { store } from '$lib/server/app';
import { editorOrSignIn } from '$lib/server/auth/guard';
import { mayChange } from '$lib/server/editing';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = editorOrSignIn(locals, url);
	const opened = await store();
	const timelines = await opened.timelines();
	const creators = await Promise.all(timelines.map((t) => opened.creator(t.id)));
	return {
		timelines: timelines.map((timeline, i) => ({
			...timeline,
			yours: mayChange(user, creators[i])
		}))
	};
};
