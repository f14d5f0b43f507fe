/**
 * Offsets into text are UTF-16 code units, as JavaScript counts them: a character beyond the
 * Basic Multilingual Plane (most emoji, some CJK) is two units, a surrogate pair, and an offset
 * between the two would cut it in half. Kept apart from the schema so the editor can check a
 * selection without loading zod.
 */

/**
 * Where the surrogate pair that `offset` falls inside starts, or null when `offset` falls
 * between characters.
 *
 * @example
 * pairAround('a🎉b', 2); // 1: between the two halves of 🎉
 * pairAround('a🎉b', 3); // null
 */
export function pairAround(text: string, offset: number): number | null {
	const before = text.charCodeAt(offset - 1);
	const after = text.charCodeAt(offset);
	return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff
		? offset - 1
		: null;
}
