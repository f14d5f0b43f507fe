import { describe, expect, it } from 'vitest';
import { title } from './testing';

describe('comparison', () => {
	it('ends a title before a comparison with the past: "the first … since 2001"', () => {
		expect(
			title('Kovac became the first Croatian to reach a final since 2001 on Saturday.', 'Saturday')
		).toBe('Kovac became the first Croatian to reach a final');
		expect(
			title('Turnout was the highest since the 1990 election in the city on Sunday.', 'Sunday')
		).toBe('Turnout was the highest in the city');
	});

	it("titles the comparison's own date with the earlier happening it names", () => {
		const sentence =
			'Marta Kovac won the title on Saturday, becoming the first woman to win it in straight sets since Serena Williams in 2017.';
		expect(title(sentence, 'Saturday')).toBe('Marta Kovac won the title');
		const earlier = title(sentence, '2017');
		expect(earlier).toMatch(/^Serena Williams won (?:it|the title) in straight sets$/);
		expect(earlier).not.toMatch(/Kovac|since/);
	});

	it('keeps "since" that dates the happening itself', () => {
		expect(title('The rebels have held the town since March.', 'March')).toBe(
			'Rebels have held the town'
		);
	});
});
