/**
 * The core flows a phone lives by, written once and registered per engine (engine-*.test.ts): one
 * phone per file, on the deployed stack (Caddy, pairing required), going through the flows in
 * order as a person's first minutes with the app — pair from the link, a voice note recorded
 * offline and sent once, a reload from the service worker with no network and a note typed there
 * sent once back online, an edit and a delete taken back, the month, its exports saved from the
 * app, a bank statement picked from the phone's files and a line the bank saw added. Offline is
 * airplane mode in each engine (PhoneTab.setOffline).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CATEGORY_LABELS } from '@voicetrack/shared';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../harness.ts';
import type { PhoneNetwork } from '../phone-network.ts';
import { type Stack, startStack } from '../stack.ts';
import { CaptureScreen, type Lang } from './capture-screen.ts';
import { chromiumTab } from './chromium-tab.ts';
import { launchFirefox } from './firefox.ts';
import { type EngineName, type PhoneTab, waitFor, withStepTimes } from './phone-tab.ts';
import { launchWebKit } from './webkit.ts';

/** The recording's type each engine's MediaRecorder picks (web/src/data/recorder.ts's order). */
const RECORDED_TYPE: Record<EngineName, RegExp> = {
  chromium: /^audio\/webm/,
  firefox: /^audio\/(webm|ogg)/,
  webkit: /^audio\/mp4/,
};
const MONEY = {
  fr: { voice: '12,50 €', typedTo: '4,50 €', total: '17,00 €', withBank: '59,10 €' },
  en: { voice: '€12.50', typedTo: '€4.50', total: '€17.00', withBank: '€59.10' },
} as const;
const BANK = {
  fr: {
    read: '3 lignes lues : 2 rapprochées, 1 à ajouter.',
    reconciled: 'Rapproché à 100 %',
    before: '2 confirmées par la banque · 1 à ajouter',
    after: '3 confirmées par la banque',
  },
  en: {
    read: '3 lines read: 2 matched, 1 to add.',
    reconciled: '100% reconciled',
    before: '2 confirmed by the bank · 1 to add',
    after: '3 confirmed by the bank',
  },
} as const;

/** Today where the phones live (YYYY-MM-DD): the day their expenses are dated. */
const parisToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());

/**
 * A French bank's CSV (its own columns, `;`, decimal commas: no mapping asked) of today's card
 * payments: the lunch said and the coffee typed, which it confirms, and groceries never said.
 */
function statementOfToday(): string {
  const today = parisToday();
  const [y, m, d] = today.split('-') as [string, string, string];
  const card = (merchant: string, category: string, amount: string) =>
    `${today};${today};"CARTE ${d}/${m}/${y.slice(2)} ${merchant} CB*4974";"${category}";"";"";${amount};;"00040123456";"Compte Bancaire";1000,00`;
  const file = join(mkdtempSync(join(tmpdir(), 'vt-statement-')), 'releve.csv');
  writeFileSync(
    file,
    [
      'dateOp;dateVal;label;category;categoryParent;supplierFound;amount;comment;accountNum;accountLabel;accountbalance',
      card('LE PETIT ZINC', 'Restaurants', '-12,50'),
      card('CAFE DE LA GARE', 'Restaurants', '-4,50'),
      card('CARREFOUR', 'Alimentation', '-42,10'),
      '',
    ].join('\r\n'),
  );
  return file;
}

export interface Phone {
  tab: PhoneTab;
  close(): Promise<void>;
}

export async function launchPhone(engine: EngineName, network: PhoneNetwork, locale: string): Promise<Phone> {
  if (engine === 'firefox') return launchFirefox(network, locale);
  if (engine === 'webkit') return launchWebKit(network);
  const browser = await launchBrowser();
  const context = await browser.newContext({
    locale,
    timezoneId: 'Europe/Paris',
    permissions: ['microphone'],
    proxy: { server: network.proxyUrl },
  });
  return { tab: chromiumTab(await context.newPage()), close: () => browser.close() };
}

export interface PhoneOnStack {
  stack: Stack;
  /** The phone's own network: `cut()` drops its connections (the change stream's too). */
  network: PhoneNetwork;
  phone: Phone;
  app: CaptureScreen;
}

