import { SimpleGrid } from '@mantine/core';
import { screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { DateRangeFields, FilterCard, type DateRange } from '@/components/ui/filter-card';
import { renderWithProviders } from '@/testing/test-utils';

const START: DateRange = { from: '2027-03-01', to: '2027-03-31' };

function Filters({ bounded = false }: { bounded?: boolean }) {
  const [range, setRange] = useState(START);
  const same = range.from === START.from && range.to === START.to;
  return (
    <FilterCard headingId="range-heading" title="Range" resetLabel="Reset" onReset={() => setRange(START)} resetDisabled={same}>
      <SimpleGrid cols={2}>
        <DateRangeFields value={range} onChange={(patch) => setRange((r) => ({ ...r, ...patch }))} labels={{ from: 'From', to: 'To', invalid: 'Choose a date on or after the start.' }} bounded={bounded} />
      </SimpleGrid>
    </FilterCard>
  );
}

describe('DateRangeFields in a FilterCard', () => {
  it('says beside "To" when the range ends before it starts, and resets', async () => {
    const { user } = renderWithProviders(<Filters />);
    expect(screen.getByRole('region', { name: 'Range' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reset' })).toBeDisabled();
    const to = screen.getByLabelText('To');
    await user.clear(to);
    await user.type(to, '2027-02-01');
    expect(to).toHaveAttribute('aria-invalid', 'true');
    expect(to).toHaveAccessibleDescription('Choose a date on or after the start.');
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(screen.getByLabelText('To')).toHaveValue('2027-03-31');
    expect(screen.getByLabelText('To')).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('keeps each picker on its side of the other when bounded', () => {
    renderWithProviders(<Filters bounded />);
    expect(screen.getByLabelText('From')).toHaveAttribute('max', '2027-03-31');
    expect(screen.getByLabelText('To')).toHaveAttribute('min', '2027-03-01');
  });
});
