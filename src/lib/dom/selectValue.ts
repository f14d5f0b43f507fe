/**
 * Shows `value` as a `<select>`'s choice, as an attachment (`{@attach selectValue(x)}`, which runs
 * again whenever `x` changes), with its `onchange` reading the reader's choice back.
 *
 * Svelte's own `value={x}` on a `<select>` does the same through its select-binding runtime (a
 * MutationObserver over the options, multiple selections, option objects as values), 0.4 kB gzip
 * that came with every reader's page for one select that only a dataset with importance shows
 * (issue 15). The selects here have string values, a single choice, and are only ever made in
 * the browser, never hydrated (a prerendered select would still need its `selected` option).
 *
 * @example
 * <select {@attach selectValue(order)} onchange={(e) => (order = e.currentTarget.value)}>
 */
export function selectValue(value: string): (select: { value: string }) => void {
	return (select) => {
		select.value = value;
	};
}
