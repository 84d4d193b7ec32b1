/**
 * A note's answer held back in the page, so that the server has the expense while the phone still
 * shows the note's unsent row (everyday.test.ts in Chromium, engines/in-flight-flow.ts in Firefox
 * and WebKit): the page's fetch waits on the hold (the app's client calls the global fetch at each
 * request; Playwright's own routing would not trust the run's CA, and the engines have none).
 * Each function is sent to the page as source (Playwright's `addInitScript` or `evaluate`, an
 * engine tab's `evaluate`): none closes over anything.
 */

/** What the page keeps on `window` while the answers are held. */
interface HeldPage {
  __answersHeld: { release(): void; answered: number };
}

/**
 * In the page: the answers to notes (`/api/text`) wait until `releaseAnswers`, counted as they
 * land. So does a reading of the list (`GET /api/expenses`) answered after a note left: it may hold
 * the server's row of the note, drawn instead of the unsent one (as designed: in-flight-changes).
 * The server announces the note on its change stream, and the page reads the list then (the
 * engines' pages keep their stream); a page opened by its pairing link reads the list twice, the
 * second as the note is typed, and again while the answer is held (measured: 0.4 s after the note
 * reached the server; CI saw the unsent row never drawn in 60 s). A reading answered before the
 * note left cannot hold it, and passes. Gone with the next reload, unless put in as an init script.
 */
export function holdAnswers(): void {
  const page = window as unknown as HeldPage;
  const send = window.fetch.bind(window);
  let open = () => {};
  const gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  const state = { release: () => open(), answered: 0 };
  page.__answersHeld = state;
  let noteSent = false;
  window.fetch = async (input, init) => {
    // Read without making a Request of it (that would use up a request's body).
    const url = input instanceof Request ? input.url : String(input);
    const method = init?.method ?? (input instanceof Request ? input.method : 'GET');
    const path = new URL(url, location.href).pathname;
    if (path === '/api/text') noteSent = true;
    const response = await send(input, init);
    if (path === '/api/text') {
      await gate;
      state.answered++;
    } else if (noteSent && path === '/api/expenses' && method.toUpperCase() === 'GET') {
      await gate;
    }
    return response;
  };
}

/** In the page: lets the held answers (and readings) land. */
export function releaseAnswers(): void {
  (window as unknown as HeldPage).__answersHeld.release();
}

/** In the page: how many answers to notes have landed since the hold. */
export function answersLanded(): number {
  return (window as unknown as HeldPage).__answersHeld.answered;
}
