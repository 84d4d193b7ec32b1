import { readFileSync } from 'node:fs';

/** The voice notes' recording: « Douze euros cinquante au resto ce midi. » as a browser records it (WebM). */
export const RESTO_WEBM = new Uint8Array(
  readFileSync(new URL('../fixtures/audio/fr-douze-euros-cinquante-resto.webm', import.meta.url)),
);
