import { describe, expect, it } from 'vitest';
import { errorPageWhenShown } from './kitLazyErrorPage';
import { installedKitClientCode } from './testing/kitClient';

describe('errorPageWhenShown', () => {
	it('drops the early load of the root error page, and keeps the layout’s', () => {
		expect(
			errorPageWhenShown('\tvoid default_layout_loader();\n\tvoid default_error_loader();\n')
		).toBe('\tvoid default_layout_loader();\n');
	});

	it('answers null when there is no early load to drop', () => {
		expect(errorPageWhenShown('\tvoid default_layout_loader();\n')).toBeNull();
	});

	it("edits the installed SvelteKit's client, which still loads the error page where it shows one", () => {
		const edited = errorPageWhenShown(installedKitClientCode());
		expect(edited).not.toBeNull();
		expect(edited).not.toMatch(/void default_error_loader\(\)/);
		expect(edited).toMatch(/node: await default_error_loader\(\)/);
	});
});
