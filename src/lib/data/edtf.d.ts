// The `edtf` package ships no types; this declares the part Dateline uses.
declare module 'edtf' {
	interface Extended {
		/** Earliest instant covered, in UTC milliseconds. */
		min: number;
		/** Latest instant covered, in UTC milliseconds. */
		max: number;
		type: string;
		edtf: string;
	}
	export default function edtf(input: string, options?: Record<string, unknown>): Extended;
}
