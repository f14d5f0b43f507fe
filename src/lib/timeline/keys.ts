/**
 * The timeline's keys, as actions: arrows step to the previous or next event, Home and End to
 * the first and last, + and - zoom, Enter and Space open the event the focus is on, Escape closes
 * it. A key with Alt, Ctrl or Cmd is the browser's (Ctrl + and - zoom the page).
 */

export type KeyAction =
	| { type: 'step'; by: -1 | 1 }
	| { type: 'go'; to: 'first' | 'last' }
	| { type: 'zoom'; factor: number }
	| { type: 'open' }
	| { type: 'close' };

/**
 * What a key press asks the timeline to do, or null when the key is not one of its own.
 *
 * @example
 * keyAction({ key: 'ArrowRight' }); // { type: 'step', by: 1 }
 * keyAction({ key: '+', ctrlKey: true }); // null: the browser zooms the page
 */
export function keyAction(event: {
	key: string;
	altKey?: boolean;
	ctrlKey?: boolean;
	metaKey?: boolean;
}): KeyAction | null {
	if (event.altKey || event.ctrlKey || event.metaKey) return null;
	switch (event.key) {
		case 'ArrowRight':
		case 'ArrowDown':
			return { type: 'step', by: 1 };
		case 'ArrowLeft':
		case 'ArrowUp':
			return { type: 'step', by: -1 };
		case 'Home':
			return { type: 'go', to: 'first' };
		case 'End':
			return { type: 'go', to: 'last' };
		case '+':
		case '=':
			return { type: 'zoom', factor: 2 };
		case '-':
		case '_':
			return { type: 'zoom', factor: 0.5 };
		case 'Enter':
		case ' ':
			return { type: 'open' };
		case 'Escape':
			return { type: 'close' };
		default:
			return null;
	}
}

/**
 * The index of the event a step or jump lands on, among `count` events, from `current` (the event
 * the reader is on, or -1 before the first, or the one before the first in view).
 *
 * @example
 * stepTo({ type: 'step', by: 1 }, 4, 10); // 5
 * stepTo({ type: 'step', by: 1 }, 9, 10); // 9: the last stays the last
 */
export function stepTo(
	action: Extract<KeyAction, { type: 'step' | 'go' }>,
	current: number,
	count: number
): number {
	if (action.type === 'go') return action.to === 'first' ? 0 : count - 1;
	return Math.min(count - 1, Math.max(0, current + action.by));
}
