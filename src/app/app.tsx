import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { I18nProvider, resolveLocale } from '../lib/i18n/i18n';
import { DashboardPage } from './dashboard-page';
import { createQueryClient } from './query-client';
import { useUrlParam } from './use-view-state';

/** Providers around the page. Tests pass their own client (no retries). */
export function App({ queryClient }: { readonly queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  const locale = resolveLocale(useUrlParam('lang'), globalThis.navigator?.language);
  return (
    <QueryClientProvider client={client}>
      <I18nProvider locale={locale}>
        <DashboardPage />
      </I18nProvider>
    </QueryClientProvider>
  );
}
