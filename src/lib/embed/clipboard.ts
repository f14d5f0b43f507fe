/**
 * Copies a snippet to the clipboard (browser), for the Embed panel and the editor's Publish
 * panel: through the Clipboard API where the page may use it, else by selecting the text of the
 * field that shows it and copying that the old way; when neither works the text is left selected
 * for the reader to copy. Resolves to what to tell them.
 *
 * @example
 * status = await copySnippet(snippet, textarea); // 'Copied to the clipboard.'
 */
export async function copySnippet(
	text: string,
	field: HTMLTextAreaElement | undefined
): Promise<string> {
	try {
		await navigator.clipboard.writeText(text);
		return 'Copied to the clipboard.';
	} catch {
		// No clipboard API (an insecure origin, an old browser, a denied permission): fall back
		// to copying the selected text the old way.
	}
	field?.focus();
	field?.select();
	let copied = false;
	try {
		copied = document.execCommand('copy');
	} catch {
		copied = false;
	}
	return copied
		? 'Copied to the clipboard.'
		: 'The snippet is selected: press Ctrl+C (⌘C on a Mac) to copy it.';
}
