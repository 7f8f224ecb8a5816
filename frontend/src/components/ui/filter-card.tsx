import { Button, Card, Group, Stack, TextInput, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled card of filters with a way back to where they started. */
export function FilterCard({
  headingId,
  title,
  resetLabel,
  onReset,
  resetDisabled,
  children,
}: {
  headingId: string;
  title: string;
  resetLabel: string;
  onReset: () => void;
  resetDisabled: boolean;
  children: ReactNode;
}) {
  return (
    <Card component="section" aria-labelledby={headingId} padding="md">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} id={headingId} fz="h4">
            {title}
          </Title>
          <Button variant="subtle" size="xs" onClick={onReset} disabled={resetDisabled}>
            {resetLabel}
          </Button>
        </Group>
        {children}
      </Stack>
    </Card>
  );
}

/** A search landmark of filter fields in a row. */
export function SearchCard({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Card padding="md" role="search" aria-label={label}>
      {children}
    </Card>
  );
}

export type DateRange = { from: string; to: string };

/** A range that ends before it starts is the field's error, never a request the server refuses. */
export function isRangeInvalid({ from, to }: DateRange): boolean {
  return from !== '' && to !== '' && to < from;
}

/**
 * "From" and "To" date fields (ISO dates, either may be empty). `bounded` keeps each field's
 * picker on its side of the other.
 */
export function DateRangeFields({
  value,
  onChange,
  labels,
  bounded = false,
}: {
  value: DateRange;
  onChange: (patch: Partial<DateRange>) => void;
  labels: { from: string; to: string; invalid: string };
  bounded?: boolean;
}) {
  return (
    <>
      <TextInput
        type="date"
        label={labels.from}
        value={value.from}
        max={bounded ? value.to || undefined : undefined}
        onChange={(event) => onChange({ from: event.currentTarget.value })}
      />
      <TextInput
        type="date"
        label={labels.to}
        value={value.to}
        min={bounded ? value.from || undefined : undefined}
        onChange={(event) => onChange({ to: event.currentTarget.value })}
        error={isRangeInvalid(value) ? labels.invalid : undefined}
      />
    </>
  );
}
