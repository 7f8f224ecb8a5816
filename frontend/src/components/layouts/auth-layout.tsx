import { Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BellIcon, CalendarIcon, ShieldIcon } from '@/components/ui/icons';
import { LanguageSwitcher } from '@/components/ui/language-switcher';
import { Wordmark } from '@/components/ui/logo';
import classes from './auth-layout.module.css';

/** Sign-in and sign-up: a brand panel beside the form on wide screens, the form alone on phones. */
export function AuthLayout({ children, wide = false, banner }: { children: ReactNode; wide?: boolean; banner?: ReactNode }) {
  const { t } = useTranslation(['auth', 'common']);
  const points = [
    { icon: <CalendarIcon />, text: t('auth:brand.points.book') },
    { icon: <BellIcon />, text: t('auth:brand.points.reminders') },
    { icon: <ShieldIcon />, text: t('auth:brand.points.records') },
  ];

  return (
    <>
      {banner}
      <div className={classes.root}>
        <aside className={classes.brand} aria-label={t('common:appName')}>
          <Wordmark size="xl" inverted />
          <Stack gap="xl">
            <Stack gap="md">
              <Text component="p" fw={650} className={classes.brandHeading}>
                {t('auth:brand.heading')}
              </Text>
              <Text className={classes.brandLead}>{t('auth:brand.lead')}</Text>
            </Stack>
            <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
              {points.map((point) => (
                <Group component="li" key={point.text} gap="md" wrap="nowrap" className={classes.point}>
                  <span className={classes.pointIcon}>{point.icon}</span>
                  <Text fw={500}>{point.text}</Text>
                </Group>
              ))}
            </Stack>
          </Stack>
          <Text className={classes.brandFooter}>{t('common:footer')}</Text>
        </aside>

        <main id="main" className={classes.panel}>
          <Group className={classes.panelTop} justify="flex-end" wrap="nowrap">
            <div className={classes.mobileBrand}>
              <Wordmark size="lg" />
            </div>
            <LanguageSwitcher />
          </Group>
          <Paper className={classes.card} data-wide={wide || undefined} p={{ base: 'lg', sm: 'xl' }} radius="lg" shadow="md" withBorder>
            {children}
          </Paper>
          <Text hiddenFrom="md" size="sm" c="dimmed" mt="lg" ta="center" maw={440}>
            {t('common:footer')}
          </Text>
        </main>
      </div>
    </>
  );
}
