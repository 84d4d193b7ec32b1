/**
 * What a person sees at a phone's size (390 × 844), in the places the README's screenshots showed
 * something off: words glued to their emoji, a label the focus ring draws over, checkboxes of one
 * dialog in three sizes. Measured in the page (boxes of the words themselves), not by eye.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openMonth, seed } from './support/budgets.ts';
import { LANGS, typeExpense, WORDS } from './support/day-of-use.ts';
import { CapturePage, useBrowserAndStack } from './support/harness.ts';
import { shot } from './support/shots.ts';

const e2e = useBrowserAndStack();
const PHONE = { width: 390, height: 844 };

/** Seeded once: the month needs expenses and budgets for its rows and forms. */
let seeded = false;
async function seedOnce() {
  if (!seeded) await seed(e2e.stack);
  seeded = true;
}

async function openCapture(lang: (typeof LANGS)[number]) {
  const context = await e2e.newContext({ locale: WORDS[lang].locale, viewport: PHONE });
  const app = new CapturePage(await context.newPage(), lang);
  await app.open(e2e.stack.url);
  return { context, page: app.page };
}

/** The box of the first words inside an element (its first text node), not of the element. */
const wordsBox = (element: Locator) =>
  element.evaluate((el) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT, (n) =>
      n.textContent?.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP,
    );
    const text = walker.nextNode();
    if (!text) throw new Error(`no words in ${el.outerHTML.slice(0, 80)}`);
    const range = document.createRange();
    range.selectNodeContents(text);
    const r = range.getBoundingClientRect();
    return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
  });

/**
 * How far each field's focus ring stays below its label's words (px; negative: the ring is drawn
 * over them). The field is focused as a keyboard would (a text box always shows its ring).
 */
async function ringClearances(page: Page, form: Locator): Promise<number[]> {
  // The edit dialog's date is a <div class="field">: its words, its text field and the calendar's button.
  const labels = await form.locator('label, .field').all();
  const clearances: number[] = [];
  for (const label of labels) {
    const field = label.locator('input:not([type="date"]), select').first();
    // Focused first: focusing may scroll the page, and both boxes are then read where they are.
    await field.focus();
    const words = await wordsBox(label);
    const ring = await field.evaluate((f) => {
      const style = getComputedStyle(f);
      return {
        top: f.getBoundingClientRect().top,
        outside: parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset),
      };
    });
    clearances.push(Math.round(ring.top - ring.outside - words.bottom));
  }
  await page.keyboard.press('Escape');
  return clearances;
}

