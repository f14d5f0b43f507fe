import { describe, expect, it } from 'vitest';
import { selectValue } from './selectValue';

describe('selectValue', () => {
	it("sets the select's value to the one given, each time it is attached", () => {
		const select = { value: 'date' };
		selectValue('importance')(select);
		expect(select.value).toBe('importance');
		selectValue('')(select);
		expect(select.value).toBe('');
	});
});
