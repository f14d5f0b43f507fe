import { describe, expect, it } from 'vitest';
import { devalueWhenNavigating } from './kitLazyDevalue';
import { installedKitClientCode } from './testing/kitClient';

describe('devalueWhenNavigating', () => {
	it('has the function reading a navigation import devalue, and drops the static import', () => {
		const code =
			"import * as devalue from 'devalue';\nimport { x } from './x.js';\nasync function process_stream(resolve, res) {\n\treturn devalue.unflatten(res);\n}";
		expect(devalueWhenNavigating(code)).toBe(
			"import { x } from './x.js';\nasync function process_stream(resolve, res) {\n\tconst devalue = await import('devalue');\n\treturn devalue.unflatten(res);\n}"
		);
	});

	it('answers null when either the import or the function is missing', () => {
		expect(devalueWhenNavigating("import * as devalue from 'devalue';\nf();")).toBeNull();
		expect(
			devalueWhenNavigating('async function process_stream(resolve, res) {\n\tg();\n}')
		).toBeNull();
	});

	it("edits the installed SvelteKit's client, whose only devalue call outside development is then in that function", () => {
		const edited = devalueWhenNavigating(installedKitClientCode());
		expect(edited).not.toBeNull();
		expect(edited).not.toMatch(/from 'devalue'/);
		const inFunction = edited!.slice(edited!.indexOf('async function process_stream'));
		const before = edited!.slice(0, edited!.indexOf('async function process_stream'));
		expect(inFunction).toContain("const devalue = await import('devalue');");
		// Before the function, devalue is used only in `if (DEV)` blocks (pushState, replaceState).
		const uses = [...before.matchAll(/devalue\.\w+\(/g)].map((m) => m.index);
		expect(uses.length).toBeGreaterThan(0);
		for (const at of uses) expect(before.slice(at - 400, at)).toContain('if (DEV) {');
	});
});