describe.each(LANGS)('at a phone’s size (%s)', (lang) => {
  it('keeps a space between the camera and « Photo du ticket »', async () => {
    const { context, page } = await openCapture(lang);
    const camera = page.locator('label.receipt-camera');
    const gap = await camera.evaluate((label) => {
      const emoji = label.querySelector('span[aria-hidden="true"]') as Element;
      const words = [...label.childNodes].find((n) => n.nodeType === Node.TEXT_NODE) as Text;
      const range = document.createRange();
      range.selectNodeContents(words);
      return range.getBoundingClientRect().left - emoji.getBoundingClientRect().right;
    });
    // A space's width at least (17 px type: 4–5 px), not glued (0).
    expect(gap).toBeGreaterThanOrEqual(4);
    await context.close();
  });

  it('draws the settings’ checkboxes all the same size, none squeezed by long words', async () => {
    const { context, page } = await openCapture(lang);
    await page.getByRole('button', { name: WORDS[lang].settings, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: WORDS[lang].settings });
    await dialog.waitFor();
    // « Accès complet » of a token, in « Appareils et raccourcis », too: it was a 48 px box alone
    // on a line above its words.
    await dialog
      .getByText(lang === 'fr' ? 'Appareils et raccourcis' : 'Devices and shortcuts', { exact: true })
      .click();
    const boxes = dialog.locator('input[type="checkbox"]:visible');
    for (const box of await boxes.all()) {
      const label = box.locator('xpath=ancestor::label[1]');
      const words = await wordsBox(label);
      const r = await box.evaluate((b) => b.getBoundingClientRect().toJSON() as DOMRect);
      // Beside its words, on their first line.
      const said = (await label.textContent()) ?? '';
      expect(r.right, said).toBeLessThanOrEqual(words.left);
      expect(r.top, said).toBeLessThan(words.bottom);
      expect(r.bottom, said).toBeGreaterThan(words.top);
    }
    const sizes = await boxes.evaluateAll((boxes) =>
      boxes.map(
        (b) =>
          `${Math.round(b.getBoundingClientRect().width)}×${Math.round(b.getBoundingClientRect().height)}`,
      ),
    );
    // « Confirmer avant d’enregistrer », « Reconnaître la voix dans le navigateur », « Accès complet ».
    expect(sizes.length).toBeGreaterThanOrEqual(3);
    // 1.4rem of 17 px: the size settings-dialog.css gives them, as the language's radio buttons.
    expect(new Set(sizes)).toEqual(new Set(['24×24']));
    await context.close();
  });

  it('makes every panel title of the settings a finger’s height, all alike', async () => {
    const { context, page } = await openCapture(lang);
    await page.getByRole('button', { name: WORDS[lang].settings, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: WORDS[lang].settings });
    await dialog.waitFor();
    // The money panels (budget alerts, recurring) are loaded after the dialog opens: waited for.
    await expect.poll(() => dialog.locator('summary:visible').count()).toBeGreaterThanOrEqual(4);
    const heights = await dialog
      .locator('summary:visible')
      .evaluateAll((all) =>
        all.map((s) => `${s.textContent} ${Math.round(s.getBoundingClientRect().height)}`),
      );
    // Devices, household, budget alerts, what VoiceTrack learned at least.
    expect(heights.length, heights.join(', ')).toBeGreaterThanOrEqual(4);
    // « Appareils et raccourcis », « Foyer » and « Ce que VoiceTrack a appris » were 25 px tall
    // (the money panels' 48), the gaps between the titles uneven.
    for (const h of heights) expect(Number(h.split(' ').at(-1)), h).toBeGreaterThanOrEqual(44);
    expect(new Set(heights.map((h) => h.split(' ').at(-1))).size, heights.join(', ')).toBe(1);
    await context.close();
  });

  it('parts the rows of « Appareils et raccourcis » and names its fields in bold, as the other panels', async () => {
    const { context, page } = await openCapture(lang);
    await page.getByRole('button', { name: WORDS[lang].settings, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: WORDS[lang].settings });
    await dialog.waitFor();
    // A field of the settings above: « Devise par défaut » (.settings .field), bold.
    const fieldWeight = await dialog
      .locator('label.field')
      .first()
      .evaluate((l) => getComputedStyle(l).fontWeight);
    expect(Number(fieldWeight)).toBeGreaterThanOrEqual(600);
    await dialog
      .getByText(lang === 'fr' ? 'Appareils et raccourcis' : 'Devices and shortcuts', { exact: true })
      .click();
    const panel = dialog.locator('details.devices');
    const rows = panel.locator('.device-list li');
    // This phone, paired: one row at least.
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(1);
    // Each row parted from the next by a line (they sat tight, none between them).
    const lines = await rows.evaluateAll((all) =>
      all.map((li) => {
        const style = getComputedStyle(li);
        return `${style.borderBottomStyle} ${style.borderBottomWidth}`;
      }),
    );
    for (const line of lines) expect(line).toBe('solid 1px');
    // « Code d’appairage », « Nom du raccourci »: named in the same weight as the fields above;
    // what is typed in them, plain.
    const named = await panel
      .locator('label:not(.toggle):has(input)')
      .evaluateAll((all) =>
        all.map((l) => [
          getComputedStyle(l).fontWeight,
          getComputedStyle(l.querySelector('input') as Element).fontWeight,
        ]),
      );
    expect(named.length).toBeGreaterThanOrEqual(1);
    for (const [label, input] of named) {
      expect(label).toBe(fieldWeight);
      expect(Number(input)).toBe(400);
    }
    await panel.locator('form').last().scrollIntoViewIfNeeded();
    await shot(page, `devices-panel-${lang}`);
    await context.close();
  });

  it.each(['light', 'dark'] as const)(
    'writes the settings’ links in one colour, the app’s (%s)',
    async (colorScheme) => {
      const context = await e2e.newContext({ locale: WORDS[lang].locale, viewport: PHONE, colorScheme });
      const app = new CapturePage(await context.newPage(), lang);
      await app.open(e2e.stack.url);
      const page = app.page;
      await page.getByRole('button', { name: WORDS[lang].settings, exact: true }).click();
      const dialog = page.getByRole('dialog', { name: WORDS[lang].settings });
      const colour = (l: Locator) => l.evaluate((e) => getComputedStyle(e).color);
      // « Exporter ou importer vos données » (a button drawn as a link) and the open data's links
      // (OpenStreetMap's copyright page, the licences' notices).
      const data = await colour(dialog.locator('button.link').first());
      const links = await dialog.locator('.open-data a').all();
      expect(links.length).toBe(2);
      for (const link of links) expect(await colour(link)).toBe(data);
      await context.close();
    },
  );

  it('keeps the edit dialog’s labels clear of their field’s focus ring', async () => {
    const { context, page } = await openCapture(lang);
    await typeExpense(new CapturePage(page, lang), lang === 'fr' ? '2 € de café' : '2 euros coffee');
    await page.locator('.day .expense-button').first().click();
    const dialog = page.getByRole('dialog', { name: WORDS[lang].editTitle });
    await dialog.waitFor();
    const clearances = await ringClearances(page, dialog);
    expect(clearances.length).toBe(5);
    for (const c of clearances) expect(c).toBeGreaterThanOrEqual(0);
    await context.close();
  });

  it('keeps a budget form’s labels clear of their field’s focus ring', async () => {
    await seedOnce();
    const context = await e2e.newContext({ locale: WORDS[lang].locale, viewport: PHONE });
    const page = await openMonth(context, e2e.stack.url, lang);
    await page.locator('.budget-add').click();
    const form = page.locator('form.budget-form');
    await form.waitFor();
    const clearances = await ringClearances(page, form);
    expect(clearances.length).toBeGreaterThanOrEqual(2);
    for (const c of clearances) expect(c).toBeGreaterThanOrEqual(0);
    await context.close();
  });
});

