/**
 * The app's screens as a phone sees them, over any engine's tab (phone-tab.ts): written once, run
 * in Chromium, Firefox and WebKit. Controls are found by role and accessible name; what a list
 * shows is read from the page as text.
 */
import { type PhoneTab, waitFor } from './phone-tab.ts';

export type Lang = 'fr' | 'en';

export const SAY: Record<Lang, Say> = {
  fr: {
    record: 'Enregistrer une dépense',
    stop: 'Arrêter et enregistrer',
    typed: 'Dépense tapée',
    paired: 'Ce téléphone est appairé',
    edit: /^Modifier\s:/,
    amount: 'Montant',
    save: 'Enregistrer',
    remove: 'Supprimer',
    undo: 'Annuler',
    deleted: 'Dépense supprimée',
    month: 'Mois',
    capture: 'Saisie',
    monthTitle: /^Dépenses d/,
    offline: 'Hors ligne',
    exportCsv: 'Exporter en CSV (Excel)',
    exportJson: 'Exporter tout (JSON)',
    statementFile: 'Importer un relevé',
    statementImporting: 'Import en cours…',
    openBank: 'Voir le détail',
    // A pattern: the name has a no-break space before the colon, which Firefox's tree query takes
    // as it is written.
    addSuggestion: (merchant: string) => new RegExp(`^Ajouter\\s:\\s${merchant}$`),
  },
  en: {
    record: 'Record expense',
    stop: 'Stop and save',
    typed: 'Typed expense',
    paired: 'This phone is paired',
    edit: /^Edit:/,
    amount: 'Amount',
    save: 'Save',
    remove: 'Delete',
    undo: 'Undo',
    deleted: 'Expense deleted',
    month: 'Month',
    capture: 'Capture',
    monthTitle: /^Spending in/,
    offline: 'Offline',
    exportCsv: 'Export CSV for French Excel',
    exportJson: 'Export everything (JSON)',
    statementFile: 'Import a statement',
    statementImporting: 'Importing…',
    openBank: 'Show details',
    addSuggestion: (merchant: string) => new RegExp(`^Add:\\s${merchant}$`),
  },
};

interface Say {
  record: string;
  stop: string;
  typed: string;
  paired: string;
  edit: RegExp;
  amount: string;
  save: string;
  remove: string;
  undo: string;
  deleted: string;
  month: string;
  capture: string;
  monthTitle: RegExp;
  offline: string;
  exportCsv: string;
  exportJson: string;
  statementFile: string;
  statementImporting: string;
  openBank: string;
  addSuggestion: (merchant: string) => RegExp;
}

/** A file the app handed the browser to save: its name, type and text. */
export interface SavedFile {
  name: string;
  type: string;
  text: string;
}

/**
 * Put in the page before a download: the app's own code runs unchanged (its fetch with the token,
 * its blob, URL.createObjectURL, a click on an `<a download>`), and the blob behind the link it
 * clicks is recorded instead of going to the engine's download manager, which each engine drives
 * its own way (a dialog in WebKitGTK, a folder in Firefox, an event in Playwright). Sent as source:
 * it closes over nothing.
 */
function recordSavedFiles(): void {
  const page = window as unknown as { __savedFiles?: { name: string; type: string; text: string | null }[] };
  if (page.__savedFiles) return;
  const saved: { name: string; type: string; text: string | null }[] = [];
  page.__savedFiles = saved;
  const blobs = new Map<string, Blob>();
  const createObjectURL = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (object: Blob | MediaSource) => {
    const url = createObjectURL(object);
    if (object instanceof Blob) blobs.set(url, object);
    return url;
  };
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    const blob = this.download ? blobs.get(this.href) : undefined;
    if (!blob) return click.call(this);
    const file: { name: string; type: string; text: string | null } = {
      name: this.download,
      type: blob.type,
      text: null,
    };
    saved.push(file);
    // Its bytes as they are: Blob.text() would drop a leading BOM (UTF-8 decode does).
    void blob.arrayBuffer().then((bytes) => {
      file.text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    });
  };
}

/** A row of the list as the page shows it. */
export interface Row {
  id: string | null;
  clientId: string | null;
  unsent: boolean;
  text: string;
}

/** What IndexedDB holds for the outbox: each note's kind, type and state, and its audio's bytes. */
export interface StoredNote {
  id: string;
  kind: string;
  mimeType: string | null;
  state: string;
  audioBytes: number;
}

export class CaptureScreen {
  readonly say: (typeof SAY)[Lang];
  constructor(
    readonly tab: PhoneTab,
    readonly lang: Lang = 'fr',
  ) {
    this.say = SAY[lang];
  }

  /** The page's text, spaces made plain (narrow and no-break spaces differ per engine's output). */
  text(): Promise<string> {
    // What the page says, not the source of the scripts at the end of its body.
    return this.tab.evaluate(() => {
      const body = document.body.cloneNode(true) as HTMLElement;
      for (const code of body.querySelectorAll('script, style')) code.remove();
      return (body.textContent ?? '').replace(/[\u00a0\u202f]/g, ' ');
    });
  }

