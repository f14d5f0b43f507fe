/**
 * Publishing from the browser (issue 13), as a newsroom lives it: an editor signs in, pastes an
 * article into /new/ and publishes it; the snippet goes into an article on another site, where
 * readers see the timeline; each update published from /new/ reaches that article on its next
 * load, with the snippet unchanged; a withdrawal leaves a notice, not a blank frame. Refusals are
 * said under the Publish control and change nothing; writes without a session, or from another
 * site, change nothing.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import {
	addAccount,
	fillSignIn,
	publishFromPage,
	publishInEditor,
	publishedPanel,
	readersTitle,
	retitle,
	retitleAndPublish,
	signIn,
	timeline,
	timelineDetails,
	uniqueId
} from './helpers/editors';

const hostPort = Number(process.env.PORT ?? 4173) + 1;
// The host page is opened as `localhost`, another site than Dateline's 127.0.0.1.
const hostOrigin = `http://localhost:${hostPort}`;
const seedText = readFileSync('data/articles/000_03c01ab374849cc1.txt', 'utf8');

/** Puts a page on the newsroom's site (tests/fixtures/embed/host-server.mjs); returns its URL. */
async function hostPage(page: Page, name: string, html: string): Promise<string> {
	const response = await page.request.put(`http://127.0.0.1:${hostPort}/pages/${name}`, {
		data: html,
		headers: { 'content-type': 'text/html; charset=utf-8' }
	});
	expect(response.status()).toBe(204);
	return `${hostOrigin}/pages/${name}`;
}

