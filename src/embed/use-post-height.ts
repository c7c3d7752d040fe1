import { useEffect } from 'react';
import { heightMessage, type EmbedChart } from '../lib/embed-snippet';

/**
 * Tells the page that frames the embed how tall its content is, each time that changes
 * (docs/embed.md): the pasted script sets the frame's height from it. Nothing is sent when the
 * embed is not in a frame.
 */
export function usePostHeight(content: HTMLElement | null, chart: EmbedChart): void {
  useEffect(() => {
    if (content === null || window.parent === window || typeof ResizeObserver !== 'function') {
      return;
    }
    let posted = 0;
    const post = () => {
      const message = heightMessage(chart, content.getBoundingClientRect().height);
      if (message.height === posted) return;
      posted = message.height;
      window.parent.postMessage(message, '*');
    };
    const observer = new ResizeObserver(post);
    observer.observe(content);
    post();
    return () => observer.disconnect();
  }, [content, chart]);
}