  /** Opens a pairing link as a person does, and waits until the app says it is paired. */
  async pair(link: string): Promise<void> {
    await this.tab.goto(link);
    await waitFor(`"${this.say.paired}"`, async () =>
      (await this.text()).includes(this.say.paired) ? true : null,
    );
    await this.waitForRecordButton();
  }

  waitForRecordButton(): Promise<true> {
    return waitFor(
      `button "${this.say.record}"`,
      async () => (await this.tab.has('button', this.say.record)) || null,
    );
  }

  /** Until the service worker controls the page (the shell is then precached). */
  untilControlled(): Promise<true> {
    return waitFor(
      'a service worker in control',
      async () => (await this.tab.evaluate(() => navigator.serviceWorker.controller !== null)) || null,
      30_000,
    );
  }

  /** Tap, let it hear for a while, tap again. */
  async recordNote(ms = 1500): Promise<void> {
    await this.tab.click('button', this.say.record);
    await waitFor(
      `button "${this.say.stop}"`,
      async () => (await this.tab.has('button', this.say.stop)) || null,
    );
    await new Promise((resolve) => setTimeout(resolve, ms));
    await this.tab.click('button', this.say.stop);
    await this.waitForRecordButton();
  }

  typeNote(text: string): Promise<void> {
    return this.tab.fill(this.say.typed, text, { enter: true });
  }

  rows(): Promise<Row[]> {
    return this.tab.evaluate(() =>
      [...document.querySelectorAll('.expense')].map((li) => ({
        id: li.getAttribute('data-expense-id'),
        clientId: li.getAttribute('data-client-id'),
        unsent: li.hasAttribute('data-unsent'),
        text: (li.textContent ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' '),
      })),
    );
  }

  /** The outbox as IndexedDB holds it (notes and the bytes of their audio chunks). */
  storedNotes(): Promise<StoredNote[]> {
    return this.tab.evaluate(async () => {
      const db: IDBDatabase = await new Promise((resolve, reject) => {
        const req = indexedDB.open('voicetrack');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const all = <T>(store: string) =>
        new Promise<T[]>((resolve) => {
          const q = db.transaction(store).objectStore(store).getAll();
          q.onsuccess = () => resolve(q.result as T[]);
        });
      const notes = await all<{ id: string; kind: string; mimeType?: string; state: string }>('notes');
      const chunks = await all<{ noteId: string; data: ArrayBuffer }>('chunks');
      db.close();
      return notes.map((n) => ({
        id: n.id,
        kind: n.kind,
        mimeType: n.mimeType ?? null,
        state: n.state,
        audioBytes: chunks.filter((c) => c.noteId === n.id).reduce((s, c) => s + c.data.byteLength, 0),
      }));
    });
  }

  /** Opens the edit dialog of the row whose description is `description`. */
  async openRow(description: string): Promise<void> {
    await this.tab.click('button', new RegExp(`${this.say.edit.source}\\s*${description}`));
    await waitFor('the edit dialog', async () => (await this.tab.has('textbox', this.say.amount)) || null);
  }

  async showMonth(): Promise<string> {
    await this.tab.click('button', this.say.month);
    await waitFor(
      'the month heading',
      async () => (await this.tab.has('heading', this.say.monthTitle)) || null,
    );
    return this.text();
  }

  /** Taps the month's export button `name`; the file the app saved from it. */
  async download(name: string): Promise<SavedFile> {
    await this.tab.evaluate(recordSavedFiles);
    const before = await this.tab.evaluate(
      () => (window as unknown as { __savedFiles: unknown[] }).__savedFiles.length,
    );
    await this.tab.click('button', name);
    return waitFor(`the file saved by "${name}"`, () =>
      this.tab.evaluate((index) => {
        const file = (window as unknown as { __savedFiles: SavedFile[] }).__savedFiles[index];
        return file && file.text !== null ? file : null;
      }, before),
    );
  }

  /** Picks the statement at `path` in « Relevé bancaire »; what the app then says of it. */
  async importStatement(path: string): Promise<string> {
    await this.tab.upload(this.say.statementFile, path);
    const importing = this.say.statementImporting;
    return waitFor(
      'the statement imported',
      () =>
        this.tab.evaluate((busy) => {
          const said = document.querySelector('.statement [role="status"]')?.textContent ?? '';
          return said === '' || said === busy ? null : said.replace(/[\u00a0\u202f]/g, ' ');
        }, importing),
      20_000,
    );
  }

  /** The « Rapprochement » panel's text, once it shows a percent (spaces made plain). */
  bankPanel(): Promise<string> {
    return waitFor('the month against the bank', () =>
      this.tab.evaluate(() => {
        const panel = document.querySelector('.reconciliation');
        return panel?.querySelector('.reconciled strong')
          ? (panel.textContent ?? '').replace(/[\u00a0\u202f]/g, ' ')
          : null;
      }),
    );
  }

  async showCapture(): Promise<void> {
    await this.tab.click('button', this.say.capture);
    await this.waitForRecordButton();
  }
}
