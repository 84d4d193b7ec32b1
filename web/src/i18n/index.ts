/**
 * Every word the app shows, in French and English: the first screen's (first-screen-words.ts), the
 * capture screen's others (capture-screen.ts) and the other screens' (other-screens.ts), joined
 * here into one `Strings` per language.
 */
import { type CaptureScreenStrings, captureScreenEn, captureScreenFr } from './capture-screen.ts';
import { type FirstScreenStrings, firstScreenEn, firstScreenFr } from './first-screen-words.ts';
import type { Lang } from './lang.ts';
import { type OtherScreensStrings, otherScreensEn, otherScreensFr } from './other-screens.ts';
import { type ReceiptsStrings, receiptsEn, receiptsFr } from './receipts.ts';

export { CATEGORY_ICONS } from './capture-screen.ts';
export { formatAmount, formatDay, formatMonth } from './format.ts';
export { initialLang, type Lang, localeOf } from './lang.ts';

export type Strings = FirstScreenStrings & CaptureScreenStrings & OtherScreensStrings & ReceiptsStrings;

export const STRINGS: Record<Lang, Strings> = {
  fr: { ...firstScreenFr, ...captureScreenFr, ...otherScreensFr, ...receiptsFr },
  en: { ...firstScreenEn, ...captureScreenEn, ...otherScreensEn, ...receiptsEn },
};

/**
 * Why an expense waits for review, in words: « À vérifier : montant inhabituellement élevé »; a
 * receipt's in a photo's words (« aucun total lu sur la photo », not « aucun montant entendu »),
 * typed or shared words' as text (« aucun montant dans le texte »).
 */
export function reviewText(t: Strings, reason: string | null | undefined, source?: string): string {
  const why = reason
    ? ((source === 'receipt'
        ? t.receiptReviewReasons[reason]
        : source === 'text'
          ? t.textReviewReasons[reason]
          : undefined) ?? t.reviewReasons[reason])
    : undefined;
  return why ? t.previewReview(why) : t.needsReview;
}
