import { Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { QueryView } from '@/components/ui/query-state';

/** One column of a list's table: its header and what each row shows in it. */
export type DataColumn<T> = {
  key: string;
  header: ReactNode;
  cell: (item: T) => ReactNode;
  align?: 'right';
  maw?: number;
};

/** Where a list turns from cards into a table: Mantine's `sm` (48em) or `md` (62em). */
export type WideFrom = 'sm' | 'md';
const WIDE_FROM: Record<WideFrom, string> = { sm: '(min-width: 48em)', md: '(min-width: 62em)' };

/** True on screens at least as wide as the breakpoint; read at once, so a phone never sees the table first. */
export function useWide(from: WideFrom = 'md'): boolean {
  return useMediaQuery(WIDE_FROM[from], true, { getInitialValueInEffect: false });
}

type TableProps<T> = {
  items: T[];
  /** `false` leaves a column out (a column some callers show and others do not). */
  columns: (DataColumn<T> | false)[];
  rowKey: (item: T, index: number) => string;
  /** Below this width the table scrolls sideways rather than squeezing its columns. */
  minWidth: number;
  /** The heading that names the table (and the list of cards). */
  labelledBy?: string;
  /** Tighter rows without hover, for small summaries. */
  compact?: boolean;
};

/** A table with one header row; its columns say what each cell shows. */
export function DataTable<T>({ items, columns, rowKey, minWidth, labelledBy, compact = false }: TableProps<T>) {
  const shown = columns.filter((column): column is DataColumn<T> => column !== false);
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table verticalSpacing={compact ? 'xs' : 'sm'} horizontalSpacing="md" highlightOnHover={!compact} aria-labelledby={labelledBy}>
        <Table.Thead>
          <Table.Tr>
            {shown.map((column) => (
              <Table.Th key={column.key} scope="col" ta={column.align}>
                {column.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item, index) => (
            <Table.Tr key={rowKey(item, index)}>
              {shown.map((column) => (
                <Table.Td key={column.key} ta={column.align} maw={column.maw}>
                  {column.cell(item)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export type ResponsiveListProps<T> = Omit<TableProps<T>, 'columns' | 'minWidth' | 'compact'> & {
  /** Without columns the list is cards at every width. */
  columns?: (DataColumn<T> | false)[];
  minWidth?: number;
  card: (item: T) => ReactNode;
  wideFrom?: WideFrom;
};

/** Rows in a table on wide screens and a list of cards on narrow ones. */
export function ResponsiveList<T>({ items, columns, card, rowKey, wideFrom = 'md', minWidth = 0, labelledBy }: ResponsiveListProps<T>) {
  const wide = useWide(wideFrom);
  if (wide && columns) {
    return (
      <Card padding={0}>
        <DataTable items={items} columns={columns} rowKey={rowKey} minWidth={minWidth} labelledBy={labelledBy} />
      </Card>
    );
  }
  return (
    <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby={labelledBy}>
      {items.map((item, index) => (
        <li key={rowKey(item, index)}>{card(item)}</li>
      ))}
    </Stack>
  );
}

/**
 * A query's list: loading, failed and empty faces from `QueryView`, then a table on wide screens
 * and cards on narrow ones. With `heading` it is a section named by that heading, with the count
 * beside it once the answer is in.
 */
export function DataList<D, T = D extends (infer I)[] ? I : never>({
  query,
  rows = (data) => data as unknown as T[],
  loadingLabel,
  errorTitle,
  empty,
  noMatch,
  skeleton = { count: 4, height: 56 },
  isEmpty,
  heading,
  above,
  below,
  ...list
}: Omit<ResponsiveListProps<T>, 'items'> & {
  query: UseQueryResult<D>;
  /** The rows to show out of the answer; the answer itself when it is the list. */
  rows?: (data: D) => T[];
  loadingLabel: string;
  errorTitle: string;
  /** Shown when the answer holds nothing. */
  empty: ReactNode;
  /** Shown when the answer holds something but `rows` leaves nothing of it (a filter in the page). */
  noMatch?: ReactNode;
  skeleton?: { count: number; height: number };
  isEmpty?: (data: D) => boolean;
  heading?: { id: string; title: string; count?: (data: D) => ReactNode };
  above?: (data: D) => ReactNode;
  below?: (data: D) => ReactNode;
}) {
  const view = (
    <QueryView
      query={query}
      loadingLabel={loadingLabel}
      skeleton={skeleton}
      errorTitle={errorTitle}
      empty={empty}
      isEmpty={isEmpty ?? (noMatch ? (data) => Array.isArray(data) && data.length === 0 : (data) => rows(data).length === 0)}
    >
      {(data) => {
        const items = rows(data);
        const content = items.length === 0 && noMatch ? noMatch : <ResponsiveList items={items} labelledBy={heading?.id} {...list} />;
        if (!above && !below) return content;
        return (
          <Stack gap="sm">
            {above?.(data)}
            {content}
            {below?.(data)}
          </Stack>
        );
      }}
    </QueryView>
  );
  if (!heading) return view;
  return (
    <section aria-labelledby={heading.id}>
      <Group justify="space-between" mb="sm">
        <Title order={2} id={heading.id} fz="h3">
          {heading.title}
        </Title>
        {heading.count && query.data !== undefined && !query.isPlaceholderData && (
          <Text size="sm" c="gray.7" aria-live="polite">
            {heading.count(query.data)}
          </Text>
        )}
      </Group>
      {view}
    </section>
  );
}

/** A row of a list shown as a card on a phone: a title that names it, badges beside, then details. */
export function DataCard({ titleId, title, aside, children }: { titleId: string; title: ReactNode; aside?: ReactNode; children?: ReactNode }) {
  return (
    <Card component="article" padding="md" aria-labelledby={titleId}>
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" align="flex-start">
          <Text fw={650} id={titleId} style={{ overflowWrap: 'anywhere' }}>
            {title}
          </Text>
          {aside}
        </Group>
        {children}
      </Stack>
    </Card>
  );
}

/** "Label: value" on a card; a value that is itself a block (a code, an error) sits beside its label. */
export function CardField({ label, children, block = false }: { label: string; children: ReactNode; block?: boolean }) {
  if (block) {
    return (
      <Group gap={4} wrap="nowrap" align="baseline">
        <Text size="sm" c="gray.7" style={{ flex: 'none' }}>
          {label}:
        </Text>
        {children}
      </Group>
    );
  }
  return (
    <Text size="sm">
      <Text span size="sm" c="gray.7">
        {label}:{' '}
      </Text>
      {children}
    </Text>
  );
}
