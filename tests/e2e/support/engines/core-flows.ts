/**
 * The core flows a phone lives by, written once and registered per engine (engine-*.test.ts) on one
 * phone per file (phone-on-stack.ts), as a person's first minutes with the app: pair from the link,
 * a voice note recorded offline and sent once, a reload from the service worker with no network and
 * a note typed there sent once back online, an edit and a delete taken back, the month, its exports,
 * a bank statement picked from the phone's files and a line the bank saw added. Offline is airplane
 * mode (PhoneTab.setOffline).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CATEGORY_LABELS } from '@voicetrack/shared';
import { describe, expect, it } from 'vitest';
import { parisDay } from '../paris-time.ts';
import type { Stack } from '../stack.ts';
import type { Lang } from './capture-screen.ts';
import { type PhoneOnStack, usePhone } from './phone-on-stack.ts';
import { type EngineName, waitFor } from './phone-tab.ts';

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

/**
 * A French bank's CSV (its own columns, `;`, decimal commas: no mapping asked) of today's card
 * payments: the lunch said and the coffee typed, which it confirms, and groceries never said.
 */
function statementOfToday(): string {
  const today = parisDay(0);
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
      const today = parisDay(0);
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
        { amount: '42.10', currency: 'EUR', category: 'groceries', date: parisDay(0) },
      ]);
      await app.showCapture();
    });
  });
  return held;
}
