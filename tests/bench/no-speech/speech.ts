/**
 * web/src/capture/speech.ts as if the browser had no recognizer and the app never used one: `pnpm
 * bench` builds the PWA once with this in its place, to weigh what recognition adds to the first
 * screen (web/vite.config.ts, VOICETRACK_BUILD_WITHOUT_SPEECH).
 */
export const WORDS_GRACE_MS = 0;
export const recognizer = () => null;
export const onDevice = async () => 'unavailable' as const;
export const listen = () => null;
