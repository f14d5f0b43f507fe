import { describe, expect, it } from 'vitest';
import { connectHost, type EmbedWindow } from './hostChannel';

/** A framed window: what the embed posts to its parent, and a way to deliver messages to it. */
function framedWindow() {
	const posted: unknown[] = [];
	const parent = { postMessage: (message: unknown) => posted.push(message) };
	let listener: ((event: MessageEvent) => void) | null = null;
	const win: EmbedWindow = {
		parent,
		addEventListener: (_type, l) => (listener = l),
		removeEventListener: (_type, l) => {
			if (listener === l) listener = null;
		}
	};
	const deliver = (data: unknown, source: unknown = parent) =>
		listener?.({ data, source } as MessageEvent);
	return { win, parent, posted, deliver, listening: () => listener !== null };
}

/** A content element whose height the spec sets, and the resize callback the channel gave. */
function content(height: number) {
	const box = { height, changed: () => {} };
	const observe = (_el: Element, changed: () => void) => {
		box.changed = changed;
		return () => (box.changed = () => {});
	};
	const measure = () => box.height;
	return { box, observe, measure, element: {} as Element };
}

describe('connectHost', () => {
	it('reports the content height when attached, and again each time it changes', () => {
		const { win, posted } = framedWindow();
		const c = content(300.4);
		const channel = connectHost(win, { onopen: () => {}, selected: () => null, ...c });
		channel.measure(c.element);
		c.box.height = 300.4;
		c.box.changed(); // same height: nothing new to say
		c.box.height = 612;
		c.box.changed();
		expect(posted).toEqual([
			{ type: 'dateline:resize', version: 1, height: 301 },
			{ type: 'dateline:resize', version: 1, height: 612 }
		]);
	});

	it('answers the host hello with its height and selection, and echoes the instance id after', () => {
		const { win, posted, deliver } = framedWindow();
		const c = content(400);
		const channel = connectHost(win, { onopen: () => {}, selected: () => 'b-2', ...c });
		channel.measure(c.element);
		posted.length = 0;
		deliver({ type: 'dateline:hello', version: 1, id: 'dateline-7' });
		channel.select(null);
		expect(posted).toEqual([
			{ type: 'dateline:resize', version: 1, height: 400, id: 'dateline-7' },
			{ type: 'dateline:select', version: 1, event: 'b-2', id: 'dateline-7' },
			{ type: 'dateline:select', version: 1, event: null, id: 'dateline-7' }
		]);
	});

	it('opens the event the parent asks for', () => {
		const { win, deliver } = framedWindow();
		const opened: string[] = [];
		connectHost(win, { onopen: (id) => opened.push(id), selected: () => null });
		deliver({ type: 'dateline:open', version: 1, event: 'oct-7' });
		expect(opened).toEqual(['oct-7']);
	});

	it('takes the scheme the parent tells, and ignores one from any other window or malformed', () => {
		const { win, deliver } = framedWindow();
		const schemes: string[] = [];
		connectHost(win, {
			onopen: () => {},
			ontheme: (scheme) => schemes.push(scheme),
			selected: () => null
		});
		deliver({ type: 'dateline:theme', version: 1, scheme: 'dark' });
		deliver({ type: 'dateline:theme', version: 1, scheme: 'light' }, { postMessage: () => {} });
		deliver({ type: 'dateline:theme', version: 1, scheme: 'purple' });
		deliver({ type: 'dateline:theme', version: 1, scheme: 'light' });
		expect(schemes).toEqual(['dark', 'light']);
	});

	it('lets a theme message pass without effect when the embed forces its theme', () => {
		const { win, posted, deliver } = framedWindow();
		connectHost(win, { onopen: () => {}, selected: () => null });
		expect(() => deliver({ type: 'dateline:theme', version: 1, scheme: 'dark' })).not.toThrow();
		expect(posted).toEqual([]);
	});

	it('ignores open and hello from any window but its parent, and malformed ones from it', () => {
		const { win, posted, deliver } = framedWindow();
		const c = content(400);
		const opened: string[] = [];
		const channel = connectHost(win, {
			onopen: (id) => opened.push(id),
			selected: () => null,
			...c
		});
		channel.measure(c.element);
		posted.length = 0;
		const sibling = { postMessage: () => {} };
		deliver({ type: 'dateline:open', version: 1, event: 'oct-7' }, sibling);
		deliver({ type: 'dateline:hello', version: 1 }, sibling);
		deliver({ type: 'dateline:open', version: 1, event: '"><img>' });
		deliver({ type: 'dateline:open', version: 9, event: 'oct-7' });
		expect(opened).toEqual([]);
		expect(posted).toEqual([]);
	});

	it('posts nothing when the page is not framed', () => {
		const posted: unknown[] = [];
		const win = {
			postMessage: (m: unknown) => posted.push(m),
			addEventListener: () => {},
			removeEventListener: () => {}
		} as unknown as EmbedWindow & { parent: unknown };
		(win as { parent: unknown }).parent = win;
		const c = content(100);
		const channel = connectHost(win, { onopen: () => {}, selected: () => null, ...c });
		channel.measure(c.element);
		channel.select('a');
		expect(posted).toEqual([]);
	});

	it('stops listening when destroyed and stops measuring when detached', () => {
		const { win, posted, listening } = framedWindow();
		const c = content(100);
		const channel = connectHost(win, { onopen: () => {}, selected: () => null, ...c });
		const detach = channel.measure(c.element);
		detach();
		posted.length = 0;
		c.box.height = 900;
		c.box.changed();
		channel.destroy();
		expect(posted).toEqual([]);
		expect(listening()).toBe(false);
	});
});

describe('connectHost reveal', () => {
	it('reports the grown height first, then asks the host to show the part that grew', () => {
		const { win, posted } = framedWindow();
		const c = content(300);
		const channel = connectHost(win, { onopen: () => {}, selected: () => null, ...c });
		channel.measure(c.element);
		const before = channel.height();
		c.box.height = 750.5; // the panel rendered; the observer has not fired yet
		channel.reveal(before);
		c.box.changed(); // when it fires, there is nothing new to say
		expect(posted).toEqual([
			{ type: 'dateline:resize', version: 1, height: 300 },
			{ type: 'dateline:resize', version: 1, height: 751 },
			{ type: 'dateline:reveal', version: 1, top: 300, bottom: 751 }
		]);
	});

	it('asks nothing when the content did not grow', () => {
		const { win, posted } = framedWindow();
		const c = content(500);
		const channel = connectHost(win, { onopen: () => {}, selected: () => null, ...c });
		channel.measure(c.element);
		posted.length = 0;
		c.box.height = 420;
		channel.reveal(500);
		expect(posted).toEqual([{ type: 'dateline:resize', version: 1, height: 420 }]);
	});
});
