import { Anchor, Card, Flex, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  CalendarIcon,
  ClockIcon,
  FileIcon,
  NoteIcon,
  SearchIcon,
  ShieldIcon,
  UsersIcon,
} from '@/components/ui/icons';
import type { Role } from '@/lib/auth';

type Capability = { key: string; icon: ReactNode };

const capabilities: Record<Role, Capability[]> = {
  PATIENT: [
    { key: 'find', icon: <SearchIcon size={22} /> },
    { key: 'book', icon: <CalendarIcon size={22} /> },
    { key: 'records', icon: <FileIcon size={22} /> },
  ],
  DOCTOR: [
    { key: 'hours', icon: <ClockIcon size={22} /> },
    { key: 'calendar', icon: <CalendarIcon size={22} /> },
    { key: 'notes', icon: <NoteIcon size={22} /> },
  ],
  ADMIN: [
    { key: 'people', icon: <UsersIcon size={22} /> },
    { key: 'appointments', icon: <CalendarIcon size={22} /> },
    { key: 'audit', icon: <ShieldIcon size={22} /> },
  ],
};

/**
 * "What you can do here": three short pointers tailored to the user's role; `links` turns those
 * with a screen into links to it.
 */
export function RoleCapabilities({ role, links = {} }: { role: Role; links?: Record<string, string> }) {
  const { t } = useTranslation('home');
  return (
    <Stack gap="md" component="section" aria-labelledby="capabilities-heading">
      <Title order={2} id="capabilities-heading">
        {t('capabilities.heading')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing={{ base: "sm", sm: "md" }}>
        {capabilities[role].map(({ key, icon }) => (
          <Card key={key} padding="lg">
            {/* Icon beside the text on phones, above it in the three-column row. */}
            <Flex direction={{ base: 'row', sm: 'column' }} gap={{ base: 'md', sm: 'sm' }} align="flex-start">
              <ThemeIcon size={44} radius="md" variant="light" style={{ flex: 'none' }}>
                {icon}
              </ThemeIcon>
              <Stack gap={4}>
                <Title order={3}>
                  {links[key] ? (
                    <Anchor component={Link} to={links[key]} c="inherit" underline="hover">
                      {t(`capabilities.${role}.${key}.title` as never)}
                    </Anchor>
                  ) : (
                    t(`capabilities.${role}.${key}.title` as never)
                  )}
                </Title>
                <Text size="sm" c="dimmed">
                  {t(`capabilities.${role}.${key}.text` as never)}
                </Text>
              </Stack>
            </Flex>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
