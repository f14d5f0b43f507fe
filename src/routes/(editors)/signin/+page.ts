// A plain HTML form, with no script to load or hydrate: nothing here needs one, and a page that
// hydrates could reset what an editor typed before it finished.
export const csr = false;
