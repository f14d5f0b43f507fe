import { describe, expect, it } from 'vitest';
import { title } from './testing';

describe('standIn', () => {
	it('names what "the group" stands for', () => {
		expect(
			title(
				'Residents fear the Northern Front will return after the group seized the pass in 2019.',
				'2019'
			)
		).toBe('Northern Front seized the pass');
	});

	it('names the nearest body of its kind, with "the" or without, never a person', () => {
		expect(
			title(
				'The heads of the Environmental Protection Agency and the Department of Energy told Acme chief executive Tom Hale on Thursday that the company had fallen short of its promises.',
				'Thursday'
			)
		).toBe('Acme had fallen short of its promises');
		expect(
			title(
				'The EPA told Acme officials Wednesday that the company had a day to reply.',
				'Wednesday'
			)
		).toBe('Acme had a day to reply');
	});
});
