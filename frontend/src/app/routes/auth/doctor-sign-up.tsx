import { Anchor, Button, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '@/app/routes/use-document-title';
import { CheckIcon } from '@/components/ui/icons';
import { paths } from '@/lib/paths';
import { DoctorAccountForm } from '@/features/doctors/components/doctor-account-form';

export function DoctorSignUpRoute() {
  const { t } = useTranslation(['doctors', 'auth']);
  useDocumentTitle(t('apply.title'));
  const [applied, setApplied] = useState(false);

  if (applied) {
    return (
      <Stack gap="md" align="flex-start" role="status">
        <ThemeIcon size={52} radius="xl" variant="light">
          <CheckIcon size={26} />
        </ThemeIcon>
        <Title order={1} fz="h2">
          {t('apply.doneHeading')}
        </Title>
        <Text c="gray.7">{t('apply.doneText')}</Text>
        <Button component={Link} to={paths.signIn}>
          {t('apply.toSignIn')}
        </Button>
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <Title order={1} fz="h2">
          {t('apply.heading')}
        </Title>
        <Text c="dimmed">{t('apply.subtitle')}</Text>
      </Stack>
      <DoctorAccountForm mode="self" onCreated={() => setApplied(true)} />
      <Text ta="center" size="sm" c="dimmed">
        {t('auth:signUp.haveAccount')}{' '}
        <Anchor component={Link} to={paths.signIn} fw={600}>
          {t('auth:signUp.toSignIn')}
        </Anchor>
      </Text>
    </Stack>
  );
}
