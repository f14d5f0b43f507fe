/**
 * Groups as lanes (issue 16): a dataset whose events name groups draws each group in a band of
 * its own, named at its left edge (as text), with the events of no group in a band last; the
 * legend above shows and hides a group's band, and "Other events" the events of none, through
 * the reader's group filter, so the legend, the filter and the URL's `?group=` agree, on the
 * timeline page and in an embed. The legend passes axe.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import type { Dataset, TimelineEvent } from '../../src/lib/data/schema';
import { seed } from './helpers/editors';

const hostPort = Number(process.env.PORT ?? 4173) + 1;

// A hostile name: it must show as these very characters, never as markup.
const ARMED = '<b>Armed groups</b> & "militias"';
const IRAQ = 'Iraq';
const US = 'United States';

/** The seed's events, a few copied onto other days, in three groups and none. */
function groupedDataset(): Dataset {
	const [isis, soleimani, hamas, saidi, committee] = seed.events;
	const on = (event: TimelineEvent, day: string, id: string, title: string, group?: string) => ({
		...event,
		id,
		title,
		date: day,
		start: day,
		end: day,
		precision: 'day' as const,
		...(group ? { group } : {})
	});
	const grouped = (event: TimelineEvent, group?: string) => {
		const { group: _drop, ...rest } = event;
		return group ? { ...rest, group } : rest;
	};
	return {
		...seed,
		version: 2,
		id: 'grouped-lanes',
		title: 'Grouped lanes',
		// In reading order, as the timeline keeps them: the bands follow the groups' first events.
		events: [
			grouped(isis, ARMED),
			grouped(soleimani, US),
			grouped(hamas),
			grouped(saidi, ARMED),
			on(committee, '2024-01-03', 'iraq-cabinet', 'Cabinet meets on the coalition', IRAQ),
			on(soleimani, '2024-01-04', 'us-statement', 'Pentagon answers the strike reports', US),
			grouped(committee, IRAQ),
			on(saidi, '2024-01-06', 'armed-threat', 'Militias threaten new attacks', ARMED)
		]
	};
}

async function openGrouped(
	page: Page,
	request: APIRequestContext,
	path: '/' | '/embed/' = '/'
): Promise<Dataset> {
	const dataset = groupedDataset();
	const name = `grouped-${test.info().project.name}`;
	const response = await request.put(`http://127.0.0.1:${hostPort}/pages/${name}`, {
		data: Buffer.from(JSON.stringify(dataset)),
		headers: { 'content-type': 'application/json' }
	});
	expect(response.status()).toBe(204);
	const src = `http://localhost:${hostPort}/pages/${name}`;
	await page.goto(`${path}?src=${encodeURIComponent(src)}`);
	await expect(page.getByTestId('timeline').locator('[data-event-id]').first()).toBeVisible({
		timeout: 20_000
	});
	return dataset;
}

const legend = (page: Page) => page.getByRole('group', { name: /^Groups/ });
const band = (page: Page, group: string) =>
	page.getByTestId('timeline').locator(`[data-group="${group.replace(/["\\]/g, '\\$&')}"]`);

/** The drawn events' ids with their boxes. */
async function drawn(page: Page) {
	return page
		.getByTestId('timeline')
		.locator('[data-event-id]')
		.evaluateAll((marks) =>
			marks.map((m) => {
				const r = m.getBoundingClientRect();
				return { id: m.getAttribute('data-event-id')!, top: r.top, bottom: r.bottom };
			})
		);
}

