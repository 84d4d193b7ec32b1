/** The core flows (support/engines/core-flows.ts) in firefox, as deployed: one phone, one browser. */
import { itPairsABankLineWithAnExpenseSaidAtAnotherAmount } from './support/engines/bank-pairing-flow.ts';
import { itEditsABillAmountOfflineAndShowsItsShares } from './support/engines/bill-edit-flow.ts';
import { itChangesWhoPaidAndTheSharesOfABill } from './support/engines/bill-shares-flow.ts';
import { describeCoreFlows } from './support/engines/core-flows.ts';
import { itSaysTheEditFormsFieldsInItsOwnWords } from './support/engines/edit-form-words-flow.ts';
import {
  itJoinsAHouseholdAndSplitsABill,
  itSettlesUpWithTheHousehold,
} from './support/engines/household-flow.ts';
import { itDeletesARowWhileItsNoteIsOnItsWay } from './support/engines/in-flight-flow.ts';
import { itHearsAnotherDeviceLiveAndAfterALostConnection } from './support/engines/live-stream-flow.ts';
import { itReadsAGalleryReceipt, itShowsAndDeletesTheTicketPhoto } from './support/engines/receipt-flow.ts';
import { itTellsAChangeRefusedForGoodAndSendsTheNextOne } from './support/engines/refused-change-flow.ts';
import { itChangesAnUnsentBillsPayerAndShares } from './support/engines/unsent-bill-split-flow.ts';

const phone = describeCoreFlows('firefox');
itReadsAGalleryReceipt(phone, 'fr');
itShowsAndDeletesTheTicketPhoto(phone, 'fr');
itJoinsAHouseholdAndSplitsABill(phone, 'fr');
itSettlesUpWithTheHousehold(phone, 'fr');
itPairsABankLineWithAnExpenseSaidAtAnotherAmount(phone, 'fr');
itDeletesARowWhileItsNoteIsOnItsWay(phone, 'fr');
itEditsABillAmountOfflineAndShowsItsShares(phone, 'fr');
itChangesWhoPaidAndTheSharesOfABill(phone, 'fr');
itHearsAnotherDeviceLiveAndAfterALostConnection(phone, 'fr');
itTellsAChangeRefusedForGoodAndSendsTheNextOne(phone, 'fr');
itChangesAnUnsentBillsPayerAndShares(phone, 'fr');
itSaysTheEditFormsFieldsInItsOwnWords(phone, 'fr');
