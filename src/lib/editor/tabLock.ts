/**
 * One tab at a time holds the draft (issue 17): with `/new/` open in two tabs, each saving the
 * whole history under one key, the last to save would silently undo the other's work. The tab
 * that holds the draft holds a Web Lock for as long as it is open; another tab finds the lock
 * taken, says the draft is open elsewhere, and can take it over (the lock is stolen: the first tab
 * learns at once, stops saving and says so).
 *
 * Where Web Locks are missing, the newest tab takes the draft and tells the others on a
 * BroadcastChannel. Either way the store's own check (`draftStore.ts`) refuses a write from a
 * tab that has lost the draft, so no message arriving late can lose work. Browser-only.
 */

const NAME = 'dateline-editor-draft';

type Message = { type: 'claimed'; tab: string };

/**
 * The draft's lock for this tab.
 *
 * @example
 * const lock = new TabLock(tab, () => say('Another tab took the draft'));
 * if (await lock.acquire()) load(); else offerTakeOver();
 */
export class TabLock {
	#tab: string;
	#onlost: () => void;
	#channel: BroadcastChannel | null;
	/** Lets the held lock go. */
	#release: (() => void) | null = null;

	/**
	 * @param tab this tab's id
	 * @param onlost called when another tab takes the draft from this one
	 */
	constructor(tab: string, onlost: () => void) {
		this.#tab = tab;
		this.#onlost = onlost;
		this.#channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(NAME);
		if (this.#channel)
			this.#channel.onmessage = (event: MessageEvent<Message>) => {
				if (event.data?.type === 'claimed' && event.data.tab !== this.#tab) this.#lost();
			};
	}

	/** Whether this tab holds the draft. */
	get held(): boolean {
		return this.#release !== null;
	}

	/**
	 * Takes the draft if no other tab holds it; resolves to whether this tab holds it now. It
	 * waits up to `patience` ms: a tab being reloaded lets the draft go only as its old page goes.
	 */
	async acquire(patience = 1000): Promise<boolean> {
		if (!locks()) return this.#claimed(() => {});
		const giveUp = new AbortController();
		const timer = setTimeout(() => giveUp.abort(), patience);
		try {
			return await this.#request({ signal: giveUp.signal });
		} catch (error) {
			if ((error as Error)?.name === 'AbortError') return false;
			throw error;
		} finally {
			clearTimeout(timer);
		}
	}

	/** Takes the draft from the tab that holds it. */
	async takeOver(): Promise<void> {
		if (!locks()) this.#claimed(() => {});
		else await this.#request({ steal: true });
	}

	/** Lets the draft go, and stops listening (the page is going away). */
	release() {
		this.#release?.();
		this.#release = null;
		this.#channel?.close();
		this.#channel = null;
	}

	/** Asks for the lock; resolves once it is held, or rejects (an AbortError when given up). */
	#request(options: LockOptions): Promise<boolean> {
		let granted = false;
		return new Promise<boolean>((resolve, reject) => {
			locks()!
				.request(NAME, options, () => {
					granted = true;
					// Held until released: the callback's promise is the lock's lifetime.
					return new Promise<void>((release) => resolve(this.#claimed(release)));
				})
				.catch((error: unknown) => {
					// A lock stolen by another tab rejects its request with an AbortError; a wait
					// given up rejects too, before it was granted.
					if (granted) this.#lost();
					else reject(error);
				});
		});
	}

	#claimed(release: () => void): true {
		this.#release = release;
		this.#channel?.postMessage({ type: 'claimed', tab: this.#tab } satisfies Message);
		return true;
	}

	#lost() {
		if (!this.#release) return;
		this.#release();
		this.#release = null;
		this.#onlost();
	}
}

function locks(): LockManager | null {
	return typeof navigator !== 'undefined' && navigator.locks ? navigator.locks : null;
}
