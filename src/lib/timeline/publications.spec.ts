import { describe, expect, it } from 'vitest';
import {
	placePublicationLabels,
	publicationMarks,
	publicationText,
	type PublicationLabelBox
} from './publications';

describe('publicationMarks', () => {
	it('gives sources published the same day one mark, however their dates are written', () => {
		const marks = publicationMarks([
			{ published: '2024-01-08' },
			{ published: '2024-01-08T00:00' },
			{ published: '2024-01-08T10:19' },
			{ published: '2024-01-08' }
		]);
		expect(marks).toEqual([
			{ key: '2024-01-08', ms: Date.UTC(2024, 0, 8), label: 'Jan. 8, 2024', count: 4 }
		]);
	});

	it('keys every mark by its day, so no two marks share a key, in time order', () => {
		const sources = Array.from({ length: 60 }, (_, i) => ({
			published: `2024-03-${String(28 - (i % 28)).padStart(2, '0')}T${String(i % 24).padStart(2, '0')}:00`
		}));
		const marks = publicationMarks(sources);
		const keys = marks.map((m) => m.key);
		expect(new Set(keys).size).toBe(keys.length);
		expect(keys).toHaveLength(28);
		expect(marks.map((m) => m.ms)).toEqual([...marks.map((m) => m.ms)].sort((a, b) => a - b));
		expect(marks.reduce((n, m) => n + m.count, 0)).toBe(60);
	});

	it('draws a day’s mark at its earliest stated time, read as written (UTC)', () => {
		const [mark] = publicationMarks([
			{ published: '2024-01-08T16:45' },
			{ published: '2024-01-08T09:05' }
		]);
		expect(mark.ms).toBe(Date.UTC(2024, 0, 8, 9, 5));
	});

	it('keeps a month or year of publication as stated, and leaves out what is not a date', () => {
		const marks = publicationMarks([{ published: '2023' }, { published: 'soon' }]);
		expect(marks).toEqual([{ key: '2023', ms: Date.UTC(2023, 0, 1), label: '2023', count: 1 }]);
	});
});

describe('publicationText', () => {
	it('says the day, and how many sources when there are several', () => {
		const [one] = publicationMarks([{ published: '2024-01-08' }]);
		const [three] = publicationMarks([
			{ published: '2024-01-09' },
			{ published: '2024-01-09' },
			{ published: '2024-01-09T08:00' }
		]);
		expect(publicationText(one)).toBe('Published Jan. 8, 2024');
		expect(publicationText(three)).toBe('3 published Jan. 9, 2024');
	});
});

describe('placePublicationLabels', () => {
	const box = (x: number, count = 1, width = 120): PublicationLabelBox => ({ x, width, count });

	it('centres a label on its mark, and starts or ends it at the mark near an edge', () => {
		expect(placePublicationLabels([box(500), box(20), box(990)], 0, 1000)).toEqual([
			{ x: 500, anchor: 'middle' },
			{ x: 24, anchor: 'start' },
			{ x: 986, anchor: 'end' }
		]);
	});

	it('never lets two labels overlap: the busier day keeps its label, the other only its line', () => {
		const placed = placePublicationLabels([box(400, 1), box(450, 3), box(700, 1)], 0, 1000);
		expect(placed[0]).toBeNull();
		expect(placed[1]).toEqual({ x: 450, anchor: 'middle' });
		expect(placed[2]).toEqual({ x: 700, anchor: 'middle' });
	});

	it('keeps every label it draws within the free stretch of the axis', () => {
		const labels = Array.from({ length: 40 }, (_, i) => box(i * 30, 1 + (i % 3)));
		const placed = placePublicationLabels(labels, 50, 900);
		const spans = placed.flatMap((p, i) => {
			if (!p) return [];
			const w = labels[i].width;
			const from = p.anchor === 'end' ? p.x - w : p.anchor === 'start' ? p.x : p.x - w / 2;
			return [[from, from + w] as const];
		});
		expect(spans.length).toBeGreaterThan(3);
		for (const [a, b] of spans) {
			expect(a).toBeGreaterThanOrEqual(50);
			expect(b).toBeLessThanOrEqual(900);
		}
		const sorted = [...spans].sort((p, q) => p[0] - q[0]);
		for (let i = 1; i < sorted.length; i++) expect(sorted[i][0]).toBeGreaterThan(sorted[i - 1][1]);
	});
});
