import type { UseQueryResult } from '@tanstack/react-query';
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CardField, DataCard, DataList } from '@/components/ui/data-list';
import { EmptyState } from '@/components/ui/query-state';
import { renderWithProviders, stubMatchMedia } from '@/testing/test-utils';

type Row = { id: string; name: string; amount: string };
const rows: Row[] = [
  { id: 'r1', name: 'Maria Garcia', amount: '€80.00' },
  { id: 'r2', name: 'Jonas Weber', amount: '€60.00' },
];

function query(state: Partial<UseQueryResult<Row[]>>): UseQueryResult<Row[]> {
  return { isPending: false, isPlaceholderData: false, isError: false, isFetching: false, refetch: vi.fn(), ...state } as unknown as UseQueryResult<Row[]>;
}

function List({ result }: { result: UseQueryResult<Row[]> }) {
  return (
    <DataList
      query={result}
      heading={{ id: 'rows-heading', title: 'Payments', count: (data) => `${data.length} payments` }}
      loadingLabel="Loading payments"
      errorTitle="Payments could not be loaded"
      empty={<EmptyState title="No payments yet" />}
      columns={[
        { key: 'name', header: 'Patient', cell: (row) => row.name },
        { key: 'amount', header: 'Amount', align: 'right', cell: (row) => row.amount },
      ]}
      minWidth={400}
      rowKey={(row) => row.id}
      card={(row) => (
        <DataCard titleId={`row-${row.id}`} title={row.name}>
          <CardField label="Amount">{row.amount}</CardField>
        </DataCard>
      )}
    />
  );
}

describe('DataList', () => {
  it('shows one card per row, named by its title, at phone width', () => {
    renderWithProviders(<List result={query({ data: rows })} />);
    const list = screen.getByRole('list', { name: 'Payments' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(within(list).getByRole('article', { name: 'Maria Garcia' })).toHaveTextContent('Amount: €80.00');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByText('2 payments')).toBeInTheDocument();
  });

  it('shows a table with a header row at desktop width', () => {
    stubMatchMedia(true);
    renderWithProviders(<List result={query({ data: rows })} />);
    const table = screen.getByRole('table', { name: 'Payments' });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Patient', 'Amount']);
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(table).getByRole('cell', { name: 'Jonas Weber' })).toBeInTheDocument();
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
  });

  it('says when there is nothing to list', () => {
    renderWithProviders(<List result={query({ data: [] })} />);
    expect(screen.getByRole('heading', { name: 'No payments yet' })).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('says it is loading, and shows no stale rows or count while a changed filter loads', () => {
    renderWithProviders(<List result={query({ data: rows, isPlaceholderData: true })} />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading payments');
    expect(screen.queryByText('2 payments')).not.toBeInTheDocument();
    expect(screen.queryByText('Maria Garcia')).not.toBeInTheDocument();
  });

  it('shows a failed query as an alert with a way to retry', async () => {
    const result = query({ isError: true, error: new Error('Network down') });
    const { user } = renderWithProviders(<List result={result} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Payments could not be loaded');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(result.refetch).toHaveBeenCalled();
  });
});
