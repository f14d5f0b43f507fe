/**
 * An event card's actions in the draft under review (/new/): where the focus goes when a card is
 * deleted or merged and when Undo or Redo takes a step (never the page's body: WAI-ARIA
 * Authoring Practices hand a removed item's focus to its neighbour), and what the date field
 * says of a day the calendar lacks. Driven with real clicks and keys, at desktop and phone widths.
 */
import { expect, test, type Page } from '@playwright/test';
import { reviewDraft } from './helpers/editors';

// An invented story: four dated happenings, each in its own sentence.
const ARTICLE = [
	'River ferry returns after a long refit',
	'',
	'Published: March 12, 2024',
	'',
	'The county withdrew the Millbrook ferry from service on Jan. 3, 2022 after inspectors found rust in its hull.',
	'',
	'A shipyard in Porthaven began the refit in June 2022, replacing the engines and the deck.',
	'',
	'The new engines passed their sea trials on Nov. 18, 2023, the shipyard said.',
	'',
	'The ferry carried its first passengers again on March 11, 2024.'
].join('\n');

const cards = (page: Page) => page.locator('article.event');

/** The button that heads the card of event `id`, which names the event. */
const headingOf = (page: Page, id: string) =>
	page.locator(`article.event[data-event-id="${id}"] h3 button`);

async function idsOf(page: Page): Promise<string[]> {
	return cards(page).evaluateAll((all) => all.map((el) => (el as HTMLElement).dataset.eventId!));
}

/** Presses the card's Delete button from the keyboard, as a keyboard user would. */
async function deleteByKeyboard(page: Page, id: string) {
	await page
		.locator(`article.event[data-event-id="${id}"]`)
		.getByRole('button', {
			name: /^Delete/
		})
		.focus();
	await page.keyboard.press('Enter');
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const politeStatus = (page: Page) => page.locator('[role="status"][aria-live="polite"]').first();

test.describe('an event card hands the focus on when it goes', () => {
	// Many steps, each a change saved in the browser: room for a loaded two-core machine.
	test.describe.configure({ timeout: 60_000 });

	test('deleting hands the focus to the next card, the one before after the last, and Undo when none is left; Undo brings each back focused @phone', async ({
		page
	}) => {
		await reviewDraft(page, ARTICLE);
		const ids = await idsOf(page);
		expect(ids.length, 'the invented story gives several events').toBeGreaterThanOrEqual(3);

		// A card in the middle: its next card takes the focus, in view, and the deletion is said.
		await deleteByKeyboard(page, ids[1]);
		await expect(cards(page)).toHaveCount(ids.length - 1);
		await expect(headingOf(page, ids[2])).toBeFocused();
		await expect(headingOf(page, ids[2])).toBeInViewport();
		await expect(politeStatus(page)).toHaveText(/^Delete “.+”\.$/);

		// Undo (clicked) brings the card back and focuses it.
		await page.getByRole('button', { name: /^Undo/ }).click();
		await expect(cards(page)).toHaveCount(ids.length);
		await expect(headingOf(page, ids[1])).toBeFocused();
		await expect(headingOf(page, ids[1])).toBeInViewport();
		await expect(politeStatus(page)).toHaveText(/^Undid: Delete “.+”\.$/);

		// The last card: the card before it takes the focus.
		const last = ids.length - 1;
		await deleteByKeyboard(page, ids[last]);
		await expect(headingOf(page, ids[last - 1])).toBeFocused();

		// Every card gone: Undo, which can bring them back, takes the focus.
		for (const id of ids.slice(0, last).reverse()) await deleteByKeyboard(page, id);
		await expect(cards(page)).toHaveCount(0);
		const undo = page.getByRole('button', { name: /^Undo/ });
		await expect(undo).toBeFocused();
		// Undo from the keyboard brings the first card back, focused.
		await page.keyboard.press('Enter');
		await expect(headingOf(page, ids[0])).toBeFocused();
	});

	test('merging gives the focus back to the kept card; Undo and Redo focus what returns, or hand the focus to each other when their step disables them @phone', async ({
		page
	}) => {
		await reviewDraft(page, ARTICLE);
		const [kept, folded] = await idsOf(page);
		const card = page.locator(`article.event[data-event-id="${kept}"]`);
		await card.getByRole('button', { name: /^Merge…/ }).click();
		await card.getByLabel('Merge into this event').selectOption(folded);
		await card.getByRole('button', { name: 'Merge', exact: true }).click();
		await expect(page.locator(`article.event[data-event-id="${folded}"]`)).toHaveCount(0);
		await expect(headingOf(page, kept)).toBeFocused();

		// The one step undone: Undo is disabled, and the card it brought back has the focus.
		const undo = page.getByRole('button', { name: /^Undo/ });
		const redo = page.getByRole('button', { name: /^Redo/ });
		await undo.click();
		await expect(undo).toBeDisabled();
		await expect(headingOf(page, folded)).toBeFocused();

		// Redone: Redo is disabled and its card gone, so Undo takes the focus.
		await redo.focus();
		await page.keyboard.press('Enter');
		await expect(redo).toBeDisabled();
		await expect(page.locator(`article.event[data-event-id="${folded}"]`)).toHaveCount(0);
		await expect(undo).toBeFocused();

		// A step that brings no card back (a retitle's), its Undo then disabled: Redo takes the focus.
		await undo.click();
		await expect(headingOf(page, folded)).toBeFocused();
		const edit = card.getByRole('button', { name: /^Edit/ });
		await edit.click();
		// The form opens with the focus where an edit starts.
		await expect(card.getByLabel('Title')).toBeFocused();
		await card.getByLabel('Title').fill('The ferry is withdrawn for repairs');
		await card.getByLabel('Title').press('Enter');
		await expect(headingOf(page, kept)).toHaveText('The ferry is withdrawn for repairs');
		// The form closed, and its Edit button has the focus back.
		await expect(edit).toBeFocused();
		await undo.click();
		await expect(undo).toBeDisabled();
		await expect(redo).toBeFocused();
		await expect(headingOf(page, kept)).not.toHaveText('The ferry is withdrawn for repairs');
	});
});

test('a day the calendar lacks, typed in words in the event editor, is refused with the calendar reason @phone', async ({
	page
}) => {
	await reviewDraft(page, ARTICLE);
	const [id] = await idsOf(page);
	const card = page.locator(`article.event[data-event-id="${id}"]`);
	const before = await card.locator('time').innerText();
	await card.getByRole('button', { name: /^Edit/ }).click();
	const date = card.getByLabel('Date', { exact: true });
	await date.fill('April 31, 2010');
	await date.press('Enter');

	const reason = '“April 31, 2010” is not a date on the calendar: April 2010 has 30 days.';
	await expect(date).toBeFocused();
	await expect(date).toHaveAttribute('aria-invalid', 'true');
	await expect(date).toHaveAccessibleDescription(new RegExp(escapeRegExp(reason)));
	await expect(card.getByText(reason)).toBeInViewport();
	await expect(card.getByText('is not a date this page can read')).toHaveCount(0);
	await expect(card.locator('time')).toHaveText(before);

	// The day before it is a day: saved, and the card says it.
	await date.fill('April 30, 2010');
	await card.getByRole('button', { name: 'Save changes' }).click();
	await expect(card.locator('time')).toHaveText(/Apr(il|\.) 30, 2010/);
});
