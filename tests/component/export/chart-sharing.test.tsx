import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixtureMeta } from '../support/dataset';
import type { ChartExport } from '../../../src/components/charts/chart-export';
import { metaSchema } from '../../../src/data/incident-schema';
import { EMPTY_FILTERS } from '../../../src/domain/filter';
import { ChartExportMenu } from '../../../src/features/export/chart-export-menu';
import type { ExportContext } from '../../../src/features/export/export-context';
import { I18nProvider } from '../../../src/lib/i18n/i18n';
import type { Locale } from '../../../src/lib/format';
import { captureDownloads } from './download-spy';

// jsdom cannot rasterize an SVG: the PNG step alone is replaced by a blob of known bytes (real
// PNGs are checked in Chromium, tests/e2e/export-presets.test.ts). Everything else runs.
const PNG = new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' });
vi.mock('../../../src/features/export/chart-png', () => ({
  renderPng: vi.fn(() => Promise.resolve(PNG)),
}));

const CONTEXT: ExportContext = {
  filters: { ...EMPTY_FILTERS, attribution: 'DPRK' },
  generatedOn: '2026-11-29',
  meta: metaSchema.parse(fixtureMeta),
};

function drawnSvg(): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('width', '600');
  svg.setAttribute('height', '300');
  document.body.append(svg);
  return svg;
}

const CHART: ChartExport = {
  title: 'Thefts over time',
  slug: 'thefts-over-time',
  description: 'Amount stolen per calendar month.',
  legend: [],
  isEmpty: false,
  table: () => ({ columns: [], rows: [] }),
  findSvg: drawnSvg,
  measureWidth: () => 600,
  drawAt: () => Promise.reject(new Error('not drawn in this test')),
};

/** What `navigator.clipboard.write` was given: the types of each item. */
class FakeClipboardItem {
  readonly types: string[];
  constructor(readonly items: Record<string, Promise<Blob>>) {
    this.types = Object.keys(items);
  }
}

function renderMenu({ locale = 'en', onCite }: { locale?: Locale; onCite?: () => void } = {}) {
  render(
    <I18nProvider locale={locale}>
      <ChartExportMenu chart={CHART} context={CONTEXT} onCite={onCite} />
    </I18nProvider>,
  );
}

type User = ReturnType<typeof userEvent.setup>;

async function choose(user: User, name: string) {
  await user.click(screen.getByRole('button', { name: /^(Export|Exporter)/ }));
  await user.click(screen.getByRole('menuitem', { name }));
}

/** Gives `navigator` a property of this test's choosing (after userEvent.setup, which sets its own clipboard). */
const stubbed: string[] = [];
function setNavigator(key: 'clipboard' | 'share' | 'canShare', value: unknown) {
  Object.defineProperty(window.navigator, key, { value, configurable: true, writable: true });
  stubbed.push(key);
}

afterEach(() => {
  for (const key of stubbed.splice(0)) Reflect.deleteProperty(window.navigator, key);
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('copy image', () => {
  it('puts the chart as a PNG on the clipboard and says so', async () => {
    const user = userEvent.setup();
    vi.stubGlobal('ClipboardItem', FakeClipboardItem);
    const write = vi.fn<(items: FakeClipboardItem[]) => Promise<void>>(() => Promise.resolve());
    setNavigator('clipboard', { write });
    renderMenu();
    await choose(user, 'Copy image');
    expect(await screen.findByText('Image copied to the clipboard.')).toBeInTheDocument();
    const [item] = write.mock.calls[0]?.[0] ?? [];
    expect(item?.types).toEqual(['image/png']);
    await expect(item?.items['image/png']).resolves.toBe(PNG);
  });

  it('says the clipboard was refused and offers the PNG file instead', async () => {
    const user = userEvent.setup();
    vi.stubGlobal('ClipboardItem', FakeClipboardItem);
    const write = () => Promise.reject(new DOMException('Denied', 'NotAllowedError'));
    setNavigator('clipboard', { write });
    const downloads = captureDownloads();
    renderMenu();
    await choose(user, 'Copy image');
    expect(
      await screen.findByText('Your browser refused the clipboard; download the PNG instead.'),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Download the PNG' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]?.fileName).toBe('thefts-over-time_all-time_dprk.png');
    expect(downloads[0]?.blob).toBe(PNG);
  });

  it('words the refusal in French', async () => {
    const user = userEvent.setup();
    setNavigator('clipboard', undefined);
    renderMenu({ locale: 'fr' });
    await choose(user, 'Copier l’image');
    expect(
      await screen.findByText(
        'Votre navigateur a refusé le presse-papiers ; téléchargez plutôt le PNG.',
      ),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'Télécharger le PNG' })).toBeVisible();
  });
});

describe('share', () => {
  it('opens the share sheet with the link to the view and the PNG where files can be shared', async () => {
    const share = vi.fn<(data: ShareData) => Promise<void>>(() => Promise.resolve());
    const canShare = vi.fn(() => true);
    const user = userEvent.setup();
    setNavigator('share', share);
    setNavigator('canShare', canShare);
    window.history.replaceState(null, '', '/?attribution=DPRK');
    renderMenu();
    await choose(user, 'Share…');
    expect(await screen.findByRole('status')).toHaveTextContent('Shared.');
    const data = share.mock.calls[0]?.[0];
    expect(data?.url).toBe(`${window.location.origin}/?attribution=DPRK`);
    expect(data?.title).toBe('Thefts over time');
    expect(data?.files?.map((file) => [file.name, file.type])).toEqual([
      ['thefts-over-time_all-time_dprk.png', 'image/png'],
    ]);
  });

  it('says nothing when the share sheet is closed without sharing', async () => {
    const share = () => Promise.reject(new DOMException('Cancelled', 'AbortError'));
    const user = userEvent.setup();
    setNavigator('share', share);
    renderMenu();
    await choose(user, 'Share…');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(''));
    expect(screen.queryByText(/refused|copied/)).not.toBeInTheDocument();
  });

  it('copies the link instead where the browser has no share sheet', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    const user = userEvent.setup();
    setNavigator('clipboard', { writeText });
    window.history.replaceState(null, '', '/?from=2025-01');
    renderMenu();
    await choose(user, 'Share…');
    expect(
      await screen.findByText(
        'This browser has no share sheet; the link to this view was copied instead.',
      ),
    ).toBeInTheDocument();
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/?from=2025-01`);
  });

  it('says what to do when there is neither a share sheet nor a clipboard', async () => {
    const user = userEvent.setup();
    setNavigator('clipboard', undefined);
    renderMenu({ locale: 'fr' });
    await choose(user, 'Partager…');
    expect(
      await screen.findByText(/a refusé le presse-papiers ; copiez le lien de la barre d’adresse/),
    ).toBeVisible();
  });
});

describe('the rest of the menu', () => {
  it('has a "Cite" item when the page gives one, and it opens the citation', async () => {
    const user = userEvent.setup();
    const onCite = vi.fn();
    renderMenu({ onCite });
    await choose(user, 'Cite…');
    expect(onCite).toHaveBeenCalledOnce();
  });

  it('ticks "Transparent background" in place: the menu stays open and says it is on', async () => {
    const user = userEvent.setup();
    renderMenu();
    await user.click(screen.getByRole('button', { name: 'Export Thefts over time' }));
    const toggle = screen.getByRole('menuitemcheckbox', { name: 'Transparent background (PNG)' });
    toggle.focus();
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-checked', 'true');
    expect(screen.getByRole('menu')).toBeInTheDocument();
    await user.keyboard(' ');
    expect(toggle).toHaveAttribute('aria-checked', 'false');
  });
});
