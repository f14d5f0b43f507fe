/**
 * A panel that takes files dropped on it (the article, or articles to add): it says it is a
 * drop target while files are dragged over it (`dragging`, for its outline) and hands what is
 * dropped to `ondrop`. The browser's own handling (opening the file in place of the page) is
 * prevented over it.
 *
 * @example
 * const zone = new DropZone((files) => session.adding.addFiles(files));
 * // <section class:dragging={zone.dragging} {@attach zone.attach}>
 */
import type { Attachment } from 'svelte/attachments';

export class DropZone {
	/** True while files are dragged over the panel. */
	dragging = $state(false);

	constructor(private readonly ondrop: (files: File[]) => void) {}

	readonly attach: Attachment<HTMLElement> = (node) => {
		const over = (event: DragEvent) => {
			event.preventDefault();
			this.dragging = true;
		};
		const leave = () => (this.dragging = false);
		const drop = (event: DragEvent) => {
			event.preventDefault();
			this.dragging = false;
			this.ondrop([...(event.dataTransfer?.files ?? [])]);
		};
		node.addEventListener('dragover', over);
		node.addEventListener('dragleave', leave);
		node.addEventListener('drop', drop);
		return () => {
			node.removeEventListener('dragover', over);
			node.removeEventListener('dragleave', leave);
			node.removeEventListener('drop', drop);
		};
	};
}