test('each group draws its events in a band of its own, named at its left edge as text', async ({
	page,
	request
}) => {
	const dataset = await openGrouped(page, request);
	const groupOf = new Map(dataset.events.map((e) => [e.id, e.group ?? '']));
	// The bands, in the order the groups first appear, the events of no group last.
	const order = await page
		.getByTestId('timeline')
		.locator('[data-group]')
		.evaluateAll((bands) => bands.map((b) => b.getAttribute('data-group')));
	expect(order).toEqual([ARMED, US, IRAQ, '']);
	for (const [group, name] of [
		[IRAQ, IRAQ],
		[ARMED, ARMED],
		[US, US],
		['', 'Other events']
	]) {
		const label = band(page, group).locator('.band-name');
		await expect(label).toBeVisible();
		expect(await label.evaluate((el) => el.textContent)).toBe(name);
		await expect(band(page, group).locator('b')).toHaveCount(0);
	}
	const marks = await drawn(page);
	const groupsDrawn = new Set(marks.map((m) => groupOf.get(m.id)));
	expect(groupsDrawn.size, 'the opening view shows events of several groups').toBeGreaterThan(1);
	for (const mark of marks) {
		const box = (await band(page, groupOf.get(mark.id)!).boundingBox())!;
		expect(mark.top, `${mark.id} starts inside its group's band`).toBeGreaterThanOrEqual(box.y);
		expect(mark.bottom, `${mark.id} ends inside its group's band`).toBeLessThanOrEqual(
			box.y + box.height + 0.5
		);
	}
});

test('a legend toggle hides its group’s marks and says so in the URL; again, brings them back', async ({
	page,
	request
}) => {
	const dataset = await openGrouped(page, request);
	const armed = dataset.events.filter((e) => e.group === ARMED).map((e) => e.id);
	const toggle = legend(page).getByRole('button', { name: ARMED });
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	const before = (await drawn(page)).map((m) => m.id);
	expect(before.some((id) => armed.includes(id))).toBe(true);

	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	await expect(band(page, ARMED)).toHaveCount(0);
	for (const id of armed) await expect(page.locator(`[data-event-id="${id}"]`)).toHaveCount(0);
	// Every other entry is kept, "Other events" (`group=` with nothing after it) among them.
	await expect.poll(() => new URL(page.url()).searchParams.getAll('group')).toEqual([US, IRAQ, '']);
	// The other groups' events stay.
	expect((await drawn(page)).length).toBeGreaterThan(0);

	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	await expect(band(page, ARMED)).toHaveCount(1);
	await expect
		.poll(async () => (await drawn(page)).map((m) => m.id).sort())
		.toEqual([...before].sort());
	await expect.poll(() => new URL(page.url()).searchParams.getAll('group')).toEqual([]);
});

