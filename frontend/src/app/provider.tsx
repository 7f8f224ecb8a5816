import '@fontsource-variable/inter';
import '@mantine/core/styles.css';
import '@/app/global.css';
import '@/lib/i18n';
import { MantineProvider } from '@mantine/core';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { cssVariablesResolver, theme } from '@/app/theme';
import { AppErrorBoundary } from '@/components/errors/app-error-boundary';
import { createQueryClient } from '@/lib/query-client';

type AppProviderProps = {
  children: ReactNode;
  /** Tests pass their own client so each starts with an empty cache. */
  queryClient?: QueryClient;
};

export function AppProvider({ children, queryClient }: AppProviderProps) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light" forceColorScheme="light">
      <AppErrorBoundary>
        <QueryClientProvider client={client}>{children}</QueryClientProvider>
      </AppErrorBoundary>
    </MantineProvider>
  );
}