/** How many lines an element's words take (distinct tops of their boxes). */
const lineCount = (element: Locator) =>
  element.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const tops = new Set(
      [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)),
    );
    return tops.size;
  });

describe.each(LANGS)('the top of the first screens at a phone’s size (%s)', (lang) => {
  it.each(['light', 'dark'] as const)(
    'keeps the offline and pending pills on one line with the name, and the month’s title on one line (%s)',
    async (colorScheme) => {
      await seedOnce();
      const context = await e2e.newContext({ locale: WORDS[lang].locale, viewport: PHONE, colorScheme });
      const app = new CapturePage(await context.newPage(), lang);
      await app.open(e2e.stack.url);
      const { page } = app;
      const header = page.locator('header.top');
      const heightOnline = await header.evaluate((h) => h.getBoundingClientRect().height);
      // Offline, a typed expense waits on the phone: « Hors ligne » and « 1 en attente ».
      await context.setOffline(true);
      await app.typedInput.fill(lang === 'fr' ? '4 € de pain' : '$4 bread');
      await app.typedInput.press('Enter');
      const badges = header.locator('.badge');
      await expect.poll(() => badges.count(), { timeout: 20_000 }).toBe(2);
      const boxes = await badges.evaluateAll((els) =>
        els.map((b) => {
          const r = b.getBoundingClientRect();
          return {
            text: b.textContent,
            top: Math.round(r.top),
            right: r.right,
            scroll: b.scrollWidth - b.clientWidth,
          };
        }),
      );
      // Side by side on one line, inside the screen, no word cut.
      expect(new Set(boxes.map((b) => b.top)).size, JSON.stringify(boxes)).toBe(1);
      for (const b of boxes) {
        expect(b.right).toBeLessThanOrEqual(PHONE.width);
        expect(b.scroll).toBeLessThanOrEqual(0);
      }
      // The header does not grow for them (one line; « 1 en attente » went under « Hors ligne »).
      expect(await header.evaluate((h) => h.getBoundingClientRect().height)).toBeLessThanOrEqual(
        heightOnline,
      );
      expect(await lineCount(header.locator('h1'))).toBe(1);
      await shot(page, `top-${lang}-${colorScheme}`);

      // Online again: the month is read from the server.
      await context.setOffline(false);
      await page.getByRole('button', { name: lang === 'fr' ? 'Mois' : 'Month', exact: true }).click();
      const title = page.locator('#month-title');
      await title.waitFor();
      // Offline on the month too: its pills and its title each keep their one line.
      await context.setOffline(true);
      await header.getByText(lang === 'fr' ? 'Hors ligne' : 'Offline').waitFor();
      expect(await header.evaluate((h) => h.getBoundingClientRect().height)).toBeLessThanOrEqual(
        heightOnline,
      );
      // A title, not a line of text: larger than the body's words (it was 0.9 of them, 15.3 px).
      const sizes = await title.evaluate((h) => ({
        title: parseFloat(getComputedStyle(h).fontSize),
        body: parseFloat(getComputedStyle(document.body).fontSize),
      }));
      expect(sizes.title / sizes.body, JSON.stringify(sizes)).toBeGreaterThanOrEqual(1.15);
      // The arrows are a finger's size (44 × 44 px at least; they were 41 px wide), on the screen.
      for (const name of lang === 'fr'
        ? ['Mois précédent', 'Mois suivant']
        : ['Previous month', 'Next month']) {
        const box = await page.getByRole('button', { name, exact: true }).boundingBox();
        expect(box, name).not.toBeNull();
        expect(box?.width, name).toBeGreaterThanOrEqual(44);
        expect(box?.height, name).toBeGreaterThanOrEqual(44);
        expect((box?.x ?? 0) + (box?.width ?? 0), name).toBeLessThanOrEqual(PHONE.width);
      }
      // « Dépenses de décembre 2026 » went to two lines. The month shown, then the longest names
      // of months in its words (the same heading, its words replaced).
      expect(await lineCount(title), (await title.textContent()) ?? '').toBe(1);
      for (const month of lang === 'fr'
        ? ['Dépenses de décembre 2026', 'Dépenses de septembre 2026']
        : ['Spending in September 2026', 'Spending in December 2026']) {
        await title.evaluate((h, words) => {
          h.textContent = words;
        }, month);
        expect(await lineCount(title), month).toBe(1);
        expect(await title.evaluate((h) => h.scrollWidth - h.clientWidth), month).toBeLessThanOrEqual(0);
      }
      await shot(page, `month-${lang}-${colorScheme}`);
      await context.close();
    },
  );
});

