// A self-contained copy of a drawn Recharts chart. The computed styles that matter are written
// onto the copy as attributes (the page's CSS does not travel with a file); interactive
// attributes and anything pointing outside the file are removed.

/** Inherited presentation properties: written where they differ from the parent's. */
const INHERITED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'font-family',
  'font-size',
  'font-style',
  'font-weight',
  'text-anchor',
] as const;

const INTERACTIVE_ATTRIBUTES = ['tabindex', 'role', 'cursor', 'focusable', 'style'];
/** Hover and focus decorations that are not part of the chart itself. */
const TRANSIENT = '.recharts-tooltip-cursor, .recharts-active-dot, title, desc';

export interface ChartClone {
  readonly node: SVGSVGElement;
  /** Size of the drawing in CSS pixels, after `cropTop`, widened for labels written in full. */
  readonly width: number;
  readonly height: number;
  /** Pixels cut from the top: the band Recharts leaves for its HTML legend, drawn elsewhere. */
  readonly cropTop: number;
}

/**
 * Writes the computed styles that matter as presentation attributes (`fill="…"`), not as a
 * `style` attribute: the page's Content Security Policy blocks `style="…"` set from script, and
 * presentation attributes mean the same in a standalone file.
 */
function writeStyles(
  target: Element,
  style: CSSStyleDeclaration,
  parent: CSSStyleDeclaration | null,
): void {
  for (const property of INHERITED) {
    const value = style.getPropertyValue(property);
    if (value !== '' && (parent === null || parent.getPropertyValue(property) !== value)) {
      target.setAttribute(property, value);
    }
  }
  const opacity = style.getPropertyValue('opacity');
  if (opacity !== '' && opacity !== '1') target.setAttribute('opacity', opacity);
}

/** Drops attributes that make the copy interactive or load something from outside the file. */
function cleanAttributes(element: Element): void {
  for (const name of INTERACTIVE_ATTRIBUTES) element.removeAttribute(name);
  for (const attribute of [...element.attributes]) {
    const { name, value } = attribute;
    const isLink = name === 'href' || name.endsWith(':href');
    const pointsOutside = /url\(\s*(?!['"]?#)/i.test(value);
    if (name.startsWith('aria-') || name.startsWith('on') || pointsOutside) {
      element.removeAttribute(name);
    } else if (isLink && !value.startsWith('#')) {
      element.removeAttribute(name);
    }
  }
}

/** The height of the band at the top that Recharts keeps for an HTML legend (0 without one). */
function legendBand(svg: SVGSVGElement): number {
  const legend = svg.parentElement?.querySelector(':scope > .recharts-legend-wrapper');
  if (!(legend instanceof HTMLElement)) return 0;
  const top = legend.offsetTop;
  const height = legend.offsetHeight;
  return top < svg.clientHeight / 2 ? Math.max(0, height) : 0;
}

/** The width of `text` in the font its computed style gives; an estimate without a canvas. */
function textWidth(text: string, style: CSSStyleDeclaration): number {
  const context = document.createElement('canvas').getContext('2d');
  const size = Number.parseFloat(style.fontSize) || 12;
  if (context === null || style.font === '') return Array.from(text).length * size * 0.55;
  context.font = style.font;
  return context.measureText(text).width;
}

/**
 * Writes each cut label (an axis tick whose `<title>` holds the whole name) out in full, and
 * returns how far left of the drawing the longest now reaches (0 when none does). A label is
 * cut on screen to leave room for the bars; an exported image has no hover to read it by.
 */
function writeFullLabels(originals: Element[], copies: Element[], left: number): number {
  let overflow = 0;
  originals.forEach((original, at) => {
    const target = copies[at];
    const title = original.querySelector(':scope > title');
    if (original.tagName.toLowerCase() !== 'text' || title === null || target === undefined) return;
    const full = title.textContent ?? '';
    const style = getComputedStyle(original);
    const right = original.getBoundingClientRect().right - left;
    target.textContent = full;
    if (style.getPropertyValue('text-anchor') === 'end') {
      overflow = Math.max(overflow, textWidth(full, style) - right);
    }
  });
  return Math.ceil(overflow);
}

/** A copy of `svg` with its styles written in, ready to sit inside another SVG document. */
export function cloneChartSvg(svg: SVGSVGElement): ChartClone {
  const box = svg.getBoundingClientRect();
  const width = Math.round(box.width) || Number(svg.getAttribute('width')) || 0;
  const fullHeight = Math.round(box.height) || Number(svg.getAttribute('height')) || 0;
  const cropTop = Math.min(legendBand(svg), fullHeight);

  const copy = svg.cloneNode(true);
  if (!(copy instanceof SVGSVGElement)) throw new Error('The chart could not be copied.');
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  const styles = new Map<Element, CSSStyleDeclaration>();
  const hidden: Element[] = [];
  originals.forEach((original, at) => {
    const target = copies[at];
    if (target === undefined) return;
    const style = getComputedStyle(original);
    styles.set(original, style);
    if (style.display === 'none' || style.visibility === 'hidden') hidden.push(target);
    const parent = original.parentElement ? (styles.get(original.parentElement) ?? null) : null;
    cleanAttributes(target);
    writeStyles(target, style, original === svg ? null : parent);
  });
  const overflow = writeFullLabels(originals, copies, box.left);
  for (const element of [...hidden, ...copy.querySelectorAll(TRANSIENT)]) element.remove();

  // Full labels that reach past the left edge widen the drawing to the left.
  const margin = overflow > 0 ? overflow + 2 : 0;
  const height = fullHeight - cropTop;
  copy.setAttribute('width', String(width + margin));
  copy.setAttribute('height', String(height));
  copy.setAttribute('viewBox', `${-margin} ${cropTop} ${width + margin} ${height}`);
  return { node: copy, width: width + margin, height, cropTop };
}