test('a link with ?group= opens with the other groups hidden in the legend', async ({
	page,
	request
}) => {
	await openGrouped(page, request);
	await page.goto(`${page.url().split('#')[0]}&group=${encodeURIComponent(US)}`);
	await expect(legend(page).getByRole('button', { name: US })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await expect(legend(page).getByRole('button', { name: IRAQ })).toHaveAttribute(
		'aria-pressed',
		'false'
	);
	// The last group shown cannot be hidden: no filter could say "none".
	await expect(legend(page).getByRole('button', { name: US })).toBeDisabled();
	await expect(band(page, US)).toHaveCount(1);
	await expect(band(page, IRAQ)).toHaveCount(0);
});

test('"Other events" in the legend hides the events of no group and says so in the URL; again, brings them back', async ({
	page,
	request
}) => {
	const dataset = await openGrouped(page, request);
	const others = dataset.events.filter((e) => e.group === undefined).map((e) => e.id);
	const toggle = legend(page).getByRole('button', { name: 'Other events' });
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	await expect(band(page, '')).toHaveCount(1);

	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	await expect(band(page, '')).toHaveCount(0);
	for (const id of others) await expect(page.locator(`[data-event-id="${id}"]`)).toHaveCount(0);
	await expect
		.poll(() => new URL(page.url()).searchParams.getAll('group'))
		.toEqual([ARMED, US, IRAQ]);
	// The list under the timeline follows: the events of no group are gone from it too.
	await expect(page.locator('section.list')).not.toContainText(
		dataset.events.find((e) => e.group === undefined)!.title
	);

	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	await expect(band(page, '')).toHaveCount(1);
	await expect.poll(() => new URL(page.url()).searchParams.getAll('group')).toEqual([]);
});

test('a link with ?group= and nothing after it shows the events of no group alone, named in the filters', async ({
	page,
	request
}) => {
	const dataset = await openGrouped(page, request);
	await page.goto(`${page.url().split('#')[0]}&group=`);
	await expect(legend(page).getByRole('button', { name: 'Other events' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	for (const group of [ARMED, US, IRAQ])
		await expect(legend(page).getByRole('button', { name: group })).toHaveAttribute(
			'aria-pressed',
			'false'
		);
	// With no group's events left to set apart, the timeline draws them in its one set of lanes.
	await expect(page.getByTestId('timeline').locator('[data-group]')).toHaveCount(0);
	const drawnIds = (await drawn(page)).map((m) => m.id);
	const others = new Set(dataset.events.filter((e) => e.group === undefined).map((e) => e.id));
	expect(drawnIds.length).toBeGreaterThan(0);
	expect(drawnIds.filter((id) => !others.has(id))).toEqual([]);
	// The filter's chip names it as the legend does.
	await expect(
		page.getByRole('button', { name: 'Remove the filter Group: Other events' })
	).toBeVisible();
});

test('a timeline without groups has no legend and no bands, as before groups', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByTestId('timeline').locator('[data-event-id]').first()).toBeVisible();
	// The search bar's code loads with the reader's first move: the legend would come with it.
	await page.mouse.move(20, 20);
	await expect(page.getByRole('searchbox', { name: 'Search' })).toBeVisible();
	await expect(legend(page)).toHaveCount(0);
	await expect(page.getByTestId('timeline').locator('[data-group]')).toHaveCount(0);
});

test('the legend shows in an embed, wraps within a phone’s width above the timeline, and hides a group @phone', async ({
	page,
	request
}) => {
	const dataset = await openGrouped(page, request, '/embed/');
	const entries = legend(page).getByRole('button');
	await expect(entries).toHaveText(
		[ARMED, US, IRAQ, 'Other events'].map((n) => new RegExp(escape(n)))
	);
	const width = page.viewportSize()!.width;
	const box = (await legend(page).boundingBox())!;
	const timeline = (await page.getByTestId('timeline').boundingBox())!;
	expect(box.x).toBeGreaterThanOrEqual(0);
	expect(box.x + box.width).toBeLessThanOrEqual(width);
	expect(box.y + box.height, 'the legend ends above the timeline').toBeLessThanOrEqual(timeline.y);
	for (const entry of await entries.all()) {
		const b = (await entry.boundingBox())!;
		expect(b.x + b.width, 'each entry within the frame').toBeLessThanOrEqual(width);
	}

	const armed = dataset.events.filter((e) => e.group === ARMED).map((e) => e.id);
	await legend(page).getByRole('button', { name: ARMED }).click();
	await expect(band(page, ARMED)).toHaveCount(0);
	for (const id of armed) await expect(page.locator(`[data-event-id="${id}"]`)).toHaveCount(0);
	await expect.poll(() => new URL(page.url()).searchParams.getAll('group')).toEqual([US, IRAQ, '']);
});

/** `text` as a regular expression matching it literally. */
function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

for (const scheme of ['light', 'dark'] as const) {
	test(`the groups' legend has no axe violations in the ${scheme} theme`, async ({
		page,
		request
	}) => {
		await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
		await openGrouped(page, request);
		await legend(page).getByRole('button', { name: US }).click();
		await expect(legend(page).getByRole('button', { name: US })).toHaveAttribute(
			'aria-pressed',
			'false'
		);
		const results = await new AxeBuilder({ page })
			.include('[role="group"][aria-label^="Groups"]')
			.analyze();
		const summary = results.violations.map(
			(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`
		);
		expect(summary).toEqual([]);
	});
}
