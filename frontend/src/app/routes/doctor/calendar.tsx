import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '@/app/routes/use-document-title';
import { PageHeader } from '@/components/ui/page-header';
import { AppointmentCalendar } from '@/features/appointments/components/appointment-calendar';

export function CalendarRoute() {
  const { t } = useTranslation('appointments');
  useDocumentTitle(t('calendar.title'));
  return (
    <Stack gap="xl">
      <PageHeader title={t('calendar.title')} subtitle={t('calendar.subtitle')} />
      <AppointmentCalendar />
    </Stack>
  );
}
