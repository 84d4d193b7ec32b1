/** The receipts' words (the photo buttons, the card while it is read, the photo in the edit dialog). */

// French puts a no-break space before ":" (U+00A0); English none.
const NBSP = '\u00a0';

export const receiptsFr = {
  receiptPhoto: 'Photo du ticket',
  receiptGallery: 'Depuis la galerie',
  receiptNote: 'Ticket de caisse',
  receiptReading: 'Lecture du ticket…',
  receiptUnreadable: `Cette photo ne peut pas être lue${NBSP}: essayez-en une autre (JPEG ou PNG).`,
  receiptPhotoAlt: 'Photo du ticket de cette dépense',
  receiptShowPhoto: 'Voir la photo du ticket',
  receiptDeletePhoto: 'Supprimer la photo',
  receiptPhotoDeleted: 'Photo supprimée',
  receiptPhotoUnavailable: 'La photo n’est pas disponible hors ligne.',
};

export type ReceiptsStrings = typeof receiptsFr;

export const receiptsEn: ReceiptsStrings = {
  receiptPhoto: 'Photo of a receipt',
  receiptGallery: 'From the gallery',
  receiptNote: 'Receipt',
  receiptReading: 'Reading the receipt…',
  receiptUnreadable: 'This photo cannot be read: try another one (JPEG or PNG).',
  receiptPhotoAlt: 'Photo of this expense’s receipt',
  receiptShowPhoto: 'Show the receipt’s photo',
  receiptDeletePhoto: 'Delete the photo',
  receiptPhotoDeleted: 'Photo deleted',
  receiptPhotoUnavailable: 'The photo is not available offline.',
};
