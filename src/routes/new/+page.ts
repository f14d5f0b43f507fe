// The editor lives in the browser: its storage (IndexedDB), its worker and its file reading have
// no server side. The prerendered page is the shell the app starts in.
export const ssr = false;
