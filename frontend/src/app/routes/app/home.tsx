import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '@/app/routes/use-document-title';
import { InitialsAvatar } from '@/components/ui/initials-avatar';
import { useSignedInUser, type Role } from '@/lib/auth';
import { paths } from '@/lib/paths';
import { DoctorsPreview } from '@/features/doctors/components/doctors-preview';
import { RoleBadge } from '@/features/identity/components/role-badge';
import { RoleCapabilities } from '@/features/identity/components/role-capabilities';

// Where each "What you can do here" pointer leads, for the ones that have a screen.
const capabilityLinks: Record<Role, Record<string, string>> = {
  PATIENT: { find: paths.patient.doctors, book: paths.patient.appointments },
  DOCTOR: { hours: paths.doctor.schedule, calendar: paths.doctor.calendar },
  ADMIN: { people: paths.admin.users, appointments: paths.admin.appointments, audit: paths.admin.payments },
};

export function HomeRoute() {
  const { t } = useTranslation('home');
  useDocumentTitle(t('title'));
  const user = useSignedInUser();

  return (
    <Stack gap={40}>
      <Card
        p={{ base: 'lg', sm: 'xl' }}
        radius="lg"
        shadow="sm"
        style={{ borderTop: '4px solid var(--mantine-color-careslot-7)' }}
      >
        <Group gap="lg" wrap="nowrap" align="center">
          <InitialsAvatar name={user.fullName} size={64} visibleFrom="xs" />
          <Stack gap="xs" style={{ minWidth: 0 }}>
            <Title order={1} fz={{ base: '1.625rem', sm: 'h1' }} style={{ overflowWrap: 'anywhere' }}>
              {t('greeting', { name: user.fullName })}
            </Title>
            <Group gap="sm" wrap="wrap">
              <Text size="sm" c="dimmed">
                {t('roleLabel')}
              </Text>
              <RoleBadge role={user.role} />
            </Group>
            <Text c="gray.7">{t(`intro.${user.role}`)}</Text>
          </Stack>
        </Group>
      </Card>

      <RoleCapabilities role={user.role} links={capabilityLinks[user.role]} />

      <DoctorsPreview doctorHref={user.role === 'PATIENT' ? paths.patient.doctor : undefined} />
    </Stack>
  );
}