describe.each(LANGS)('the pairing banner of a phone not paired, at a phone’s size (%s)', (lang) => {
  it.each(['light', 'dark'] as const)(
    'sits in the column of the tabs, its code’s words across the banner (%s)',
    async (colorScheme) => {
      const context = await e2e.newContext({ locale: WORDS[lang].locale, viewport: PHONE, colorScheme });
      const page = await context.newPage();
      // Opened without its pairing link: the banner asks for the code.
      await page.goto(e2e.stack.url);
      const banner = page.getByRole('region', {
        name: lang === 'fr' ? 'Ce téléphone n’est pas appairé' : 'This phone is not paired',
      });
      await banner.waitFor({ timeout: 20_000 });
      await shot(page, `pairing-${lang}-${colorScheme}`);
      const box = (l: Locator) => l.evaluate((e) => e.getBoundingClientRect().toJSON() as DOMRect);
      const tabs = await box(page.locator('.tabs button').first());
      const b = await box(banner);
      // It touched both edges of the screen (0 and 390), its border cut by them.
      expect(Math.round(b.left)).toBe(Math.round(tabs.left));
      expect(Math.round(PHONE.width - b.right)).toBe(Math.round(tabs.left));
      const label = banner.locator('label');
      const field = await box(banner.getByRole('textbox'));
      const button = await box(banner.getByRole('button', { name: lang === 'fr' ? 'Appairer' : 'Pair' }));
      // The field and its button on one line, under the words; the words across the banner, over
      // both (they were a column beside the button, the French three lines of half a screen).
      expect(Math.round(field.top)).toBe(Math.round(button.top));
      const words = await label.evaluate((l) => {
        const range = document.createRange();
        range.selectNodeContents(l);
        return range.getBoundingClientRect().toJSON() as DOMRect;
      });
      expect(field.top).toBeGreaterThanOrEqual(words.bottom);
      expect(words.right).toBeGreaterThan(field.right);
      expect(await lineCount(label), (await label.textContent()) ?? '').toBeLessThanOrEqual(
        lang === 'fr' ? 3 : 2,
      );
      await context.close();
    },
  );
});

