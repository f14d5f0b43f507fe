/**
 * Editors in the browser tests: the account the test server was started with
 * (tests/fixtures/server/editor.json), accounts made with `npm run user` on the same database,
 * signing in through the page, publishing through /new/ as a journalist does, and publishing
 * through the API from a page of the site (for the tests of what the API refuses).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
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
	await fillSignIn(page, account);
	await expect(page).toHaveURL(/\/editor\/$/);
}

/** Fills the sign-in form the page shows, and sends it. */
export async function fillSignIn(page: Page, account: Account = editor): Promise<void> {
	await page.getByLabel('Email').fill(account.email);
	await page.getByLabel('Password').fill(account.password);
	await page.getByRole('button', { name: 'Sign in' }).click();
}

/** The section of /new/ that says where the published timeline lives, with its snippet. */
export function publishedPanel(page: Page, version?: number): Locator {
	return page.getByRole('region', {
		name: version ? `Published: version ${version}` : /^Published: version \d+$/
	});
}

/**
 * Publishes `dataset` from /new/ as a journalist does (signed in): imports it as the draft,
 * gives the address (its id), presses Publish, and waits for the published version's snippet.
 *
 * @returns the embed snippet the page shows
 */
export async function publishInEditor(page: Page, dataset: Dataset): Promise<string> {
	await page.goto('/new/');
	await page.getByLabel(/Import a timeline/).setInputFiles({
		name: `${dataset.id}.json`,
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(dataset))
	});
	await expect(page.getByRole('heading', { name: /^Events \(\d+\)$/ })).toBeVisible();
	await page.getByLabel('Address', { exact: true }).fill(dataset.id);
	await page.getByRole('button', { name: 'Publish', exact: true }).click();
	await expect(publishedPanel(page, 1)).toBeVisible();
	return page.getByLabel(/^Embed snippet/).inputValue();
}

/** The timeline's details form of /new/ (id, title, description). */
export function timelineDetails(page: Page): Locator {
	return page.locator('form').filter({
		has: page.getByRole('heading', { name: 'The timeline', exact: true })
	});
}

/** Retitles the draft open in /new/, through its details form. */
export async function retitle(page: Page, title: string) {
	await timelineDetails(page).getByLabel('Title', { exact: true }).fill(title);
	await timelineDetails(page).getByRole('button', { name: 'Save details' }).click();
}

/** Retitles the draft open in /new/ and publishes it as version `version`. */
export async function retitleAndPublish(page: Page, title: string, version: number) {
	await retitle(page, title);
	await page.getByRole('button', { name: 'Publish update' }).click();
	await expect(publishedPanel(page, version)).toBeVisible();
}

/** The title readers get for timeline `id` now (its published dataset). */
export async function readersTitle(page: Page, id: string): Promise<string> {
	return (await (await page.request.get(`/t/${id}.json`)).json()).title;
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

/** Publishes through the API from the page (which must be on the site), as a script could. */
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

/** Pastes `text` into /new/, reads it with the date it states, and builds the draft under review. */
export async function reviewDraft(page: Page, text: string): Promise<void> {
	await page.goto('/new/');
	await page.getByLabel(/Paste the article/).fill(text);
	await page.getByRole('button', { name: 'Read the article' }).click();
	// The first use starts the extraction worker, which loads the extractor.
	await expect(page.getByLabel('Publication date')).toBeVisible({ timeout: 15_000 });
	await page.getByRole('button', { name: 'Build the timeline' }).click();
	await expect(page.getByRole('heading', { name: /^Events \(\d+\)$/ })).toBeVisible({
		timeout: 20_000
	});
}
