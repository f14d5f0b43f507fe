import { describe, expect, it } from 'vitest';
import { title } from './testing';

describe('statementDate', () => {
	it('titles the whole saying when the clause step picked its last clause with the attribution', () => {
		expect(
			title(
				'Repairing the old dam is not simple and it can take weeks to check that the new gates are actually sealed, an engineer said on Tuesday.',
				'Tuesday'
			)
		).toMatch(/^Repairing the old dam is not simple/);
	});

	it('titles the date of a trailing "police said on Thursday" with what police said happened', () => {
		const said = title(
			'Fourteen people died when a bus plunged into a ravine on Wednesday, police said on Thursday.',
			'Thursday'
		);
		expect(said).toMatch(/^Fourteen people died when a bus plunged into a ravine/);
		expect(said).not.toMatch(/police|said|Thursday/i);
		expect(
			title(
				'Rescuers pulled two men from the rubble overnight, the fire service said on Sunday.',
				'Sunday'
			)
		).toBe('Rescuers pulled two men from the rubble overnight');
	});

	it('titles what was said when a clause of its own follows the attribution', () => {
		const said = title(
			'No water appeared to be leaking from the dam that cracked during the storm, the county said Friday, though crews were still checking the gates.',
			'Friday'
		);
		expect(said).toMatch(/^No water appeared to be leaking from the dam/);
		expect(said).not.toMatch(/said|crews/i);
	});

	it('reads the attribution whose speaker the clause step left before it: "…, a newspaper reported Friday"', () => {
		expect(
			title(
				'Tanzania expelled five men who were questioned by police about the attack last month, a newspaper reported Friday.',
				'Friday'
			)
		).toMatch(/^Tanzania expelled five men/);
	});

	it("reads past the quotation's closing mark to its speaker: '…,\" Mayor Ann Lee told Reuters on Friday'", () => {
		expect(
			title(
				'"The town will rebuild the pier, which is the oldest on the coast," Mayor Ann Lee told Reuters on Friday.',
				'Friday'
			)
		).toBe('Mayor Ann Lee: Town will rebuild the pier');
	});

	it("reads a statement whose clause opens on the quotation's closing mark", () => {
		expect(
			title(
				'"The band can fill the arena, even when most fans have no tickets," promoter Jim Bell told Reuters on Friday.',
				'Friday'
			)
		).toBe('Promoter Jim Bell: Band can fill the arena, even when most fans have no tickets');
	});
});