describe.each(LANGS)('a card CSV whose columns are asked for, at a phone’s size (%s)', (lang) => {
  it('shows its four columns whole, without scrolling sideways, and its labels clear of the rings', async () => {
    await seedOnce();
    const context = await e2e.newContext({ locale: WORDS[lang].locale, viewport: PHONE });
    const page = await openMonth(context, e2e.stack.url, lang);
    await page.getByLabel(lang === 'fr' ? 'Compte (facultatif)' : 'Account (optional)').fill(`Card ${lang}`);
    const csv =
      lang === 'fr'
        ? 'Quand,Quoi,Combien,Monnaie\n10/11/2026,Boulangerie Paul,-7.00,EUR\n'
        : 'When,What,How much,Currency\n10/11/2026,Paul Bakery,-7.00,EUR\n';
    await page
      .locator('input[type="file"][accept*=".ofx"]')
      .setInputFiles({ name: 'card.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const form = page.locator('form.mapping');
    await form.waitFor();
    const preview = await form.locator('.preview').evaluate((p) => ({
      scroll: p.scrollWidth,
      width: p.clientWidth,
      columns: [...p.querySelectorAll('th')].map(
        (th) => `${th.textContent} ${Math.round(th.getBoundingClientRect().width)}`,
      ),
    }));
    // Every column in the phone's width: « Currency » was cut at the screen's edge.
    expect(preview.scroll, `columns ${preview.columns.join(' + ')}`).toBeLessThanOrEqual(preview.width);
    for (const c of await ringClearances(page, form)) expect(c).toBeGreaterThanOrEqual(0);
    await context.close();
  });
});

describe('an empty month at a small phone’s size (fr)', () => {
  it('never breaks « mois-ci » at its hyphen beside the arrows', async () => {
    await seedOnce();
    // 375 px: an iPhone SE's width (it broke so from 370 to 380 px, and in Firefox at 390, its
    // scrollbar taking 12).
    const context = await e2e.newContext({ locale: WORDS.fr.locale, viewport: { width: 375, height: 667 } });
    const page = await openMonth(context, e2e.stack.url, 'fr');
    await page.getByRole('button', { name: 'Mois suivant' }).click();
    const empty = page.locator('.month-nav p.empty');
    await empty.waitFor();
    const lines = await empty.evaluate((p) => {
      const text = p.firstChild as Text;
      const at = (text.textContent ?? '').search(/mois[-\u2011]ci/u);
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + 'mois-ci'.length);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    });
    // « Aucune dépense ce mois- » then « ci. » under it: one word cut in two.
    expect(lines).toBe(1);
    await context.close();
  });
});

describe.each(LANGS)('words that are no expense, at a phone’s size (%s)', (lang) => {
  it.each([
    ['a movement', { fr: 'Paul m’a remboursé 20 €', en: 'Paul paid me back 20 euros' }],
    [
      'a question',
      { fr: 'Paul, combien coûte le pass, 86 € ?', en: 'Paul, how much is the pass, 86 euros?' },
    ],
  ])('keeps the words of %s the card’s width, its button on a line under them', async (kind, words) => {
    const context = await e2e.newContext({ locale: WORDS[lang].locale, viewport: PHONE });
    const app = new CapturePage(await context.newPage(), lang);
    await app.open(e2e.stack.url);
    await typeExpense(app, words[lang]);
    const card = app.page.locator('.note-empty').filter({ hasText: 'Paul' });
    const button = card.getByRole('button', {
      name: lang === 'fr' ? 'Enregistrer comme dépense' : 'Record as an expense',
    });
    await button.waitFor({ timeout: 30_000 });
    await card.scrollIntoViewIfNeeded();
    await shot(app.page, `no-expense-${kind.replace(' ', '-')}-${lang}`);
    const box = await card.evaluate((c) => ({
      card: c.getBoundingClientRect().width,
      words: (c.querySelector('.note-what') as Element).getBoundingClientRect().width,
      wordsBottom: (c.querySelector('.note-what') as Element).getBoundingClientRect().bottom,
    }));
    // In English the button fitted beside them: the words were squeezed into a 43 px column, a
    // letter or two a line (Firefox showed it; the rule is every engine's).
    expect(box.words).toBeGreaterThan(box.card / 2);
    expect((await button.boundingBox())?.y).toBeGreaterThanOrEqual(box.wordsBottom);
    await context.close();
  });
});
