import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type { OffscreenDrawing } from './chart-export';
import { ChartWidthContext } from './chart-width';

/** How long Recharts gets to draw off screen before the export gives up. */
const DRAW_TIMEOUT_MS = 5000;

interface Request {
  readonly width: number;
  readonly resolve: (drawing: OffscreenDrawing) => void;
  readonly reject: (error: Error) => void;
}

/** Recharts' surface in `box`, once it is drawn `width` pixels wide; null before. */
function drawnSurface(box: HTMLElement, width: number): SVGSVGElement | null {
  const svg = box.querySelector('.recharts-wrapper > svg');
  if (!(svg instanceof SVGSVGElement)) return null;
  return Math.round(Number(svg.getAttribute('width'))) === width ? svg : null;
}

/**
 * Draws `chart` again on request, in a box of a fixed width outside the viewport (a portal on
 * `<body>`, `aria-hidden` and `inert`): the same element as on screen, so an export at a chosen
 * size is drawn at that size rather than scaled from the screen's drawing.
 */
export function useOffscreenChart(chart: ReactNode) {
  const [request, setRequest] = useState<Request | null>(null);
  const box = useRef<HTMLDivElement>(null);

  const drawAt = useCallback(
    (width: number) =>
      new Promise<OffscreenDrawing>((resolve, reject) =>
        setRequest({ width: Math.round(width), resolve, reject }),
      ),
    [],
  );

  useEffect(() => {
    if (request === null) return;
    const started = performance.now();
    let frame = 0;
    let seen: SVGSVGElement | null = null;
    const release = () => setRequest((current) => (current === request ? null : current));
    // Waits for a surface of the right width that stays put for one more frame: Recharts draws
    // once at the width it is given, then again if its ResizeObserver measures another.
    const check = () => {
      const svg = box.current ? drawnSurface(box.current, request.width) : null;
      if (svg !== null && svg === seen) {
        request.resolve({ svg, release });
        return;
      }
      seen = svg;
      if (performance.now() - started > DRAW_TIMEOUT_MS) {
        release();
        request.reject(new Error('offscreen-timeout'));
        return;
      }
      frame = requestAnimationFrame(check);
    };
    frame = requestAnimationFrame(check);
    return () => cancelAnimationFrame(frame);
  }, [request]);

  const portal =
    request === null
      ? null
      : createPortal(
          <div className="chart-offscreen" aria-hidden="true" inert>
            <div ref={box} className="chart-body" style={{ width: request.width }}>
              <ChartWidthContext value={request.width}>{chart}</ChartWidthContext>
            </div>
          </div>,
          document.body,
        );
  return { drawAt, portal };
}
