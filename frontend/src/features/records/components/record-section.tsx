import { Card, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A card of the record (notes, attachments, allergies…): its heading, what comes before the list
 * (a form), the list or a line saying it is empty, then what follows (an add form, a failure).
 */
export function RecordSection({
  headingId,
  title,
  count,
  emptyText,
  gap = 'sm',
  listGap = 'xs',
  before,
  after,
  children,
}: {
  headingId: string;
  title: string;
  /** How many items the list holds; none shows `emptyText` instead. */
  count: number;
  emptyText: string;
  gap?: 'sm' | 'md';
  listGap?: 'xs' | 'sm';
  before?: ReactNode;
  after?: ReactNode;
  /** The list's items (`li` elements). */
  children: ReactNode;
}) {
  return (
    <Card component="section" aria-labelledby={headingId} padding="lg">
      <Stack gap={gap}>
        <Title order={2} id={headingId} fz="h3">
          {title}
        </Title>
        {before}
        {count === 0 ? (
          <Text c="gray.7">{emptyText}</Text>
        ) : (
          <Stack component="ul" gap={listGap} p={0} m={0} style={{ listStyle: 'none' }}>
            {children}
          </Stack>
        )}
        {after}
      </Stack>
    </Card>
  );
}
