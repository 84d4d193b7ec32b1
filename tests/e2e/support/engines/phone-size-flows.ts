/**
 * Flows Chromium alone ran before, at a phone's size (390 × 844; WebKitGTK's window is 447 px
 * wide at least), on the phone of describeCoreFlows after its other flows: the result toast said
 * on the capture list only and hidden under a dialog with the rows kept in place
 * (result-toast-flow.ts), the edit dialog's day typed in the app's order and saved
 * (edit-date-flow.ts), and the record shortcut opened by another site or by the person
 * (record-shortcut-flow.ts). The phone stays a phone's size after them.
 */
import type { Lang } from './capture-screen.ts';
import { itSavesADayTypedInTheAppsOrder } from './edit-date-flow.ts';
import type { PhoneOnStack } from './phone-on-stack.ts';
import { itWaitsForATapWhenAnotherSiteOpensTheRecordShortcut } from './record-shortcut-flow.ts';
import { itKeepsTheResultToastOnTheCaptureList } from './result-toast-flow.ts';

export function itLivesThePhoneSizeFlows(held: PhoneOnStack, lang: Lang): void {
  itKeepsTheResultToastOnTheCaptureList(held, lang);
  itSavesADayTypedInTheAppsOrder(held, lang);
  itWaitsForATapWhenAnotherSiteOpensTheRecordShortcut(held, lang);
}
