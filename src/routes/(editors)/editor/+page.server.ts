import { store } from '$lib/server/app';
import { editorOrSignIn } from '$lib/server/auth/guard';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	editorOrSignIn(locals, url);
	return { timelines: await (await store()).timelines() };
};