/**
 * A deployed stack and one phone of `engine` on it for the whole file (not paired yet: its first
 * step is `app.pair(await stack.deployment.pairingLink())`), both closed after it. For a flow in
 * one engine only; a flow for all three goes into describeCoreFlows.
 */
export function usePhone(
  engine: EngineName,
  lang: Lang = 'fr',
  env: Record<string, string> = {},
): PhoneOnStack {
  const held = {} as PhoneOnStack;
  beforeAll(async () => {
    held.stack = await startStack(env);
    held.network = await (held.stack.deployment as NonNullable<Stack['deployment']>).phoneNetwork();
    const phone = await launchPhone(engine, held.network, lang === 'fr' ? 'fr-FR' : 'en-US');
    held.phone = { tab: withStepTimes(phone.tab), close: () => phone.close() };
    held.app = new CaptureScreen(held.phone.tab, lang);
  });
  // One failed flow stays one failure: after it, the phone is put back as a person finds it on
  // opening the app again (afterAFailure); a green flow leaves it as the next one expects.
  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail' && held.phone) await afterAFailure(held);
  });
  afterAll(async () => {
    await held.phone?.close();
    await held.stack?.stop();
  });
  return held;
}

/**
 * The phone after a flow failed half-way (a tap lost under load, a wait run out): its signal back
 * (airplane mode off, its network's tunnels let through) and the app's first page loaded afresh, so
 * no dialog, screen, held `fetch` or mark of that flow is left for the next. Its data stay: the
 * flows after it read what the ones before saved. (A flow that ran out of time may still be
 * running its steps: Vitest does not stop it.)
 */
async function afterAFailure({ network, phone, app, stack }: PhoneOnStack): Promise<void> {
  network.restore();
  // Only when in airplane mode: WebKit's way back (its namespace's default route) fails when it is on.
  if (!(await phone.tab.evaluate(() => navigator.onLine))) await phone.tab.setOffline(false);
  await phone.tab.goto(stack.url);
  await app.waitForRecordButton();
}

