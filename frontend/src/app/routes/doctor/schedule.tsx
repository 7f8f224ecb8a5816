import { SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { WithMyDoctorProfile } from '@/app/routes/doctor/with-my-doctor-profile';
import { RoutePage } from '@/app/routes/route-page';
import { DateOverridesPanel } from '@/features/scheduling/components/date-overrides-panel';
import { ScheduleEditor } from '@/features/scheduling/components/schedule-editor';
import { TimeOffPanel } from '@/features/scheduling/components/time-off-panel';

export function ScheduleRoute() {
  const { t } = useTranslation('scheduling');
  return (
    <RoutePage title={t('page.title')} subtitle={t('page.subtitle')}>
      <WithMyDoctorProfile>
        {(doctor) => (
          <Stack gap="xl">
            <ScheduleEditor doctorId={String(doctor.id)} />
            <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
              <DateOverridesPanel doctorId={String(doctor.id)} />
              <TimeOffPanel doctorId={String(doctor.id)} />
            </SimpleGrid>
          </Stack>
        )}
      </WithMyDoctorProfile>
    </RoutePage>
  );
}
