/**
 * The list of every event, for the embed's readers without scripts (inside `<noscript>`): the
 * server renders it, the browser never does (Svelte leaves what a `<noscript>` holds out of the
 * page's code). Imported only when rendering on the server, so the embed's scripts do not carry
 * the list's code, which only the timeline page runs (2 kB of the embed's 64, issue 15). Its
 * styles come with it (`css: 'injected'` in `EventList.html.svelte`: in the page's head).
 */
import type { Component, ComponentProps } from 'svelte';
import type EventListComponent from '$lib/timeline/EventList.html.svelte';

type EventList = Component<ComponentProps<typeof EventListComponent>>;

/** `EventList` when rendering on the server; null in the browser. */
export const NoscriptList: EventList | null = import.meta.env.SSR
	? (await import('$lib/timeline/EventList.html.svelte')).default
	: null;
