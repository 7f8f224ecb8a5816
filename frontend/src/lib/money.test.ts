import { describe, expect, it } from 'vitest';
import { formatAmount } from '@/lib/money';

describe('formatAmount', () => {
  it('formats numbers and decimal strings in the currency and locale', () => {
    expect(formatAmount(80, 'EUR', 'en-US')).toBe('€80.00');
    expect(formatAmount('80.50', 'EUR', 'en-US')).toBe('€80.50');
    expect(formatAmount(1240, 'EUR', 'de-DE')).toBe('1.240,00\u00a0€');
    expect(formatAmount(3500, 'JPY', 'en-US')).toBe('¥3,500');
  });

  it('falls back to the plain amount and code when Intl cannot help', () => {
    expect(formatAmount(80, 'NOPE', 'en-US')).toBe('80.00 NOPE');
    expect(formatAmount('n/a', 'EUR', 'en-US')).toBe('n/a EUR');
  });
});

describe('formatAmount for fees', () => {
  it('leaves the zero cents off a whole amount, and keeps real cents', () => {
    expect(formatAmount('80.00', 'EUR', 'en-US', { wholeWithoutCents: true })).toBe('€80');
    expect(formatAmount('80.50', 'EUR', 'en-US', { wholeWithoutCents: true })).toBe('€80.50');
  });
});
