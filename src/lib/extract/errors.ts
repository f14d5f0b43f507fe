/** Thrown when an article cannot be turned into a dataset; the message says why and what to do. */
export class ExtractError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ExtractError';
	}
}