/** Registers the core flows; the phone they ran on, for steps registered after them. */
export function describeCoreFlows(engine: EngineName, lang: Lang = 'fr'): PhoneOnStack {
  const held = usePhone(engine, lang);
  const transcriptions = () => held.stack.fake.calls.filter((c) => c.route === 'transcriptions');
  const serverRows = async (match: (e: Awaited<ReturnType<Stack['expenses']>>[number]) => boolean) =>
    (await held.stack.expenses()).filter(match);
  const rowWith = async (words: string) => (await held.app.rows()).find((r) => r.text.includes(words));

  describe(`the core flows in ${engine}`, () => {
    it('opens the pairing link on the first visit, pairs, and shows the record button', async () => {
      const { app, tab, stack } = { app: held.app, tab: held.phone.tab, stack: held.stack };
      await app.pair(await (stack.deployment as NonNullable<Stack['deployment']>).pairingLink('Téléphone'));
      expect(new URL(await tab.url()).hash).toBe('');
      const devices = (await (await stack.api.devices.$get()).json()).devices.map((d) => d.name);
      expect(devices.sort()).toEqual(['Ordinateur portable', 'Téléphone']);
    });

    it('keeps a voice note recorded offline in IndexedDB, and sends it once back online', async () => {
      const { app, tab } = { app: held.app, tab: held.phone.tab };
      await app.untilControlled();
      await tab.setOffline(true);
      await app.recordNote();
      // Its recording over (the last chunk is written as the recorder stops): all its audio is kept.
      const [note] = await waitFor('the note with its audio in IndexedDB', async () => {
        const notes = await app.storedNotes();
        const [only] = notes;
        return notes.length === 1 && only && only.state !== 'recording' && only.audioBytes > 0 ? notes : null;
      });
      expect(note).toMatchObject({ kind: 'voice', mimeType: expect.stringMatching(RECORDED_TYPE[engine]) });
      expect(note?.audioBytes).toBeGreaterThan(1000);
      expect(transcriptions()).toHaveLength(0);

      await tab.setOffline(false);
      const sent = await waitFor(
        'the note sent and its expense listed',
        async () => {
          const row = await rowWith(MONEY[lang].voice);
          return row && !row.unsent ? row : null;
        },
        60_000,
      );
      expect(sent.clientId).toBe(note?.id);
      const calls = transcriptions();
      expect(calls).toHaveLength(1);
      expect(calls[0]?.body.file).toMatchObject({ type: expect.stringMatching(RECORDED_TYPE[engine]) });
      expect(calls[0]?.audioBytes).toBe(note?.audioBytes);
      // Sent once: a reload sends nothing more, and the server holds one expense for the note.
      await tab.reload();
      await app.waitForRecordButton();
      await waitFor('the list after the reload', async () => (await rowWith(MONEY[lang].voice)) ?? null);
      expect(transcriptions()).toHaveLength(1);
      expect(await serverRows((e) => e.clientId === note?.id)).toHaveLength(1);
    });

    it('reloads from its service worker with no network, says it is offline, and keeps a note typed there until the network is back, then sends it once', async () => {
      const { app, tab } = { app: held.app, tab: held.phone.tab };
      const coffee = lang === 'fr' ? 'Café' : 'Coffee';
      await tab.setOffline(true);
      // A mark only this page holds: gone after the reload if a new page was really loaded.
      await tab.evaluate(() => {
        (window as unknown as { beforeReload?: true }).beforeReload = true;
      });
      await tab.reload();
      await app.waitForRecordButton();
      const loaded = await tab.evaluate(() => ({
        marked: 'beforeReload' in window,
        type: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)
          ?.type,
        controlled: navigator.serviceWorker.controller !== null,
      }));
      // A new page, reloaded, under its service worker: with every connection failing, the shell
      // can only have come from the worker's cache (a page without its worker gets the browser's
      // error page here, in all three engines; WebKit's Navigation Timing gives no workerStart).
      expect(loaded).toEqual({ marked: false, type: 'reload', controlled: true });
      await waitFor(`"${app.say.offline}" shown`, async () =>
        (await app.text()).includes(app.say.offline) ? true : null,
      );
      // The list comes from the phone's own copy.
      await waitFor('the voice note’s row kept on the phone', async () =>
        (await rowWith(MONEY[lang].voice)) ? true : null,
      );

      await app.typeNote(lang === 'fr' ? '4 € de café' : '4 euros for coffee');
      const kept = await waitFor(
        'the typed note in the outbox',
        async () => (await app.storedNotes()).find((n) => n.kind === 'text') ?? null,
      );
      const unsent = await waitFor('its row, not sent', async () => {
        const row = await rowWith(coffee);
        return row?.unsent ? row : null;
      });
      expect(unsent.clientId).toBe(kept.id);
      expect(await serverRows((e) => e.clientId === kept.id)).toEqual([]);

      await tab.setOffline(false);
      // Back online, the page stops saying it is offline (Firefox sends no online event to a page
      // it reloaded offline: the app asks the server), and the note goes.
      await waitFor('the page online again', async () =>
        !(await app.text()).includes(app.say.offline) ? true : null,
      );
      await waitFor(
        'the typed note sent',
        async () => {
          const row = await rowWith(coffee);
          return row && !row.unsent ? row : null;
        },
        30_000,
      );
      const done = async () => (await app.storedNotes()).find((n) => n.id === kept.id)?.state === 'done';
      await waitFor('the note done in the outbox', async () => ((await done()) ? true : null));
      // Once: one expense for the note, and a reload sends nothing more.
      await tab.reload();
      await app.waitForRecordButton();
      await waitFor('the list after the reload', async () => (await rowWith(coffee)) ?? null);
      const sent = await serverRows((e) => e.clientId === kept.id);
      expect(sent.map((e) => [e.amount, e.category])).toEqual([['4.00', 'dining']]);
      expect(await done()).toBe(true);
    });

    it('fixes an expense, and takes a delete back with Annuler', async () => {
      const { app, tab } = { app: held.app, tab: held.phone.tab };
      const coffee = lang === 'fr' ? 'Café' : 'Coffee';
      await app.openRow(coffee);
      await tab.fill(app.say.amount, lang === 'fr' ? '4,50' : '4.50');
      await tab.click('button', app.say.save);
      await waitFor('the fix on the server', async () =>
        (await serverRows((e) => e.amount === '4.50')).length === 1 ? true : null,
      );
      // The row shows the fix once the server's answer is in: waited for, since a list read from the
      // server just before the fix landed may redraw the old amount for a moment.
      await waitFor('the fixed amount in the list', async () =>
        (await rowWith(coffee))?.text.includes(MONEY[lang].typedTo) ? true : null,
      );

      await app.openRow(coffee);
      await tab.click('button', app.say.remove);
      await waitFor('the undo toast', async () =>
        (await app.text()).includes(app.say.deleted) ? true : null,
      );
      // Gone from the list (the toast may show a moment before the list redraws).
      await waitFor('the row gone', async () => ((await rowWith(coffee)) === undefined ? true : null));
      await tab.click('button', app.say.undo);
      await waitFor('the row back', async () => (await rowWith(coffee)) ?? null);
      // The server never heard of the delete that was taken back.
      expect(await serverRows((e) => e.amount === '4.50')).toHaveLength(1);
    });

    it('shows the month with its total', async () => {
      await held.app.showMonth();
      // The month's figures may come a moment after its heading.
      await waitFor('the month’s total', async () =>
        (await held.app.text()).includes(MONEY[lang].total) ? true : null,
      );
      await held.app.showCapture();
    });

    it('saves the month as CSV for Excel and everything as JSON, fetched with the phone’s token', async () => {
      const app = held.app;
      const server = await held.stack.expenses();
      const coffee = server.find((e) => e.amount === '4.50');
      await app.showMonth();
      const csv = await app.download(app.say.exportCsv);
      const today = parisToday();
      expect(csv).toMatchObject({
        name: `voicetrack-${today.slice(0, 7)}-excel-fr.csv`,
        type: expect.stringMatching(/^text\/csv/),
      });
      expect(csv.text.charCodeAt(0)).toBe(0xfeff);
      const [header, ...lines] = csv.text.slice(1).trimEnd().split('\r\n');
      expect(header?.split(';').slice(0, 9)).toEqual([
        'Date',
        'Montant',
        'Devise',
        'Catégorie',
        'Description',
        'Statut',
        'Source',
        'Transcription',
        'Identifiant',
      ]);
      expect(lines).toHaveLength(2);
      const frenchDay = today.split('-').reverse().join('/');
      expect(lines).toContainEqual(
        expect.stringMatching(
          new RegExp(
            `^${frenchDay};4,50;EUR;${CATEGORY_LABELS.fr.dining};${coffee?.description};Enregistrée;Saisie;`,
          ),
        ),
      );
      // The expense's own id is its one reference; the note's internal id (a UUID) is not there.
      for (const e of server) {
        expect(csv.text).toContain(`;${e.id};`);
        expect(csv.text).not.toContain(e.clientId);
      }

      const json = await app.download(app.say.exportJson);
      expect(json.name).toBe('voicetrack.json');
      // Keyed by the note's id, so that a restore is idempotent (the file is for the app, not a person).
      const all = JSON.parse(json.text) as { app: string; expenses: { clientId: string; amount: string }[] };
      expect(all.app).toBe('voicetrack');
      expect(all.expenses.map((e) => `${e.clientId} ${e.amount}`).sort()).toEqual(
        server.map((e) => `${e.clientId} ${e.amount}`).sort(),
      );
      await app.showCapture();
    });

    it('imports a bank statement picked from the phone, reconciles the month, and adds what the bank saw', async () => {
      const { app, tab } = { app: held.app, tab: held.phone.tab };
      const panelWith = (words: string) =>
        waitFor(`"${words}" in the month against the bank`, async () => {
          const panel = await app.bankPanel();
          return panel.includes(words) ? panel : null;
        });
      await app.showMonth();
      expect(await app.importStatement(statementOfToday())).toBe(BANK[lang].read);
      expect(await app.bankPanel()).toContain(BANK[lang].reconciled);
      await tab.click('button', app.say.openBank);
      await panelWith(BANK[lang].before);

      await tab.click('button', app.say.addSuggestion('Carrefour'));
      await panelWith(BANK[lang].after);
      await waitFor('the month with what the bank saw', async () =>
        (await app.text()).includes(MONEY[lang].withBank) ? true : null,
      );
      expect(await serverRows((e) => e.source === 'bank')).toMatchObject([
        { amount: '42.10', currency: 'EUR', category: 'groceries', date: parisToday() },
      ]);
      await app.showCapture();
    });
  });
  return held;
}
