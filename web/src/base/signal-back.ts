/** The first wait before something the network failed is asked again while the phone says it is online. */
const FIRST_WAIT_MS = 2_000;
const LONGEST_WAIT_MS = 60_000;

/** Where the signal is heard: the page's window (a stand-in in unit tests). */
export type SignalSource = Pick<Window, 'addEventListener' | 'removeEventListener'> & {
  navigator: Pick<Navigator, 'onLine'>;
};

/**
 * Calls `again` once, when the signal is back: at the next `online` event, or, while the phone says
 * it is online, after a wait that doubles with `tries` (2 s, 4 s, … a minute at most): the signal
 * may have come back before the failure was known (no `online` event left to hear), or the network
 * may say it is there and not answer. Returns what cancels it.
 */
export function onceSignalBack(tries: number, again: () => void, where: SignalSource = window): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => {
    clearTimeout(timer);
    where.removeEventListener('online', fire);
  };
  function fire() {
    cancel();
    again();
  }
  where.addEventListener('online', fire);
  if (where.navigator.onLine) timer = setTimeout(fire, Math.min(FIRST_WAIT_MS * 2 ** tries, LONGEST_WAIT_MS));
  return cancel;
}
