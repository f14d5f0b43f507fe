/**
 * SvelteKit's client imports `devalue` (1 kB gzip) for one thing a page in the browser does: read
 * the data of a page it navigates to (`__data.json`, in `process_stream`). A page's first load
 * never needs it (the server writes the page's data into the HTML as a script), so every reader's
 * page carried it for a navigation that most readers never make (issue 15). This build step has
 * `process_stream`, which is already asynchronous, import `devalue` when it runs, and removes the
 * client's own import of it (its other uses, in `pushState` and `replaceState`, are for
 * development builds only): the page's first load then leaves it out, and a navigation fetches
 * it beside the data (its chunk: `readerChunk.ts`).
 *
 * When a version of Kit no longer has that function, the build warns and goes on unchanged (the
 * page then weighs what it weighed before; `npm run bench -- --weights-only` shows it).
 */
import type { Plugin } from 'vite';
import { kitClientEdit } from './kitClientImports';

/** Kit's client's import of `devalue`'s namespace. */
const STATIC_IMPORT = /^import \* as devalue from 'devalue';\n/m;

/** Kit's client's import of its reader of newline-delimited JSON, which only that function reads. */
const NDJSON_IMPORT = /^import \{ read_ndjson \} from '\.\/ndjson\.js';\n/m;

/** The start of the function of Kit's client that reads a navigation's data. */
const PROCESS_STREAM = /(async function process_stream\(resolve, res\) \{\n)/;

/**
 * Kit's client code with `process_stream` importing `devalue` itself and the module's own import
 * of it gone, or null when the code has not both.
 *
 * @example
 * devalueWhenNavigating("import * as devalue from 'devalue';\nasync function process_stream(resolve, res) {\n\tdevalue.unflatten(x);");
 * // "async function process_stream(resolve, res) {\n\tconst devalue = await import('devalue');\n\tdevalue.unflatten(x);"
 */
export function devalueWhenNavigating(code: string): string | null {
	if (!STATIC_IMPORT.test(code) || !PROCESS_STREAM.test(code)) return null;
	// The reader of the answer's lines (`read_ndjson`, with the stream reader under it), used by
	// that function alone, comes with devalue (about 0.3 kB gzip).
	const lines = NDJSON_IMPORT.test(code)
		? "\tconst { read_ndjson } = await import('./ndjson.js');\n"
		: '';
	return code
		.replace(STATIC_IMPORT, '')
		.replace(NDJSON_IMPORT, '')
		.replace(PROCESS_STREAM, `$1\tconst devalue = await import('devalue');\n${lines}`);
}

/** The Vite plugin: applies `devalueWhenNavigating` to Kit's client when building for the browser. */
export function kitLazyDevalue(): Plugin {
	return kitClientEdit(
		'dateline:kit-lazy-devalue',
		devalueWhenNavigating,
		"SvelteKit's client no longer reads a navigation's data in `process_stream`: devalue stays in every page"
	);
}
