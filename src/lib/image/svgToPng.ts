/**
 * An SVG document drawn into a PNG, in the browser: the image is loaded from the SVG's own text
 * (a `data:` URL, so nothing leaves the page and the pages' Content-Security-Policy, which admits
 * `data:` images and not `blob:` ones, lets it load) and painted on a canvas at `scale` times its
 * size, for sharp print and social posts.
 */

/**
 * A PNG of an SVG document `width` × `height` pixels, drawn `scale` times as large.
 *
 * @throws Error when the browser cannot draw the SVG or make the PNG.
 */
export async function svgToPng(
	svg: string,
	width: number,
	height: number,
	scale = 2
): Promise<Blob> {
	const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
	const image = new Image();
	image.decoding = 'async';
	const loaded = new Promise<void>((resolve, reject) => {
		image.onload = () => resolve();
		image.onerror = () => reject(new Error('the browser could not draw the timeline as an image'));
	});
	image.src = url;
	await loaded;
	const canvas = document.createElement('canvas');
	canvas.width = Math.round(width * scale);
	canvas.height = Math.round(height * scale);
	const context = canvas.getContext('2d');
	if (!context) throw new Error('the browser gave no canvas to draw on');
	context.scale(scale, scale);
	context.drawImage(image, 0, 0, width, height);
	return await new Promise<Blob>((resolve, reject) =>
		canvas.toBlob(
			(blob) => (blob ? resolve(blob) : reject(new Error('the browser made no PNG'))),
			'image/png'
		)
	);
}
