/**
 * Links are rendered only for http(s): never `javascript:`, `data:` or relative URLs.
 * Kept apart from the schema so that the reader's page can check a link without loading zod.
 *
 * @example
 * isHttpUrl('https://justthenews.com/'); // true
 * isHttpUrl('javascript:alert(1)'); // false
 */
export function isHttpUrl(s: string): boolean {
	try {
		const url = new URL(s);
		return url.protocol === 'http:' || url.protocol === 'https:';
	} catch {
		return false;
	}
}
