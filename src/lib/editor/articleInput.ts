/**
 * An article as the editor takes it in, for a new draft (`intake.svelte.ts`) or one added to a
 * draft (`adding.svelte.ts`): pasted text (an HTML page reduced to its article) or a file read by
 * its name and content, and the words a refusal is said in.
 */
import { ImportError } from '$lib/data/importError';
import { looksLikeHtml, type ArticleInput, type ImportResult } from '$lib/data/importers';
import { NoArticleText, articleFromHtml } from '$lib/extract/htmlArticle';
import { DraftError } from './draft';
import { ExtractFailed } from './extractClient';

/** The name pasted text goes by, until a file is chosen. */
export const PASTED = 'pasted text';

/** The article in pasted `text`: an HTML page is reduced to its article. */
export async function pastedArticle(text: string): Promise<ArticleInput> {
	return looksLikeHtml(text) ? articleFromHtml(text) : { text };
}

/**
 * The article a file read as an article or a page holds (`readImport`'s result).
 *
 * @throws NoArticleText when it holds no text.
 */
export async function fileArticle(
	result: Exclude<ImportResult, { kind: 'dataset' }>
): Promise<ArticleInput> {
	const article = result.kind === 'html' ? await articleFromHtml(result.html) : result.article;
	if (!article.text.trim()) throw new NoArticleText('this file holds no text to read.');
	return article;
}

/** `message` about file `name`, which it starts with (the importers' reasons already do). */
export function aboutFile(name: string, message: string): string {
	return message.startsWith(`${name}: `) ? message : `${name}: ${message}`;
}

/** The message for a refusal: the importers', editor's and extractor's own words as they are. */
export function messageOf(error: unknown): string {
	if (
		error instanceof ImportError ||
		error instanceof DraftError ||
		error instanceof ExtractFailed ||
		error instanceof NoArticleText
	)
		return error.message;
	return `Something went wrong: ${(error as Error)?.message ?? String(error)}`;
}
