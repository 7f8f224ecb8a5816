import { Alert, Button, Card, Center, Group, SimpleGrid, Skeleton, Stack, Text, ThemeIcon, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AlertIcon, StethoscopeIcon } from '@/components/ui/icons';
import { describeError } from '@/lib/form-errors';
import { useDoctors, type DoctorSummary } from '@/features/doctors/api/get-doctors';
import { DoctorCard } from '@/features/doctors/components/doctor-card';

const PREVIEW_SIZE = 6;

/** A glimpse of the doctors one can book with; with `doctorHref`, each leads to their profile. */
export function DoctorsPreview({ doctorHref }: { doctorHref?: (id: DoctorSummary['id']) => string } = {}) {
  const { t } = useTranslation(['doctors', 'common']);
  const doctors = useDoctors({ page: 0, size: PREVIEW_SIZE });

  return (
    <Stack gap="md" component="section" aria-labelledby="doctors-heading">
      <Stack gap={4}>
        <Title order={2} id="doctors-heading">
          {t('preview.heading')}
        </Title>
        <Text c="dimmed">{t('preview.subtitle')}</Text>
      </Stack>

      {doctors.isPending ? (
        <div role="status" aria-live="polite">
          <VisuallyHidden>{t('preview.loading')}</VisuallyHidden>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" aria-hidden="true">
            {Array.from({ length: 3 }, (_, i) => (
              <DoctorCardSkeleton key={i} />
            ))}
          </SimpleGrid>
        </div>
      ) : doctors.isError ? (
        <Alert
          color="red"
          variant="light"
          icon={<AlertIcon />}
          title={t('preview.errorTitle')}
          role="alert"
        >
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{describeError(doctors.error)}</Text>
            <Button size="xs" variant="default" onClick={() => void doctors.refetch()} loading={doctors.isFetching}>
              {t('common:retry')}
            </Button>
          </Stack>
        </Alert>
      ) : doctors.data.items.length === 0 ? (
        <Card padding="xl">
          <Center>
            <Stack align="center" gap="xs" ta="center" maw={420}>
              <ThemeIcon size={52} radius="xl" variant="light">
                <StethoscopeIcon size={26} />
              </ThemeIcon>
              <Title order={3}>{t('preview.emptyTitle')}</Title>
              <Text c="dimmed" size="sm">
                {t('preview.emptyText')}
              </Text>
            </Stack>
          </Center>
        </Card>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
          {doctors.data.items.map((doctor) => (
            <DoctorCard key={doctor.id} doctor={doctor} href={doctorHref?.(doctor.id)} />
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}

export function DoctorCardSkeleton() {
  return (
    <Card>
      <Stack gap="md">
        <Group gap="md" wrap="nowrap">
          <Skeleton circle height={56} />
          <Stack gap={8} style={{ flex: 1 }}>
            <Skeleton height={14} width="70%" />
            <Skeleton height={12} width="45%" />
          </Stack>
        </Group>
        <Skeleton height={10} />
        <Skeleton height={10} width="80%" />
        <Skeleton height={28} mt="sm" />
      </Stack>
    </Card>
  );
}
