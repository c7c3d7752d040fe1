import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { I18nProvider, resolveLocale } from '../lib/i18n/i18n';
import { EmbedPage } from './embed-page';

/** Providers around the embed. Tests pass their own client (no retries). */
export function EmbedApp({ queryClient }: { readonly queryClient?: QueryClient }) {
  const [client] = useState(
    () =>
      queryClient ??
      new QueryClient({ defaultOptions: { queries: { retry: 2, refetchOnWindowFocus: false } } }),
  );
  const href = window.location.href;
  const lang = new URL(href).searchParams.get('lang');
  return (
    <QueryClientProvider client={client}>
      <I18nProvider locale={resolveLocale(lang, globalThis.navigator?.language)}>
        <EmbedPage href={href} />
      </I18nProvider>
    </QueryClientProvider>
  );
}
