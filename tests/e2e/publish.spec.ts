/**
 * Publishing from the browser (issue 13), as a newsroom lives it: an editor signs in and
 * publishes; the snippet goes into an article on another site, where readers see the timeline;
 * each update reaches that article on its next load, with the snippet unchanged; a withdrawal
 * leaves a notice, not a blank frame. Writes without a session, or from another site, change
 * nothing.
 */
import { expect, test, type Page } from '@playwright/test';
import { publishFromPage, signIn, timeline, uniqueId } from './helpers/editors';

const hostPort = Number(process.env.PORT ?? 4173) + 1;
// The host page is opened as `localhost`, another site than Dateline's 127.0.0.1.
const hostOrigin = `http://localhost:${hostPort}`;

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

test.describe('publishing a timeline and embedding it on another site', () => {
	test('readers see each update on their next load, and a notice once it is withdrawn', async ({
		page
	}) => {
		const id = uniqueId('published');
		await signIn(page);

		// Publish: a new timeline, and the snippet to paste.
		const first = await publishFromPage(page, timeline(id, 'First title of the story'), null);
		expect(first.status).toBe(201);
		expect(first.body).toMatchObject({ id, version: 1 });
		const snippet = first.body.snippet!;
		expect(snippet).toContain(`/embed/${id}/`);

		// The newsroom pastes it into an article on its own site.
		const url = await hostPage(page, id, article(snippet));
		const reader = await page.context().newPage();
		await reader.goto(url);
		const embed = reader.frameLocator('iframe[data-dateline]');
		await expect(embed.getByRole('heading', { name: 'First title of the story' })).toBeVisible();
		await expect(embed.getByTestId('timeline')).toBeVisible();

		// An update: the same snippet shows it on the next load.
		const second = await publishFromPage(page, timeline(id, 'Second title, after the update'), 1);
		expect(second.status).toBe(200);
		expect(second.body.version).toBe(2);
		expect(second.body.snippet).toBe(
			snippet.replace('First title of the story', 'Second title, after the update')
		);
		await reader.reload();
		await expect(
			embed.getByRole('heading', { name: 'Second title, after the update' })
		).toBeVisible();
		await reader.goto(`/t/${id}/`);
		await expect(reader.locator('h1')).toHaveText('Second title, after the update');

		// Withdraw, from the timeline's history.
		await page.goto(`/editor/t/${id}/`);
		await page.getByText('Withdraw this timeline…').click();
		await page.getByRole('button', { name: /^Withdraw “/ }).click();
		await expect(page.getByRole('status')).toContainText('Withdrawn');

		await reader.goto(url);
		const frame = reader.locator('iframe[data-dateline]');
		await expect(embed.getByRole('heading', { name: 'This timeline was withdrawn' })).toBeVisible();
		// Not a blank frame: it is sized to its notice, which /embed.js was told.
		await expect
			.poll(() => frame.evaluate((f) => Math.round(f.getBoundingClientRect().height)))
			.toBeLessThan(200);
		const gone = await reader.goto(`/t/${id}/`);
		expect(gone?.status()).toBe(410);
		await expect(reader.locator('h1')).toHaveText('This timeline was withdrawn');
		expect((await reader.request.get(`/t/${id}.json`)).status()).toBe(410);
	});

	test('publishing without a session is refused with 401 and changes nothing', async ({ page }) => {
		const id = uniqueId('unsigned');
		await signIn(page);
		expect((await publishFromPage(page, timeline(id, 'Signed in'), null)).status).toBe(201);
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

	test('a form posted from another site is refused, even with the editor signed in', async ({
		page
	}) => {
		const id = uniqueId('cross-site');
		await signIn(page);
		expect((await publishFromPage(page, timeline(id, 'Stays published'), null)).status).toBe(201);
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
