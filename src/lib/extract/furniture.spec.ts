import { describe, expect, it } from 'vitest';
import { isFurniture } from './furniture';

describe('isFurniture', () => {
	it('reads datelines, stamps and bylines on a line of their own as furniture', () => {
		expect(isFurniture('DUBAI (Reuters) -')).toBe(true);
		expect(isFurniture('Fri Oct 21, 2011 7:47am EDT')).toBe(true);
		expect(isFurniture('By Jane Doe and John Roe')).toBe(true);
	});

	it('keeps the story glued after a stamp, but not a stamp with no sentence after it', () => {
		expect(isFurniture('Updated 9:15 p.m. ET. Crews fought the fire all night.')).toBe(false);
		expect(isFurniture('Updated 9:15 p.m. ET')).toBe(true);
		expect(isFurniture('Posted at 11:52 AM ET, 04/28/2010 by Jane Doe')).toBe(true);
		expect(isFurniture('Last updated at 11:05 BST, Wednesday, 28 April 2010')).toBe(true);
		expect(
			isFurniture(
				'Posted by Ann Lee on June 1, 2010 10:20 AM. Posted by Bo Ray, on July 2, 2010. The spill goes on.'
			)
		).toBe(true);
	});

	it('reads captions, credits and footers as furniture', () => {
		expect(isFurniture('Photograph: Jane Doe/Reuters')).toBe(true);
		expect(isFurniture('A man walks past the site. REUTERS/John Roe')).toBe(true);
		expect(isFurniture('In this handout photograph taken on May 3, rescuers dig.')).toBe(true);
		expect(isFurniture('Reporting by Jane Doe; Editing by Tom Roe')).toBe(true);
		expect(isFurniture('Letters for publication should be sent to the editor.')).toBe(true);
	});

	it("reads a fact box's short lines without a verb or a full stop as furniture", () => {
		expect(isFurniture('Morphine')).toBe(true);
		expect(isFurniture('Side effects: nausea, drowsiness')).toBe(true);
	});

	it("reads a list's bullets as furniture, but not a chronology's entries", () => {
		expect(isFurniture('• Unlimited access to every article from March 1')).toBe(true);
		expect(isFurniture('* April 22 - The rig sinks and an oil slick spreads.')).toBe(false);
		expect(isFurniture('- May 3: Troops enter the northern city.')).toBe(false);
	});

	it('keeps the story: a sentence, a short line with a verb, a long line', () => {
		expect(isFurniture('The mayor resigned on Friday.')).toBe(false);
		expect(isFurniture('Obama spoke on Friday')).toBe(false);
		expect(
			isFurniture(
				'Emergency crews from three counties worked through the night near the river on Friday without rest'
			)
		).toBe(false);
	});
});
