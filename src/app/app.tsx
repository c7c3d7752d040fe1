import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { DashboardPage } from './dashboard-page';
import { createQueryClient } from './query-client';

/** Providers around the page. Tests pass their own client (no retries). */
export function App({ queryClient }: { readonly queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <QueryClientProvider client={client}>
      <DashboardPage />
    </QueryClientProvider>
  );
}
