import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CalendarIcon } from '@/components/ui/icons';

/** On sign-in and sign-up after picking a time while signed out: the time waits for them. */
export function BookingReturnNote({ returnTo }: { returnTo: string }) {
  const { t } = useTranslation('auth');
  if (!/[?&]slot=/.test(returnTo)) return null;
  return (
    <Alert color="careslot" variant="light" icon={<CalendarIcon />} role="note">
      {t('returnToBooking')}
    </Alert>
  );
}
