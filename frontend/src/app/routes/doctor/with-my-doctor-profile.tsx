import { Skeleton } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '@/components/ui/query-state';
import type { DoctorView } from '@/features/doctors/api/get-doctor';
import { useMyDoctorProfile } from '@/features/doctors/api/get-my-doctor-profile';

/** The doctor screens work on the signed-in doctor's profile; this fetches it once for them. */
export function WithMyDoctorProfile({ children }: { children: (doctor: DoctorView) => ReactNode }) {
  const { t } = useTranslation('doctors');
  const profile = useMyDoctorProfile();
  if (profile.isPending) {
    return (
      <LoadingState label={t('me.loading')}>
        <Skeleton height={320} radius="lg" aria-hidden="true" />
      </LoadingState>
    );
  }
  if (profile.isError) {
    return <ErrorState title={t('me.errorTitle')} error={profile.error} onRetry={() => void profile.refetch()} retrying={profile.isFetching} />;
  }
  return children(profile.data);
}
