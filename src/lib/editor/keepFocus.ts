/**
 * Keeping the focus on the page through a change to the draft's events: a deleted card, a merge
 * form that closes or an Undo button that a step disables would otherwise leave it on the body
 * (and a phone's reader far down the page). Where it goes is `focusAfter`'s; this finds the
 * elements and moves it. Browser-only.
 */
import { tick } from 'svelte';
import { chronological } from '$lib/data/partialDate';
import type { Dataset } from '$lib/data/schema';
import { focusAfter, type FocusOrigin, type FocusTarget } from './focusAfter';
import { reveal } from './reveal';

/** An event's card in the review list (the timeline's marks carry the event id too). */
const CARD = 'article.event[data-event-id]';

/** The event ids of the cards, in the order the review lists them. */
function cardOrder(dataset: Dataset | null): string[] {
	return dataset ? chronological(dataset.events).map((e) => e.id) : [];
}

function originOf(element: Element | null): FocusOrigin {
	const card = element?.closest<HTMLElement>(CARD)?.dataset.eventId;
	if (card !== undefined) return { card };
	const button = element?.closest<HTMLElement>('[data-history]')?.dataset.history;
	return button === 'undo' || button === 'redo' ? { button } : null;
}

function elementOf(target: NonNullable<FocusTarget>): HTMLElement | null {
	return 'card' in target
		? document.querySelector<HTMLElement>(
				`${CARD}[data-event-id="${CSS.escape(target.card)}"] h3 button`
			)
		: document.querySelector<HTMLElement>(`[data-history="${target.button}"]:not(:disabled)`);
}

/**
 * Makes `change` to the draft (read through `draft`, before and after), then, once the page shows
 * it, moves the focus where `focusAfter` says: the card an undo brought back, else, if the
 * change took the focused control away, the neighbouring card, the card itself, or Undo/Redo.
 * A card is brought into view under the sticky toolbar; the toolbar is always in view.
 *
 * @example
 * keepingFocus(() => session.dataset, () => session.deleteEvent(id));
 */
export async function keepingFocus(draft: () => Dataset | null, change: () => unknown) {
	const focused = document.activeElement;
	const from = originOf(focused);
	const before = cardOrder(draft());
	change();
	await tick();
	const lost =
		!focused ||
		!focused.isConnected ||
		(focused as HTMLButtonElement).disabled === true ||
		document.activeElement === document.body ||
		document.activeElement === null;
	const target = focusAfter(before, cardOrder(draft()), from, lost);
	const element = target && elementOf(target);
	if (!element) return;
	if (target && 'card' in target) reveal(element, null);
	else element.focus({ preventScroll: true });
}
