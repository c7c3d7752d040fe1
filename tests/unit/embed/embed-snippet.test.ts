import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  embedSnippet,
  embedUrl,
  FALLBACK_HEIGHTS,
  heightMessage,
  HEIGHT_MESSAGE,
  type EmbedOptions,
} from '../../../src/lib/embed-snippet';

const LIVE: EmbedOptions = { chart: 'timeline', theme: 'auto', lang: 'en', pinnedVersion: null };

describe('embedUrl: the embed beside the dashboard, with the same view', () => {
  it.each<[string, Partial<EmbedOptions>, string]>([
    ['https://ctt.example/', {}, 'https://ctt.example/embed.html?chart=timeline&lang=en'],
    [
      'https://ctt.example/tracker/?from=2025-01&to=2025-09&attribution=DPRK&mode=yearly',
      { chart: 'largest', lang: 'fr', theme: 'dark' },
      'https://ctt.example/tracker/embed.html?chart=largest&from=2025-01&to=2025-09&attribution=DPRK&mode=yearly&lang=fr&theme=dark',
    ],
    [
      'https://ctt.example/index.html?category=DeFi&category=CeFi&years=2024,2025',
      { chart: 'cumulative' },
      'https://ctt.example/embed.html?chart=cumulative&category=DeFi&category=CeFi&years=2024%2C2025&lang=en',
    ],
  ])('from %s with %o', (page, options, expected) => {
    expect(embedUrl(page, { ...LIVE, ...options })).toBe(expected);
  });

  it('leaves out what only the dashboard uses: the open incident, the sort, the comparison', () => {
    const url = new URL(
      embedUrl('https://ctt.example/?incident=abc&sort=amount-desc&compare=year&q=bridge', LIVE),
    );
    expect([...url.searchParams.keys()]).toEqual(['chart', 'q', 'lang']);
  });

  it('passes on a parameter it does not know', () => {
    const url = new URL(embedUrl('https://ctt.example/?future=1', LIVE));
    expect(url.searchParams.get('future')).toBe('1');
  });

  it('pins the dataset version when pinned, and drops a pinned one from the page when live', () => {
    const pinned = new URL(
      embedUrl('https://ctt.example/', { ...LIVE, pinnedVersion: '2026-12-01' }),
    );
    expect(pinned.searchParams.get('dataset')).toBe('2026-12-01');
    const live = new URL(embedUrl('https://ctt.example/?dataset=2026-11-01', LIVE));
    expect(live.searchParams.has('dataset')).toBe(false);
  });
});

describe('embedSnippet: the frame and the script to paste', () => {
  const src = 'https://ctt.example/embed.html?chart=category&q=a"b<c>&lang=en';
  const snippet = embedSnippet(src, 'category', 'By category, from "Crypto" <Tracker>');

  it('has a fixed height for pages that run no script, and escapes its attributes', () => {
    const [frame] = snippet.split('\n');
    expect(frame).toContain(`height="${FALLBACK_HEIGHTS.category}"`);
    expect(frame).toContain(
      'src="https://ctt.example/embed.html?chart=category&amp;q=a&quot;b&lt;c&gt;&amp;lang=en"',
    );
    expect(frame).toContain('title="By category, from &quot;Crypto&quot; &lt;Tracker&gt;"');
  });

  it('is read by a browser as one frame with that address and title', () => {
    const host = document.createElement('div');
    host.innerHTML = snippet;
    const frame = host.querySelector('iframe');
    expect(frame?.getAttribute('src')).toBe(src);
    expect(frame?.title).toBe('By category, from "Crypto" <Tracker>');
    expect(host.querySelectorAll('iframe')).toHaveLength(1);
  });
});

describe('the pasted script, run in a page that frames two embeds', () => {
  const ORIGIN = 'https://ctt.example';
  const stopListening: (() => void)[] = [];
  afterEach(() => {
    stopListening.splice(0).forEach((stop) => stop());
    document.body.innerHTML = '';
  });

  /** The snippet's markup in the page, its script run as a browser would run it. */
  function paste(chart: 'timeline' | 'largest') {
    const snippet = embedSnippet(`${ORIGIN}/embed.html?chart=${chart}`, chart, chart);
    const holder = document.createElement('div');
    holder.innerHTML = snippet.slice(0, snippet.indexOf('<script>'));
    document.body.append(holder);
    const script = snippet.slice(snippet.indexOf('<script>') + 8, snippet.indexOf('</script>'));
    const listen = vi.spyOn(window, 'addEventListener');
    new Function(script)();
    for (const [type, listener] of listen.mock.calls) {
      stopListening.push(() => window.removeEventListener(type, listener));
    }
    listen.mockRestore();
    const frame = holder.querySelector('iframe');
    if (!frame?.contentWindow) throw new Error('no frame');
    return frame;
  }

  const send = (data: unknown, origin: string, source: Window | null) =>
    window.dispatchEvent(new MessageEvent('message', { data, origin, source }));

  it('sets the height of the frame the message came from, and of no other', () => {
    const timeline = paste('timeline');
    const largest = paste('largest');
    send(heightMessage('timeline', 731.2), ORIGIN, timeline.contentWindow);
    expect(timeline.style.height).toBe('732px');
    expect(largest.style.height).toBe('');
  });

  it('ignores a message from another origin, or of another type', () => {
    const frame = paste('timeline');
    send(heightMessage('timeline', 900), 'https://evil.example', frame.contentWindow);
    send({ type: 'other', height: 900 }, ORIGIN, frame.contentWindow);
    send(null, ORIGIN, frame.contentWindow);
    expect(frame.style.height).toBe('');
  });
});

describe('heightMessage: what the embed posts', () => {
  it('names the chart and rounds the height up to a whole pixel', () => {
    expect(heightMessage('technique', 640.01)).toEqual({
      type: HEIGHT_MESSAGE,
      chart: 'technique',
      height: 641,
    });
    expect(HEIGHT_MESSAGE).toBe('ctt:height');
  });
});
