import { act, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatCountdown, HoldCountdown } from '@/components/ui/hold-countdown';
import { renderWithProviders } from '@/testing/test-utils';

describe('HoldCountdown', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'], shouldAdvanceTime: false });
    vi.setSystemTime(new Date('2027-03-25T12:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('words the time left as mm:ss', () => {
    expect(formatCountdown(15 * 60_000)).toBe('15:00');
    expect(formatCountdown(61_500)).toBe('01:02');
    expect(formatCountdown(-5)).toBe('00:00');
    expect(formatCountdown(3_725_000)).toBe('1:02:05');
  });

  it('ticks every second but tells screen readers the minutes left only when the minute changes', async () => {
    renderWithProviders(<HoldCountdown until="2027-03-25T12:02:00Z" />);
    expect(screen.getByText('Reserved until you pay')).toBeInTheDocument();
    const timer = screen.getByRole('timer');
    const status = screen.getByRole('status');
    expect(timer).toHaveTextContent('02:00');
    expect(status).toHaveTextContent('2 minutes left to pay.');

    await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(timer).toHaveTextContent('01:59');
    expect(status).toHaveTextContent('2 minutes left to pay.');

    await act(() => vi.advanceTimersByTimeAsync(59_000));
    expect(timer).toHaveTextContent('01:00');
    expect(status).toHaveTextContent('1 minute left to pay.');

    await act(() => vi.advanceTimersByTimeAsync(60_000));
    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
    expect(status).toHaveTextContent('The time to pay has run out');
  });
});
