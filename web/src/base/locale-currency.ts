/**
 * The currency a phone's locale suggests, for the first run (before the person chooses one):
 * en-US → USD, en-GB → GBP, fr-FR, fr-BE, de-DE → EUR, fr-CH → CHF. Read from the locale's
 * region (a bare language is taken at its likeliest region: "fr" → FR); null when the region is
 * unknown here (the server's default then).
 */
const EURO =
  'AD AT BE BL CY DE EE ES FI FR GF GP GR HR IE IT LT LU LV MC ME MF MQ MT NL PM PT RE SI SK SM VA XK YT';
const OTHERS: Record<string, string> = {
  US: 'USD',
  GB: 'GBP',
  CH: 'CHF',
  LI: 'CHF',
  CA: 'CAD',
  AU: 'AUD',
  NZ: 'NZD',
  JP: 'JPY',
  SE: 'SEK',
  NO: 'NOK',
  DK: 'DKK',
  PL: 'PLN',
  CZ: 'CZK',
  HU: 'HUF',
  RO: 'RON',
  MA: 'MAD',
  TN: 'TND',
  DZ: 'DZD',
  // The West African CFA franc's countries.
  SN: 'XOF',
  CI: 'XOF',
  BJ: 'XOF',
  BF: 'XOF',
  ML: 'XOF',
  NE: 'XOF',
  TG: 'XOF',
  GW: 'XOF',
};
const BY_REGION: Record<string, string> = {
  ...Object.fromEntries(EURO.split(' ').map((r) => [r, 'EUR'])),
  ...OTHERS,
};

export function currencyOfLocale(tag: string | undefined): string | null {
  if (!tag) return null;
  let region: string | undefined;
  try {
    region = new Intl.Locale(tag).maximize().region;
  } catch {
    return null;
  }
  return (region && BY_REGION[region]) ?? null;
}
