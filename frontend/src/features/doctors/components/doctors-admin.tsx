import { Badge, Button, Card, Group, Skeleton, Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FailureAlert } from '@/components/ui/form-fields';
import { CheckIcon, StethoscopeIcon } from '@/components/ui/icons';
import { InitialsAvatar } from '@/components/ui/initials-avatar';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/query-state';
import { formatAmount } from '@/lib/money';
import { formatLocale } from '@/lib/time';
import { useApproveDoctor } from '@/features/doctors/api/approve-doctor';
import { useAdminDoctors, type AdminDoctor, type DoctorListingStatus } from '@/features/doctors/api/get-admin-doctors';
import { formatLanguage, formatSpecialty } from '@/features/doctors/components/format';

/** Doctors waiting for approval, and those patients can already find. */
export function DoctorsAdmin() {
  const { t } = useTranslation('doctors');
  const [tab, setTab] = useState<DoctorListingStatus>('PENDING');
  const pending = useAdminDoctors('PENDING');

  return (
    <Tabs value={tab} onChange={(value) => setTab((value as DoctorListingStatus) ?? 'PENDING')}>
      <Tabs.List mb="lg">
        <Tabs.Tab value="PENDING">
          {pending.data ? t('admin.pendingCount', { count: pending.data.length }) : t('admin.pending')}
        </Tabs.Tab>
        <Tabs.Tab value="LISTED">{t('admin.listed')}</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="PENDING">
        <DoctorList status="PENDING" />
      </Tabs.Panel>
      <Tabs.Panel value="LISTED">{tab === 'LISTED' && <DoctorList status="LISTED" />}</Tabs.Panel>
    </Tabs>
  );
}

function DoctorList({ status }: { status: DoctorListingStatus }) {
  const { t } = useTranslation('doctors');
  const doctors = useAdminDoctors(status);
  const approve = useApproveDoctor();

  if (doctors.isPending) {
    return (
      <LoadingState label={t('admin.loading')}>
        <Stack gap="sm" aria-hidden="true">
          <Skeleton height={112} radius="lg" />
          <Skeleton height={112} radius="lg" />
        </Stack>
      </LoadingState>
    );
  }
  if (doctors.isError) {
    return <ErrorState title={t('admin.errorTitle')} error={doctors.error} onRetry={() => void doctors.refetch()} retrying={doctors.isFetching} />;
  }
  if (doctors.data.length === 0) {
    return (
      <EmptyState
        icon={<StethoscopeIcon size={26} />}
        title={t(status === 'PENDING' ? 'admin.emptyPendingTitle' : 'admin.emptyListedTitle')}
        text={t(status === 'PENDING' ? 'admin.emptyPendingText' : 'admin.emptyListedText')}
      />
    );
  }

  return (
    <Stack gap="sm">
      <FailureAlert error={approve.error} onDismiss={() => approve.reset()} dismissLabel={t('admin.dismiss')} />
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {doctors.data.map((doctor) => (
          <li key={doctor.id}>
            <AdminDoctorCard
              doctor={doctor}
              approving={approve.isPending && approve.variables === String(doctor.id)}
              onApprove={status === 'PENDING' ? () => approve.mutate(String(doctor.id)) : undefined}
            />
          </li>
        ))}
      </Stack>
    </Stack>
  );
}

function AdminDoctorCard({ doctor, approving, onApprove }: { doctor: AdminDoctor; approving: boolean; onApprove?: () => void }) {
  const { t, i18n } = useTranslation('doctors');
  const locale = formatLocale(i18n.language);
  const details = [
    formatSpecialty(doctor.specialty),
    doctor.timeZone,
    doctor.languages.map((l) => formatLanguage(l, locale)).join(', '),
    doctor.consultationFee ? formatAmount(doctor.consultationFee.amount, doctor.consultationFee.currency, locale, { wholeWithoutCents: true }) : null,
  ].filter(Boolean);
  return (
    <Card component="article" padding="md" aria-labelledby={`admin-doctor-${doctor.id}`}>
      <Group justify="space-between" gap="md" wrap="wrap" align="center">
        <Group gap="md" wrap="nowrap" style={{ minWidth: 0, flex: '1 1 20rem' }}>
          <InitialsAvatar name={doctor.fullName} src={doctor.photoUrl} alt={t('card.photoAlt', { name: doctor.fullName })} size={48} />
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Title order={3} id={`admin-doctor-${doctor.id}`}>
              {doctor.fullName}
            </Title>
            <Text size="sm" c="gray.7" style={{ overflowWrap: 'anywhere' }}>
              {doctor.email}
            </Text>
            <Text size="sm" c="gray.7">
              {details.join(' · ')}
            </Text>
          </Stack>
        </Group>
        {onApprove ? (
          <Button leftSection={<CheckIcon size={16} />} loading={approving} onClick={onApprove} aria-label={t('admin.approveLabel', { name: doctor.fullName })}>
            {t('admin.approve')}
          </Button>
        ) : (
          <Badge variant="light" tt="none" fw={600}>
            {t('admin.listedBadge')}
          </Badge>
        )}
      </Group>
    </Card>
  );
}
