// The plain floor: the same endpoint and monthly sums drawn as bare SVG, with no framework.
import { loadMonthSums } from '../month-sums';

const SVG = 'http://www.w3.org/2000/svg';
const HEIGHT = 320;

function drawBars(svg: SVGSVGElement, months: Awaited<ReturnType<typeof loadMonthSums>>) {
  const width = svg.getBoundingClientRect().width || 800;
  const max = Math.max(1, ...months.map((m) => m.dprkUsd + m.otherUsd));
  const step = width / Math.max(1, months.length);
  const bar = (x: number, y: number, height: number, fill: string) => {
    const rect = document.createElementNS(SVG, 'rect');
    rect.setAttribute('class', 'plain-bar');
    rect.setAttribute('x', String(x));
    rect.setAttribute('y', String(y));
    rect.setAttribute('width', String(Math.max(1, step - 1)));
    rect.setAttribute('height', String(height));
    rect.setAttribute('fill', fill);
    svg.append(rect);
  };
  months.forEach((month, at) => {
    const dprk = (month.dprkUsd / max) * HEIGHT;
    const other = (month.otherUsd / max) * HEIGHT;
    bar(at * step, HEIGHT - dprk, dprk, '#b4432f');
    bar(at * step, HEIGHT - dprk - other, other, '#3b6ea8');
  });
}

const svg = document.querySelector<SVGSVGElement>('#chart');
if (svg) void loadMonthSums().then((months) => drawBars(svg, months));