const article = (snippet: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A newsroom's article</title></head>
<body><h1>A newsroom's article</h1><p>The story so far.</p>
${snippet}
<p>More of the story.</p></body></html>`;

/** Pastes the seed article into /new/ and builds its draft. */
async function pasteSeed(page: Page) {
	await page.goto('/new/');
	await page.getByLabel(/Paste the article/).fill(seedText);
	await page.getByRole('button', { name: 'Read the article' }).click();
	// The first use starts the extraction worker, which loads the extractor.
	await page.getByRole('button', { name: 'Build the timeline' }).click({ timeout: 15_000 });
	await expect(page.getByRole('heading', { name: /^Events \(\d+\)$/ })).toBeVisible({
		timeout: 20_000
	});
}

/** Discards the draft open in /new/ and imports `dataset` as the next one. */
async function startAnotherDraft(page: Page, dataset: object & { id: string }) {
	await page.getByRole('button', { name: 'Discard draft…' }).click();
	await page.getByRole('button', { name: 'Yes, discard' }).click();
	await page.getByLabel(/Import a timeline/).setInputFiles({
		name: `${dataset.id}.json`,
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(dataset))
	});
	await expect(page.getByRole('heading', { name: /^Events \(\d+\)$/ })).toBeVisible();
}

test.describe('publishing from /new/ and embedding it on another site', () => {
	test('readers see each update on their next load, and a notice once it is withdrawn', async ({
		page
	}) => {
		test.setTimeout(90_000);
		const id = uniqueId('published');
		page.on('dialog', (dialog) => {
			throw new Error(`a dialog opened: ${dialog.message()}`);
		});
		await signIn(page);
		await pasteSeed(page);
		const firstTitle = await timelineDetails(page)
			.getByLabel('Title', { exact: true })
			.inputValue();

		// Publish: the journalist chooses the address, and gets the snippet at once.
		await page.getByLabel('Address', { exact: true }).fill(id);
		await page.getByRole('button', { name: 'Publish', exact: true }).click();
		const published = publishedPanel(page, 1);
		await expect(published).toBeVisible();
		await expect(published.getByRole('link', { name: new RegExp(`/t/${id}/$`) })).toBeVisible();
		const snippet = await page.getByLabel(/^Embed snippet/).inputValue();
		expect(snippet).toContain(`/embed/${id}/`);
		expect(snippet).toContain('/embed.js');

		// The newsroom pastes it into an article on its own site.
		const url = await hostPage(page, id, article(snippet));
		const reader = await page.context().newPage();
		reader.on('dialog', (dialog) => {
			throw new Error(`a dialog opened: ${dialog.message()}`);
		});
		await reader.goto(url);
		const embed = reader.frameLocator('iframe[data-dateline]');
		await expect(embed.getByRole('heading', { name: firstTitle })).toBeVisible();
		await expect(embed.getByTestId('timeline')).toBeVisible();

		// An update, with a title no page may run as HTML: the same snippet shows it next load.
		const hostile = `Iraq’s <img src=x onerror=alert(1)> “exit” & <b>after</b>`;
		await retitleAndPublish(page, hostile, 2);
		await expect(page.getByRole('button', { name: 'Publish update' })).toBeVisible();
		expect(await page.getByLabel(/^Embed snippet/).inputValue()).toContain(`/embed/${id}/`);
		await reader.reload();
		await expect(embed.getByRole('heading', { name: hostile })).toBeVisible();
		await expect(embed.locator('img[src="x"]')).toHaveCount(0);
		await reader.goto(`/t/${id}/`);
		await expect(reader.locator('h1')).toHaveText(hostile);

		// Withdraw, from the timeline's history.
		await page.goto(`/editor/t/${id}/`);
		await page.getByText('Withdraw this timeline…').click();
		await page.getByRole('button', { name: /^Withdraw “/ }).click();
		await expect(page.getByRole('status')).toContainText('Withdrawn');

		await reader.goto(url);
		const frame = reader.locator('iframe[data-dateline]');
		await expect(embed.getByRole('heading', { name: 'This timeline was withdrawn' })).toBeVisible();
		// The notice names the day, written by the server (the error page carries no date code).
		const day = /Its editors withdrew it on \d{1,2} [A-Z][a-z]+ \d{4}\./;
		await expect(embed.getByText(day)).toBeVisible();
		// Not a blank frame: it is sized to its notice, which /embed.js was told.
		await expect
			.poll(() => frame.evaluate((f) => Math.round(f.getBoundingClientRect().height)))
			.toBeLessThan(200);
		const gone = await reader.goto(`/t/${id}/`);
		expect(gone?.status()).toBe(410);
		await expect(reader.locator('h1')).toHaveText('This timeline was withdrawn');
		await expect(reader.getByText(day)).toBeVisible();
		expect((await reader.request.get(`/t/${id}.json`)).status()).toBe(410);
	});

	test('signed out, /new/ says publishing needs a sign-in, and the draft survives the round trip @phone', async ({
		page
	}) => {
		const id = uniqueId('round-trip');
		await page.goto('/new/');
		await page.getByLabel(/Import a timeline/).setInputFiles({
			name: `${id}.json`,
			mimeType: 'application/json',
			buffer: Buffer.from(JSON.stringify(timeline(id, 'Kept while signing in')))
		});
		await expect(page.getByText('Publishing needs an editor’s sign-in.')).toBeVisible();
		await expect(page.getByRole('button', { name: 'Publish', exact: true })).toHaveCount(0);
		const link = page.getByRole('link', { name: 'Sign in to publish' });
		await expect(link).toHaveAttribute('href', '/signin/?next=%2Fnew%2F');

		await link.click();
		await fillSignIn(page);
		await expect(page).toHaveURL(/\/new\/$/);
		await expect(timelineDetails(page).getByLabel('Title', { exact: true })).toHaveValue(
			'Kept while signing in'
		);
		await expect(page.getByText(/Signed in as/)).toBeVisible();
		await page.getByRole('button', { name: 'Publish', exact: true }).click();
		await expect(publishedPanel(page, 1)).toBeVisible();
		expect(await readersTitle(page, id)).toBe('Kept while signing in');
	});

	test('a session that ended is said under Publish, with the way back, and nothing is published', async ({
		page
	}) => {
		const id = uniqueId('ended');
		await signIn(page);
		await publishInEditor(page, timeline(id, 'Before the session ended'));
		await retitle(page, 'Never published');

		// Signed out in another tab (the session cookie is the context's).
		const other = await page.context().newPage();
		await other.goto('/editor/');
		await other.getByRole('button', { name: 'Sign out' }).click();
		await expect(other).toHaveURL(/\/signin\/$/);
		await other.close();

		await page.getByRole('button', { name: 'Publish update' }).click();
		const link = page.getByRole('link', { name: 'Sign in to publish' });
		await expect(link).toBeVisible();
		await expect(link).toHaveAccessibleDescription(/Sign in again to publish/);
		const state = await page.request.get(`/t/${id}.json`);
		expect((await state.json()).title).toBe('Before the session ended');
	});

	test('a newer version published meanwhile is said under Publish, and replaced only on purpose', async ({
		page,
		browser
	}) => {
		const id = uniqueId('behind');
		await signIn(page);
		await publishInEditor(page, timeline(id, 'The first version'));

		// The same editor, in another browser, continues it from its history and publishes.
		const elsewhere = await browser.newPage();
		await signIn(elsewhere);
		await elsewhere.goto(`/editor/t/${id}/`);
		await elsewhere.getByRole('link', { name: 'Continue it in the editor' }).click();
		await expect(timelineDetails(elsewhere).getByLabel('Title', { exact: true })).toHaveValue(
			'The first version'
		);
		await retitleAndPublish(elsewhere, 'From another browser', 2);
		await elsewhere.close();

		await retitle(page, 'From this browser');
		const publish = page.getByRole('button', { name: 'Publish update' });
		await publish.click();
		await expect(publish).toHaveAccessibleDescription(
			new RegExp(
				`Version 2 of /t/${id}/ was published by you on .+ UTC, after version 1, which this draft continues\\.`
			)
		);
		expect(await readersTitle(page, id)).toBe('From another browser');
		await expect(page.getByRole('link', { name: 'See version 2' })).toHaveAttribute(
			'href',
			`/editor/t/${id}/v/2/`
		);
		await page.getByRole('button', { name: 'Replace version 2 with this draft' }).click();
		await expect(publishedPanel(page, 3)).toBeVisible();
		expect(await readersTitle(page, id)).toBe('From this browser');
	});

	test('a taken address is said under its field: another editor’s is refused, one’s own can be updated', async ({
		page,
		browser
	}) => {
		const theirs = uniqueId('theirs');
		const ann = await browser.newPage();
		await signIn(ann, addAccount(`${uniqueId('ann')}@example.org`));
		await publishInEditor(ann, timeline(theirs, 'Ann’s timeline'));
		await ann.close();

		// Bob, an editor (not an admin), has published one of his own.
		await signIn(page, addAccount(`${uniqueId('bob')}@example.org`));
		const mine = uniqueId('mine');
		await publishInEditor(page, timeline(mine, 'Bob’s timeline'));
		await startAnotherDraft(page, timeline(mine, 'Bob’s second draft'));
		const address = page.getByLabel('Address', { exact: true });
		const publish = page.getByRole('button', { name: 'Publish', exact: true });

		await address.fill(theirs);
		await publish.click();
		await expect(address).toHaveAccessibleDescription(
			new RegExp(`/t/${theirs}/ is taken: it was first published by ann-.+@example\\.org`)
		);
		await expect(address).toBeFocused();
		await expect(page.getByRole('button', { name: /with this draft$/ })).toHaveCount(0);

		await address.fill(mine);
		await publish.click();
		await expect(address).toHaveAccessibleDescription(
			new RegExp(`/t/${mine}/ is already published \\(version 1, by you on .+\\)\\. Update it`)
		);
		expect(await readersTitle(page, theirs)).toBe('Ann’s timeline');
		expect(await readersTitle(page, mine)).toBe('Bob’s timeline');
		await page.getByRole('button', { name: `Update /t/${mine}/ with this draft` }).click();
		await expect(publishedPanel(page, 2)).toBeVisible();
		expect(await readersTitle(page, mine)).toBe('Bob’s second draft');
	});

	test('a dataset the server refuses is said under Publish, naming each path, and changes nothing', async ({
		page
	}) => {
		const id = uniqueId('refused');
		await signIn(page);
		await publishInEditor(page, timeline(id, 'Stays as published'));
		// A refusal the editor cannot produce by itself (its drafts keep the contract), answered as
		// the server words it.
		await page.route(`**/api/timelines/${id}`, (route) =>
			route.request().method() === 'PUT'
				? route.fulfill({
						status: 422,
						contentType: 'application/json',
						body: JSON.stringify({
							error: 'The timeline cannot be published: 1 problem',
							problems: ['$.dataset.events[0].date: expected a real date, found "2024-13-45"']
						})
					})
				: route.continue()
		);
		await retitle(page, 'Refused');
		const publish = page.getByRole('button', { name: 'Publish update' });
		await publish.click();
		await expect(publish).toHaveAccessibleDescription(
			/The timeline cannot be published: 1 problem \$\.dataset\.events\[0\]\.date: expected a real date, found "2024-13-45"$/
		);
		await expect(publishedPanel(page, 1)).toBeVisible();
		expect(await readersTitle(page, id)).toBe('Stays as published');
	});
});

test.describe('continuing a published timeline', () => {
	test('from its history: asks before replacing the draft here, then updates the same timeline', async ({
		page
	}) => {
		const id = uniqueId('continued');
		await signIn(page);
		await publishInEditor(page, timeline(id, 'Published yesterday'));
		// Another draft is under way in this browser.
		await startAnotherDraft(page, timeline(uniqueId('other'), 'Another story'));
		await expect(timelineDetails(page).getByLabel('Title', { exact: true })).toHaveValue(
			'Another story'
		);

		await page.goto('/editor/');
		await page
			.getByRole('listitem')
			.filter({ hasText: 'Published yesterday' })
			.getByRole('link', { name: /^Continue/ })
			.click();
		const question = page.getByRole('region', { name: /^Open version 1 of “Published yesterday”/ });
		await expect(question).toContainText('“Another story”');
		await question.getByRole('button', { name: 'Keep my draft' }).click();
		await expect(question).toHaveCount(0);
		await expect(timelineDetails(page).getByLabel('Title', { exact: true })).toHaveValue(
			'Another story'
		);

		await page.goto(`/editor/t/${id}/`);
		await page.getByRole('link', { name: 'Continue it in the editor' }).click();
		await question.getByRole('button', { name: 'Replace my draft with it' }).click();
		await expect(timelineDetails(page).getByLabel('Title', { exact: true })).toHaveValue(
			'Published yesterday'
		);
		await expect(page).toHaveURL(/\/new\/$/);
		await retitleAndPublish(page, 'Updated today', 2);
		expect(await readersTitle(page, id)).toBe('Updated today');
	});
});

test.describe('writes refused', () => {
	test('publishing without a session is refused with 401 and changes nothing', async ({ page }) => {
		const id = uniqueId('unsigned');
		await signIn(page);
		await publishInEditor(page, timeline(id, 'Signed in'));
		const before = await page.request.get(`/t/${id}.json`);

		const stranger = await page.context().browser()!.newPage();
		await stranger.goto('/');
		const refused = await publishFromPage(stranger, timeline(id, 'Hijacked'), 1);
		expect(refused.status).toBe(401);
		const fresh = await publishFromPage(stranger, timeline(uniqueId('unsigned'), 'New'), null);
		expect(fresh.status).toBe(401);

		const after = await page.request.get(`/t/${id}.json`);
		expect(after.headers().etag).toBe(before.headers().etag);
		expect((await after.json()).title).toBe('Signed in');
		await stranger.close();
	});

	test('another editor’s timeline cannot be updated, restored or withdrawn (403)', async ({
		page,
		browser
	}) => {
		const id = uniqueId('owned');
		await signIn(page);
		await publishInEditor(page, timeline(id, 'The admin’s timeline'));

		const bob = await browser.newPage();
		await signIn(bob, addAccount(`${uniqueId('bob')}@example.org`));
		const refused = await publishFromPage(bob, timeline(id, 'Bob’s version'), 1);
		expect(refused.status).toBe(403);
		expect(refused.body.error).toContain('only they or an admin can change it');
		await bob.goto(`/editor/t/${id}/`);
		await expect(bob.getByRole('link', { name: 'Copy it into the editor' })).toBeVisible();
		await expect(bob.getByText('Withdraw this timeline…')).toHaveCount(0);
		await bob.close();
		expect(await readersTitle(page, id)).toBe('The admin’s timeline');
	});

	test('a form posted from another site is refused, even with the editor signed in', async ({
		page
	}) => {
		const id = uniqueId('cross-site');
		await signIn(page);
		await publishInEditor(page, timeline(id, 'Stays published'));
		const dateline = new URL(page.url()).origin;
		const url = await hostPage(
			page,
			id,
			`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Trap</title></head><body>
			<form method="POST" action="${dateline}/editor/t/${id}/?/withdraw"><button>Win a prize</button></form>
			</body></html>`
		);
		await page.goto(url);
		const [response] = await Promise.all([
			page.waitForResponse((r) => r.url().includes(`/editor/t/${id}/`)),
			page.getByRole('button', { name: 'Win a prize' }).click()
		]);
		expect(response.status()).toBe(403);
		await expect(page.locator('body')).toContainText(
			'Cross-site POST form submissions are forbidden'
		);

		const state = await page.request.get(`/t/${id}.json`);
		expect(state.status()).toBe(200);
		expect((await state.json()).title).toBe('Stays published');
	});
});

test('a published timeline’s title is plain text in the document titles of its history, versions and page', async ({
	page
}) => {
	const id = uniqueId('plain-title');
	await signIn(page);
	// An override (U+202E) opened in the title and never closed.
	await publishInEditor(page, timeline(id, 'Council \u202evote'));
	const titles: [string, string][] = [
		[`/editor/t/${id}/`, 'History of Council vote · Dateline'],
		[`/editor/t/${id}/v/1/`, 'Council vote · Dateline'],
		[`/t/${id}/`, 'Council vote · Dateline'],
		[`/embed/${id}/`, 'Council vote · Dateline']
	];
	for (const [path, title] of titles) {
		await page.goto(path);
		await expect(page, path).toHaveTitle(title);
	}
});
