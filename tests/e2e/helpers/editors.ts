/**
 * Editors in the browser tests: the account the test server was started with
 * (tests/fixtures/server/editor.json), accounts made with `npm run user` on the same database,
 * signing in through the page, and publishing as /new/ does, from a page of the site.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import type { Dataset } from '../../../src/lib/data/schema';

export interface Account {
	email: string;
	password: string;
}

/** The admin editor the test server starts with. */
export const editor: Account = JSON.parse(
	readFileSync(new URL('../../fixtures/server/editor.json', import.meta.url), 'utf8')
);

export const seed: Dataset = JSON.parse(
	readFileSync(new URL('../../../data/timelines/iraq-coalition-exit.json', import.meta.url), 'utf8')
);

/** A slug no other test (or earlier run on a reused server) has published. */
export function uniqueId(prefix: string): string {
	return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
}

/** The seed under another id and title, as an editor's own timeline. */
export function timeline(id: string, title = `Timeline ${id}`): Dataset {
	return { ...seed, id, title };
}

/** Adds an account with `npm run user`, on the test server's database. */
export function addAccount(email: string, options: { admin?: boolean } = {}): Account {
	const password = `password of ${email}`;
	const result = spawnSync(
		process.execPath,
		[
			'--import',
			'tsx',
			'scripts/user.ts',
			'add',
			email,
			'--password',
			password,
			...(options.admin ? ['--admin'] : [])
		],
		{
			encoding: 'utf8',
			env: { ...process.env, DATELINE_DB: process.env.DATELINE_E2E_DB, DATABASE_URL: '' }
		}
	);
	expect(result.status, result.stderr).toBe(0);
	return { email, password };
}

/** Signs in through the sign-in page and waits for the editors' page. */
export async function signIn(page: Page, account: Account = editor): Promise<void> {
	await page.goto('/signin/');
	await page.getByLabel('Email').fill(account.email);
	await page.getByLabel('Password').fill(account.password);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page).toHaveURL(/\/editor\/$/);
}

export interface PublishAnswer {
	status: number;
	body: {
		id?: string;
		version?: number;
		url?: string;
		snippet?: string;
		error?: string;
		problems?: string[];
		latest?: number;
	};
}

/** Publishes from the page (which must be on the site), as the editor's browser does. */
export async function publishFromPage(
	page: Page,
	dataset: unknown,
	base: number | null,
	id = (dataset as Dataset).id
): Promise<PublishAnswer> {
	return page.evaluate(
		async ({ dataset, base, id }) => {
			const response = await fetch(`/api/timelines/${id}`, {
				method: 'PUT',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ dataset, base })
			});
			return { status: response.status, body: await response.json() };
		},
		{ dataset, base, id }
	);
}
