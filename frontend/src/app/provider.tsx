import '@fontsource-variable/inter';
import '@mantine/core/styles.css';
import '@/app/global.css';
import i18n from '@/lib/i18n';
import { DirectionProvider, MantineProvider, useDirection } from '@mantine/core';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { cssVariablesResolver, theme } from '@/app/theme';
import { AppErrorBoundary } from '@/components/errors/app-error-boundary';
import { createQueryClient } from '@/lib/query-client';

type AppProviderProps = {
  children: ReactNode;
  /** Tests pass their own client so each starts with an empty cache. */
  queryClient?: QueryClient;
};

/** Mantine's components follow the language's direction: Arabic lays out right to left. */
function FollowLanguageDirection() {
  const { setDirection } = useDirection();
  useEffect(() => {
    const apply = (language: string) => setDirection(i18n.dir(language));
    apply(i18n.language);
    i18n.on('languageChanged', apply);
    return () => i18n.off('languageChanged', apply);
  }, [setDirection]);
  return null;
}

export function AppProvider({ children, queryClient }: AppProviderProps) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <DirectionProvider initialDirection={i18n.dir(i18n.language)} detectDirection={false}>
      <FollowLanguageDirection />
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light" forceColorScheme="light">
        <AppErrorBoundary>
          <QueryClientProvider client={client}>{children}</QueryClientProvider>
        </AppErrorBoundary>
      </MantineProvider>
    </DirectionProvider>
  );
}
