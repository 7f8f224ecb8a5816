import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '@/app/routes/use-document-title';
import { PageHeader } from '@/components/ui/page-header';
import { AppointmentCalendar } from '@/features/appointments/components/appointment-calendar';
import { useMyDoctorProfile } from '@/features/doctors/api/get-my-doctor-profile';
import { useSchedule } from '@/features/scheduling/api/get-schedule';

export function CalendarRoute() {
  const { t } = useTranslation('appointments');
  useDocumentTitle(t('calendar.title'));
  // The week grid shades the doctor's hours and time off once the schedule is in; the visits
  // themselves never wait for it.
  const profile = useMyDoctorProfile();
  const schedule = useSchedule(profile.data ? String(profile.data.id) : '');
  return (
    <Stack gap="xl">
      <PageHeader title={t('calendar.title')} subtitle={t('calendar.subtitle')} />
      <AppointmentCalendar availability={profile.data ? schedule.data : undefined} />
    </Stack>
  );
}
