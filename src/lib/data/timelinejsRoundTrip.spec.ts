import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateDataset } from './schema';
import { fromTimelineJs, toTimelineJs } from './timelinejs';
import { canonical, timelineJsFileArbitrary } from './timelinejsArbitraries';

const roundTrip = (file: unknown) =>
	toTimelineJs(fromTimelineJs(file, 'x.json', '2024-01-08').dataset);

describe('a TimelineJS file through Dateline and back', () => {
	it('comes back as TimelineJS reads it: dates, HTML words, media, groups, eras, backgrounds', () => {
		fc.assert(
			fc.property(timelineJsFileArbitrary, (file) => {
				expect(canonical(roundTrip(file))).toEqual(canonical(file));
			}),
			{ numRuns: 300 }
		);
	});

	it('keeps every unique_id that is a slug, and gives every other slide one', () => {
		fc.assert(
			fc.property(timelineJsFileArbitrary, (file) => {
				const back = roundTrip(file);
				file.events.forEach((slide, i) => {
					const id = back.events[i].unique_id;
					expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
					if (slide.unique_id && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slide.unique_id))
						expect(id).toBe(slide.unique_id);
				});
			}),
			{ numRuns: 100 }
		);
	});

	it('reads into a valid dataset every time, and the same dataset from its own export', () => {
		fc.assert(
			fc.property(timelineJsFileArbitrary, (file) => {
				const first = fromTimelineJs(file, 'x.json', '2024-01-08').dataset;
				expect(() => validateDataset(first)).not.toThrow();
				const again = fromTimelineJs(toTimelineJs(first), 'x.json', '2024-01-08').dataset;
				expect(again.events).toEqual(first.events);
				expect(again.eras).toEqual(first.eras);
			}),
			{ numRuns: 100 }
		);
	});
});
