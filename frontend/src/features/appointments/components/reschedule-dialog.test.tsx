import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { RescheduleDialog } from '@/features/appointments/components/reschedule-dialog';
import { anAppointment } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/test-utils';

const appointment = anAppointment();

describe('RescheduleDialog', () => {
  it('offers to keep the current time as the way back, not a trip to another page', async () => {
    const onClose = vi.fn();
    const { user } = renderWithProviders(
      <RescheduleDialog appointment={appointment} slot={{ start: '2027-03-30T07:00:00Z', end: '2027-03-30T07:20:00Z' }} onClose={onClose} onRescheduled={vi.fn()} timeZone="Europe/Berlin" />,
    );
    const dialog = screen.getByRole('dialog', { name: 'Move your appointment?' });
    expect(dialog).not.toHaveTextContent('My appointments');
    await user.click(screen.getByRole('button', { name: 'Keep current time' }));
    expect(onClose).toHaveBeenCalled();
  });
});
