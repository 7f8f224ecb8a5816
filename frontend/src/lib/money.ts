/**
 * Amounts as the API sends them (a JSON number such as 80 or 80.5, or a decimal string) in an
 * ISO 4217 currency, worded by `Intl.NumberFormat` for the reader's locale: "€80.00", "80,00 €".
 */
export function formatAmount(amount: number | string, currency: string, locale: string): string {
  const value = typeof amount === 'number' ? amount : Number(amount);
  if (!Number.isFinite(value)) return `${amount} ${currency}`;
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(value);
  } catch {
    // Not a currency code Intl knows: the plain number and the code still say it.
    return `${value.toFixed(2)} ${currency}`;
  }
}
