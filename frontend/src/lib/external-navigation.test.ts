import { describe, expect, it } from 'vitest';
import { isSafeRedirect } from '@/lib/external-navigation';

describe('isSafeRedirect', () => {
  it('follows in-app paths and https checkout pages only', () => {
    expect(isSafeRedirect('/test-checkout/4b1c')).toBe(true);
    expect(isSafeRedirect('https://checkout.stripe.com/c/pay/cs_test_a1')).toBe(true);
    expect(isSafeRedirect('//evil.example/x')).toBe(false);
    expect(isSafeRedirect('http://checkout.stripe.com/c/pay')).toBe(false);
    expect(isSafeRedirect('javascript:alert(1)')).toBe(false);
    expect(isSafeRedirect('test-checkout/4b1c')).toBe(false);
  });
});
