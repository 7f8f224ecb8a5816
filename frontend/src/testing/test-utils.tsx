import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderOptions } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement, ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { vi, type Mock } from 'vitest';
import { cssVariablesResolver, theme } from '@/app/theme';

export function createTestQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false } },
  });
}

type RenderAppOptions = Omit<RenderOptions, 'wrapper'> & {
  queryClient?: QueryClient;
  /** The path the element is rendered at; other paths render their own name, for asserting navigation. */
  path?: string;
  otherPaths?: string[];
};

function providers(queryClient: QueryClient) {
  return function Wrapper({ children }: { children: ReactNode }) {
    return (
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} env="test">
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </MantineProvider>
    );
  };
}

/** Renders one screen with Mantine, TanStack Query and a memory router around it. */
export function renderWithProviders(ui: ReactElement, options: RenderAppOptions = {}) {
  const { queryClient = createTestQueryClient(), path = '/', otherPaths = [], ...renderOptions } = options;
  const router = createMemoryRouter(
    [
      { path, element: ui },
      ...otherPaths.map((other) => ({ path: other, element: <p>{`at ${other}`}</p> })),
    ],
    { initialEntries: [path] },
  );
  return {
    user: userEvent.setup(),
    queryClient,
    router,
    ...render(<RouterProvider router={router} />, { wrapper: providers(queryClient), ...renderOptions }),
  };
}

/** Renders a router of the test's own making with Mantine and TanStack Query around it. */
export function renderRouter(router: Parameters<typeof RouterProvider>[0]['router'], queryClient: QueryClient = createTestQueryClient()) {
  return render(<RouterProvider router={router} />, { wrapper: providers(queryClient) });
}

/** What Mantine's useMediaQuery reads: `true` makes every query match, as on a desktop-wide window. */
export function stubMatchMedia(matches: boolean) {
  vi.stubGlobal('matchMedia', fakeMatchMedia(matches));
}

/** jsdom has no matchMedia; this one answers every query with `matches`. */
export function fakeMatchMedia(matches: boolean) {
  return (query: string) => ({
    matches,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  });
}

type FakeResponse = {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
};

/** A JSON (or problem+json) Response like the API sends. */
export function jsonResponse({ status = 200, body, headers = {} }: FakeResponse = {}): Response {
  const isProblem = status >= 400 && body !== undefined;
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: {
      ...(body === undefined ? {} : { 'Content-Type': isProblem ? 'application/problem+json' : 'application/json' }),
      ...headers,
    },
  });
}

export type FetchMock = Mock<(input: RequestInfo | URL, init?: RequestInit) => Promise<Response>>;

/**
 * Replaces global fetch. `route` answers each call by method and path; unmatched calls fail
 * the test loudly rather than reaching a network.
 */
export function mockFetch(route: (method: string, url: string, init?: RequestInit) => Response | undefined): FetchMock {
  const fetchMock: FetchMock = vi.fn(async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.toString() : input.url;
    const method = (init?.method ?? 'GET').toUpperCase();
    const response = route(method, url, init);
    if (!response) throw new Error(`Unexpected request ${method} ${url}`);
    return response;
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

export function headerOf(init: RequestInit | undefined, name: string): string | undefined {
  const headers = new Headers(init?.headers);
  return headers.get(name) ?? undefined;
}
