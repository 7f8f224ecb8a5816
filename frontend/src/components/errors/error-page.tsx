import { Center, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Wordmark } from '@/components/ui/logo';

type ErrorPageProps = {
  eyebrow?: string;
  title: string;
  text: string;
  icon?: ReactNode;
  actions?: ReactNode;
};

/** A full-page message that never depends on data, the router or the session. */
export function ErrorPage({ eyebrow, title, text, icon, actions }: ErrorPageProps) {
  return (
    <Center component="main" id="main" mih="100dvh" p="md" style={{ flex: 1 }}>
      <Stack align="center" gap="xl" w="100%" maw={480}>
        <Wordmark size="lg" />
        <Paper w="100%" p={{ base: 'lg', sm: 'xl' }} radius="lg" shadow="md" withBorder>
          <Stack align="center" gap="md" ta="center">
            {icon && (
              <ThemeIcon size={56} radius="xl" variant="light">
                {icon}
              </ThemeIcon>
            )}
            {eyebrow && (
              <Text fw={700} c="careslot.8" fz="sm" tt="uppercase" lts={1}>
                {eyebrow}
              </Text>
            )}
            <Title order={1} fz="h2">
              {title}
            </Title>
            <Text c="dimmed">{text}</Text>
            {actions && (
              <Group justify="center" mt="xs">
                {actions}
              </Group>
            )}
          </Stack>
        </Paper>
      </Stack>
    </Center>
  );
}

