import { configure, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { TimeZoneSelect } from '@/components/ui/time-zone-select';
import { renderWithProviders } from '@/testing/test-utils';

// Long option lists render slowly in jsdom while the machine is busy: wait longer for them.
configure({ asyncUtilTimeout: 10_000 });

const NOW = Date.parse('2027-01-15T12:00:00Z');

function Harness({ initial, emptyLabel }: { initial: string; emptyLabel?: string }) {
  const [zone, setZone] = useState(initial);
  return (
    <>
      <TimeZoneSelect label="Time zone" value={zone} onChange={setZone} emptyLabel={emptyLabel} now={NOW} />
      <output aria-label="chosen">{zone}</output>
    </>
  );
}

describe('TimeZoneSelect', () => {
  it('finds a zone by city and shows its offset and current time in each option', async () => {
    const { user } = renderWithProviders(<Harness initial="UTC" />);
    const input = screen.getByRole('combobox', { name: 'Time zone' });
    await user.clear(input);
    await user.click(input);
    await user.paste('new york');

    const option = await screen.findByRole('option', { name: /America\/New_York/ });
    expect(option).toHaveTextContent('UTC−05:00 · now 7:00 AM');
    await user.click(option);
    expect(screen.getByLabelText('chosen')).toHaveTextContent('America/New_York');
    expect(input).toHaveValue('America/New_York (UTC−05:00)');
  }, 20_000); // opens a list of hundreds of options: slow in jsdom on a busy machine

  it('shows a stored alias under its canonical name and offers no aliases', async () => {
    const { user } = renderWithProviders(<Harness initial="Asia/Calcutta" />);
    const input = screen.getByRole('combobox', { name: 'Time zone' });
    expect(input).toHaveValue('Asia/Kolkata (UTC+05:30)');
    // Untouched, the stored value stays as it was.
    expect(screen.getByLabelText('chosen')).toHaveTextContent('Asia/Calcutta');

    await user.clear(input);
    await user.click(input);
    await user.paste('calcutta');
    expect(screen.queryByRole('option', { name: /Asia\/Calcutta/ })).not.toBeInTheDocument();
    await user.clear(input);
    await user.paste('kiev');
    expect(screen.queryByRole('option', { name: /Europe\/Kiev/ })).not.toBeInTheDocument();
  }, 20_000); // opens a list of hundreds of options: slow in jsdom on a busy machine

  it('puts the chosen zone back in the box when someone searches and picks the zone already chosen', async () => {
    const { user } = renderWithProviders(<Harness initial="Europe/Berlin" />);
    const input = screen.getByRole('combobox', { name: 'Time zone' });
    await user.clear(input);
    await user.click(input);
    await user.paste('Berlin');
    await user.click(await screen.findByRole('option', { name: /^Europe\/Berlin/ }));
    expect(screen.getByLabelText('chosen')).toHaveTextContent('Europe/Berlin');
    expect(input).toHaveValue('Europe/Berlin (UTC+01:00)');
  }, 20_000); // opens a list of hundreds of options: slow in jsdom on a busy machine

  it('offers “no zone” when the form allows it', async () => {
    const { user } = renderWithProviders(<Harness initial="Europe/Berlin" emptyLabel="The doctor's time zone" />);
    await user.click(screen.getByRole('combobox', { name: 'Time zone' }));
    const listbox = await screen.findByRole('listbox');
    await user.click(within(listbox).getByRole('option', { name: "The doctor's time zone" }));
    expect(screen.getByLabelText('chosen')).toBeEmptyDOMElement();
  }, 20_000); // opens a list of hundreds of options: slow in jsdom on a busy machine
});
