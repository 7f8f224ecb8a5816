import { Burger, Container, Drawer, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation } from 'react-router';
import { LanguageSwitcher } from '@/components/ui/language-switcher';
import { Wordmark } from '@/components/ui/logo';
import type { Language } from '@/lib/i18n';
import classes from './app-layout.module.css';

export type NavItem = {
  to: string;
  label: string;
  icon?: ReactNode;
  /** Only in the phone menu: wide headers reach it another way (an icon, say). */
  menuOnly?: boolean;
};

type AppLayoutProps = {
  /** The right side of the header: who is signed in and how to leave. */
  account: ReactNode;
  /** The screens of the signed-in user's role. */
  nav?: NavItem[];
  /** Extra content for the phone menu, under the links (the account, on narrow screens). */
  menuFooter?: ReactNode;
  /** Notices above the header on every page (a demo clinic, test payments). */
  banner?: ReactNode;
  /** Told of a new language (a signed-in user's account keeps it). */
  onLanguageChange?: (language: Language) => void;
  /**
   * Where the language picker sits besides the phone menu: the header (visitors, whose header has
   * room) or the footer (signed-in users, whose header is full of their screens).
   */
  languagePicker?: 'header' | 'footer';
  children: ReactNode;
};

function NavLinks({ items, onNavigate, vertical = false }: { items: NavItem[]; onNavigate?: () => void; vertical?: boolean }) {
  return (
    // A long menu drops its icons in the header so every link fits beside the account.
    <ul className={vertical ? classes.navListVertical : classes.navList} data-compact={!vertical && items.length > 5 ? true : undefined}>
      {items.map((item) => (
        <li key={item.to}>
          <NavLink to={item.to} className={vertical ? classes.drawerLink : classes.navLink} onClick={onNavigate}>
            {item.icon && (
              <span className={classes.navIcon} aria-hidden="true">
                {item.icon}
              </span>
            )}
            {item.label}
          </NavLink>
        </li>
      ))}
    </ul>
  );
}

export function AppLayout({ account, nav = [], menuFooter, banner, onLanguageChange, languagePicker = 'header', children }: AppLayoutProps) {
  const { t } = useTranslation();
  const [menuOpen, menu] = useDisclosure(false);
  const { pathname } = useLocation();
  const closeMenu = menu.close;

  // A route change from anywhere (a link in the page, the back button) closes the phone menu.
  useEffect(() => closeMenu(), [pathname, closeMenu]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      {banner}
      <header className={classes.header}>
        <Container className={classes.headerInner}>
          <Group gap="xl" wrap="nowrap" style={{ minWidth: 0 }}>
            <Link to="/" className={classes.homeLink} aria-label={t('homeLink')}>
              <Wordmark size="md" />
            </Link>
            {nav.length > 0 && (
              <nav aria-label={t('nav.label')} className={classes.desktopNav}>
                <NavLinks items={nav.filter((item) => !item.menuOnly)} />
              </nav>
            )}
          </Group>
          <Group gap="sm" wrap="nowrap">
            {/* phones find the languages in the menu, where there is room */}
            {languagePicker === 'header' && (
              <div className={nav.length > 0 ? classes.desktopLanguage : undefined}>
                <LanguageSwitcher onChange={onLanguageChange} />
              </div>
            )}
            <div className={classes.desktopAccount}>{account}</div>
            {nav.length > 0 && (
              <Burger
                opened={menuOpen}
                onClick={menu.toggle}
                className={classes.burger}
                aria-label={menuOpen ? t('nav.close') : t('nav.open')}
                aria-expanded={menuOpen}
                aria-controls="app-menu"
                size="sm"
              />
            )}
          </Group>
        </Container>
      </header>
      {nav.length > 0 && (
        <Drawer
          id="app-menu"
          opened={menuOpen}
          onClose={menu.close}
          position="right"
          size="min(20rem, 85vw)"
          title={<Wordmark size="md" />}
          closeButtonProps={{ 'aria-label': t('nav.close') }}
        >
          <Stack gap="lg">
            <nav aria-label={t('nav.label')}>
              <NavLinks items={nav} onNavigate={menu.close} vertical />
            </nav>
            {menuFooter}
            <div className={classes.menuLanguage}>
              <LanguageSwitcher onChange={onLanguageChange} />
            </div>
          </Stack>
        </Drawer>
      )}
      <main id="main" className={classes.main} tabIndex={-1}>
        <Container>{children}</Container>
      </main>
      <footer className={classes.footer}>
        <Container>
          <Group justify="space-between" gap="sm">
            <Text size="sm" c="dimmed">
              {t('footer')}
            </Text>
            {languagePicker === 'footer' && <LanguageSwitcher onChange={onLanguageChange} />}
          </Group>
        </Container>
      </footer>
    </>
  );
}
