import { Anchor, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useDocumentTitle } from '@/app/routes/use-document-title';
import { ChevronLeftIcon } from '@/components/ui/icons';
import { PageHeader } from '@/components/ui/page-header';

/**
 * The frame of a routed screen: the document title, a way back where there is one, the one h1
 * with its subtitle and actions, then the screen's own content.
 */
export function RoutePage({
  title,
  subtitle,
  actions,
  back,
  gap = 'xl',
  children,
}: {
  title: string;
  subtitle?: ReactNode;
  actions?: ReactNode;
  back?: { to: string; label: string };
  gap?: 'lg' | 'xl';
  children?: ReactNode;
}) {
  useDocumentTitle(title);
  return (
    <Stack gap={gap}>
      {back && (
        <Anchor component={Link} to={back.to} size="sm" fw={600} style={{ display: 'inline-flex', alignItems: 'center', gap: 4, alignSelf: 'flex-start' }}>
          <ChevronLeftIcon size={16} />
          {back.label}
        </Anchor>
      )}
      <PageHeader title={title} subtitle={subtitle} actions={actions} />
      {children}
    </Stack>
  );
}
