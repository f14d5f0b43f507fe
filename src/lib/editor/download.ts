/**
 * Downloads built in the page (no server): a Blob behind a temporary link with `download`.
 * Browser-only.
 */

/** Offers `text` to the person as a file named `name`. */
export function downloadText(name: string, text: string, type: string): void {
	downloadBlob(name, new Blob([text], { type }));
}

/** Offers a Blob (an image, a file) to the person as a file named `name`. */
export function downloadBlob(name: string, blob: Blob): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	// Revoke later: Chromium reads the Blob after the click returns.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
