import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

export const prerender = false;

/** `GET /api/session`: who is signed in (`{ user: { email, admin } }`, or `{ user: null }`). */
export const GET: RequestHandler = ({ locals }) =>
	json({ user: locals.user ? { email: locals.user.email, admin: locals.user.admin } : null });
