import { useTranslation } from 'react-i18next';
import { RoutePage } from '@/app/routes/route-page';
import { AppointmentCalendar } from '@/features/appointments/components/appointment-calendar';
import { useMyDoctorProfile } from '@/features/doctors/api/get-my-doctor-profile';
import { useSchedule } from '@/features/scheduling/api/get-schedule';

export function CalendarRoute() {
  const { t } = useTranslation('appointments');
  // The week grid shades the doctor's hours and time off once the schedule is in; the visits
  // themselves never wait for it.
  const profile = useMyDoctorProfile();
  const schedule = useSchedule(profile.data ? String(profile.data.id) : '');
  return (
    <RoutePage title={t('calendar.title')} subtitle={t('calendar.subtitle')}>
      <AppointmentCalendar availability={profile.data ? schedule.data : undefined} />
    </RoutePage>
  );
}
