import { useState } from 'react';
import type { ChartExport } from '../../components/charts/chart-export';
import { linkToView } from '../../domain/link-budget';
import { useI18n } from '../../lib/i18n/i18n';
import type { ExportContext } from './export-context';
import type { ExportStatus } from './use-export-task';

/** The PNG that is copied or shared: the chart as on screen, on its background. */
async function screenPng(chart: ChartExport, context: ExportContext) {
  const { chartImage } = await import('./run-chart-export');
  return chartImage('png', chart, context, { preset: 'screen', isTransparent: false });
}

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/**
 * "Copy image" (the PNG onto the clipboard) and "Share" (the system share sheet with the view's
 * link, and the PNG where the browser can share files; without a share sheet, the link is
 * copied). `isCopyRefused` is set when the clipboard refused the image: the menu then offers the
 * file instead.
 */
export function useChartSharing(
  chart: ChartExport,
  context: ExportContext,
  say: (status: ExportStatus | null) => void,
) {
  const { t } = useI18n();
  const words = t.imageExport;
  const [isCopyRefused, setCopyRefused] = useState(false);

  const copyImage = async () => {
    say({ text: t.exports.preparing, isError: false });
    setCopyRefused(false);
    // Handed to the clipboard as a promise, so the write starts while the click still counts.
    const blob = screenPng(chart, context).then((image) => image.blob);
    const failure = blob.then(
      () => null,
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    );
    try {
      if (!navigator.clipboard?.write || typeof ClipboardItem === 'undefined') {
        throw new Error('No clipboard for images');
      }
      await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]);
      say({ text: words.copied, isError: false });
    } catch {
      const reason = await failure;
      if (reason !== null) {
        say({ text: t.exports.failed({ reason }), isError: true });
        return;
      }
      setCopyRefused(true);
      say({ text: words.copyRefused, isError: true });
    }
  };

  const copyLink = async (url: string) => {
    try {
      if (!navigator.clipboard) throw new Error('No clipboard');
      await navigator.clipboard.writeText(url);
      say({ text: words.linkCopied, isError: false });
    } catch {
      say({ text: words.shareRefused, isError: true });
    }
  };

  const share = async () => {
    const url = linkToView(window.location);
    if (typeof navigator.share !== 'function') {
      await copyLink(url);
      return;
    }
    let data: ShareData = { url, title: chart.title };
    try {
      if (typeof navigator.canShare === 'function') {
        const { blob, fileName } = await screenPng(chart, context);
        const files = [new File([blob], fileName, { type: 'image/png' })];
        if (navigator.canShare({ files })) data = { ...data, files };
      }
      await navigator.share(data);
      say({ text: words.shared, isError: false });
    } catch (error) {
      // Closing the share sheet is a choice, not a failure: nothing to say.
      if (isAbort(error)) say(null);
      else await copyLink(url);
    }
  };

  return {
    copyImage: () => void copyImage(),
    share: () => void share(),
    isCopyRefused,
  };
}
