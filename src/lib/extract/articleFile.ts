/**
 * Article files as the command line and the editor receive them: plain text (the raw seed, as
 * is) or Markdown with YAML front matter, plus an optional `<name>.meta.yaml` sidecar. Pure: the
 * caller reads the files.
 */
import { parse as parseYaml } from 'yaml';
import { ExtractError } from './errors';
import type { ArticleInput } from '../data/article';
import { articleHeadline } from './sentences';

const META_KEYS = ['id', 'title', 'publisher', 'author', 'url', 'published'] as const;
const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * An article from a file's content and, if present, its sidecar metadata (YAML). The sidecar
 * wins over front matter; the text's first line is the title when neither gives one.
 *
 * @example
 * readArticle('000_seed.txt', content, 'id: iraq-coalition-exit\npublished: 2024-01-08T10:19');
 */
export function readArticle(name: string, content: string, sidecar?: string): ArticleInput {
	let text = content;
	let meta: Record<string, unknown> = {};
	const front = /\.(?:md|markdown)$/i.test(name) ? FRONT_MATTER.exec(content) : null;
	if (front) {
		meta = metadata(front[1], `${name} (front matter)`);
		text = content.slice(front[0].length);
	}
	if (sidecar !== undefined) meta = { ...meta, ...metadata(sidecar, sidecarName(name)) };
	const article: ArticleInput = { text };
	for (const key of META_KEYS) {
		const value = Object.hasOwn(meta, key) ? meta[key] : undefined;
		if (value === undefined || value === null) continue;
		article[key] = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
	}
	if (!article.title) {
		const line = articleHeadline(text);
		if (line) article.title = line;
	}
	return article;
}

/** The sidecar metadata file beside an article: `000_x.txt` -> `000_x.meta.yaml`. */
export function sidecarName(name: string): string {
	return name.replace(/\.[^./\\]+$/, '') + '.meta.yaml';
}

function metadata(yaml: string, where: string): Record<string, unknown> {
	let value: unknown;
	try {
		value = parseYaml(yaml);
	} catch (error) {
		throw new ExtractError(`${where}: not valid YAML: ${(error as Error).message}`);
	}
	if (value === null || value === undefined) return {};
	if (typeof value !== 'object' || Array.isArray(value))
		throw new ExtractError(
			`${where}: expected a mapping of id, title, publisher, author, url, published`
		);
	return value as Record<string, unknown>;
}
