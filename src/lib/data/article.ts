/**
 * An article as the importers read it and the extractor takes it. Its own module, below both, so
 * that the importers need not import the extractor and the extractor's files need not import its
 * entry point.
 */

/** An article to extract from. `published` is ISO 8601 as stated, e.g. `'2024-01-08T10:19'`. */
export interface ArticleInput {
	text: string;
	title?: string;
	publisher?: string;
	author?: string;
	url?: string;
	published?: string;
	id?: string;
}
