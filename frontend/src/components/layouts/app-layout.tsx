import { Container, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Wordmark } from '@/components/ui/logo';
import classes from './app-layout.module.css';

type AppLayoutProps = {
  /** The right side of the header: who is signed in and how to leave. */
  account: ReactNode;
  children: ReactNode;
};

export function AppLayout({ account, children }: AppLayoutProps) {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className={classes.header}>
        <Container className={classes.headerInner}>
          <Link to="/" className={classes.homeLink} aria-label={t('homeLink')}>
            <Wordmark size="md" />
          </Link>
          {account}
        </Container>
      </header>
      <main id="main" className={classes.main} tabIndex={-1}>
        <Container>{children}</Container>
      </main>
      <footer className={classes.footer}>
        <Container>
          <Text size="sm" c="dimmed">
            {t('footer')}
          </Text>
        </Container>
      </footer>
    </>
  );
}
