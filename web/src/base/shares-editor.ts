/**
 * The seam between a household bill's edit dialog (expenses/) and « Qui a payé, qui doit quoi »
 * (households/bill-shares-editor.tsx), which the shell hands to it: neither room imports the other.
 */
import type { BillShares, Household, SharesForm } from '@voicetrack/shared';
import type { Lang } from '../i18n/lang.ts';

/** What the dialog gives the shares' editor: the dialog holds the form, the editor draws and changes it. */
export interface SharesEditorProps {
  lang: Lang;
  household: Household;
  bill: BillShares;
  members: ReadonlyArray<{ id: string; name: string }>;
  currency: string;
  /** The amount in the dialog's field, in cents; null while it is no amount. */
  totalCents: number | null;
  form: SharesForm;
  onChange: (form: SharesForm) => void;
}
