import { useTranslation } from 'react-i18next';
import { formatLocale } from '@/lib/time';

/**
 * Amounts as the API sends them (a JSON number such as 80 or 80.5, or a decimal string) in an
 * ISO 4217 currency, worded by `Intl.NumberFormat` for the reader's locale: "€80.00", "80,00 €".
 * `wholeWithoutCents` words a whole amount without its zero cents ("€80"), as fees are shown.
 */
export function formatAmount(amount: number | string, currency: string, locale: string, { wholeWithoutCents = false } = {}): string {
  const value = typeof amount === 'number' ? amount : Number(amount);
  if (!Number.isFinite(value)) return `${amount} ${currency}`;
  try {
    return new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      ...(wholeWithoutCents && Number.isInteger(value) ? { minimumFractionDigits: 0 } : {}),
    }).format(value);
  } catch {
    // Not a currency code Intl knows: the plain number and the code still say it.
    return `${value.toFixed(2)} ${currency}`;
  }
}

/** `formatAmount` in the language the app is shown in. */
export function useFormatAmount(): (amount: number | string, currency: string, options?: { wholeWithoutCents?: boolean }) => string {
  const { i18n } = useTranslation();
  const locale = formatLocale(i18n.language);
  return (amount, currency, options) => formatAmount(amount, currency, locale, options);
}
