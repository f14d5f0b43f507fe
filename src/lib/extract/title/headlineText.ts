/** A title's text as shown: one space between words, no quotation marks, a capital first. */
export function headline(text: string): string {
	const plain = text
		.replace(/["“”]|``|''/g, '')
		.replace(/\s+/g, ' ')
		.replace(/\s*,(?:\s*,)+/g, ',')
		.trim()
		.replace(/^(?:the|a|an)\s+(?=\S)/i, '');
	// "Mayor: River is falling": what a speaker said opens on a capital too.
	return (plain.charAt(0).toUpperCase() + plain.slice(1)).replace(
		/^([^:]{1,60}: )(\p{Ll})/u,
		(_, speaker: string, letter: string) => speaker + letter.toUpperCase()
	);
}
