import { Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ClockIcon } from '@/components/ui/icons';
import { useNow } from '@/lib/use-now';

/** "14:59", or "1:04:59" past an hour: the time left, never below zero. */
export function formatCountdown(milliseconds: number): string {
  const total = Math.max(0, Math.ceil(milliseconds / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const mmss = `${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
  return hours > 0 ? `${hours}:${mmss}` : mmss;
}

/**
 * A booking held until it is paid: "Reserved until you pay" and a live mm:ss countdown to
 * `until`. The ticking timer is not announced; a polite status says the minutes left at most
 * once a minute, and that the hold has run out when it has.
 */
export function HoldCountdown({ until, note }: { until: string; note?: string }) {
  const { t } = useTranslation();
  const now = useNow(1000);
  const left = Date.parse(until) - now;
  const lapsed = left <= 0;
  const minutes = Math.ceil(left / 60_000);

  return (
    <Stack gap={2}>
      <Group gap={8} wrap="nowrap" align="center">
        <Text component="span" c="orange.9" style={{ display: 'inline-flex' }} aria-hidden="true">
          <ClockIcon size={18} />
        </Text>
        <Text fw={650} c="var(--mantine-color-orange-light-color)">
          {lapsed ? t('hold.lapsed') : t('hold.reserved')}
        </Text>
        {!lapsed && (
          <Text span fw={700} ff="monospace" style={{ fontVariantNumeric: 'tabular-nums' }}>
            <VisuallyHidden>{t('hold.timeLeft')} </VisuallyHidden>
            <span role="timer">{formatCountdown(left)}</span>
          </Text>
        )}
      </Group>
      {note && !lapsed && (
        <Text size="sm" c="gray.7">
          {note}
        </Text>
      )}
      <VisuallyHidden role="status" aria-live="polite">
        {lapsed ? t('hold.lapsed') : t('hold.minutesLeft', { count: minutes })}
      </VisuallyHidden>
    </Stack>
  );
}
