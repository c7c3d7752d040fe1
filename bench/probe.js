// Injected into every benchmark page before its own scripts (page.addInitScript), so that every
// time is taken inside the page with performance.now(), never as a round trip from Node.
// "Painted" means: the DOM has the change, a frame was produced (requestAnimationFrame), and the
// task after it ran (setTimeout 0), i.e. the frame that shows the change has been painted.
(() => {
  const BAR = '.timeline-bar, .recharts-bar-rectangle, .plain-bar';
  const TIMEOUT_MS = 60_000;

  const afterPaint = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)),
    );

  /** Resolves once `condition()` holds, checked after every DOM change. */
  const until = (condition) =>
    new Promise((resolve, reject) => {
      if (condition()) {
        resolve();
        return;
      }
      const observer = new MutationObserver(() => {
        if (!condition()) return;
        observer.disconnect();
        clearTimeout(timer);
        resolve();
      });
      observer.observe(document, { childList: true, subtree: true, characterData: true });
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(new Error('timed out waiting for the page'));
      }, TIMEOUT_MS);
    });

  const text = (element) => (element ? element.textContent : null);
  const incidentsStat = () =>
    text(
      [...document.querySelectorAll('.stat')]
        .find((stat) => text(stat.querySelector('dt')) === 'Incidents')
        ?.querySelector('dd'),
    );
  const timeline = () =>
    [...document.querySelectorAll('figure')].find(
      (figure) => text(figure.querySelector('h2')) === 'Thefts over time',
    );
  // In the app, the timeline's bars (the other charts have bars too); in a floor, any bar.
  const firstBar = until(() => {
    const scope = document.querySelector('figure') ? timeline() : document;
    return scope?.querySelector(BAR) != null;
  }).then(afterPaint);
  const timelineBars = () => [...(timeline()?.querySelectorAll('.timeline-bar') ?? [])];
  const barsSignature = () => {
    const bars = timelineBars();
    const box = (bar) => (bar ? ['x', 'y', 'height'].map((name) => bar.getAttribute(name)) : []);
    return `${bars.length}|${box(bars[0])}|${box(bars[bars.length - 1])}`;
  };
  const tableCount = () => text(document.querySelector('.incidents-count'));
  const scroller = () => document.querySelector('.incidents-scroll');
  const tableRows = () => scroller()?.querySelectorAll('tbody tr[aria-rowindex]') ?? [];

  const inputLabelled = (label) =>
    [...document.querySelectorAll('label')]
      .find((element) => element.textContent.trim().startsWith(label))
      ?.querySelector('input');

  /**
   * Enters `value` into the labelled input the way a person does: set it, fire `input`, then
   * press Enter (a month field applies a cleared value on Enter or on leaving it, not while typing).
   */
  const setInput = (input, value) => {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    setter.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  };

  let clickResult = null;

  window.__bench = {
    /** performance.now() (from navigation start) when the first bar was painted. */
    firstBar: () => firstBar,
    /** When the dataset's response ended, from navigation start (Resource Timing). */
    dataReceived: () =>
      performance.getEntriesByType('resource').find((e) => e.name.endsWith('/api/incidents'))
        ?.responseEnd ?? null,
    incidentsStat,
    tableCount,
    /** Resolves once no panel is still loading or following (aria-busy) and a frame was painted. */
    async settled() {
      await until(() => document.querySelector('[aria-busy="true"]') === null);
      await afterPaint();
    },
    /**
     * Sets a month input: the time until the Incidents total and the timeline changed and were
     * painted (`ms`), and until every panel further down had followed and was painted (`allMs`,
     * the page marks those panels aria-busy while they trail), so the next change starts idle.
     */
    async monthChange(label, value) {
      const input = inputLabelled(label);
      if (!input) throw new Error(`no input labelled ${label}`);
      const stat = incidentsStat();
      const bars = barsSignature();
      const start = performance.now();
      setInput(input, value);
      await until(() => incidentsStat() !== stat && barsSignature() !== bars);
      const ms = (await afterPaint()) - start;
      await until(() => document.querySelector('[aria-busy="true"]') === null);
      return { ms, allMs: (await afterPaint()) - start };
    },
    /** Where to click the tallest bar of the timeline, in page coordinates. */
    tallestBar() {
      timeline()?.scrollIntoView({ block: 'center' });
      const boxes = timelineBars().map((bar) => bar.getBoundingClientRect());
      const tallest = boxes.reduce((best, box) => (box.height > best.height ? box : best));
      return { x: tallest.x + tallest.width / 2, y: tallest.y + tallest.height / 2 };
    },
    /** Arms a timer from the next click (its event time) until the table's count changed. */
    armClick() {
      const count = tableCount();
      clickResult = new Promise((resolve) => {
        window.addEventListener('click', (event) => resolve(event.timeStamp), {
          capture: true,
          once: true,
        });
      }).then(async (start) => {
        await until(() => tableCount() !== count);
        return (await afterPaint()) - start;
      });
    },
    clickResult: () => clickResult,
    /** Goes back in history and waits for the table to show `count` again. */
    async back(count) {
      history.back();
      await until(() => tableCount() === count);
      await afterPaint();
    },
    /** Jumps through the table in `steps` even steps; the time each takes to show its rows. */
    async scrollJumps(steps) {
      const element = scroller();
      if (!element) throw new Error('no table scroll container');
      const times = [];
      let maxRows = 0;
      const range = element.scrollHeight - element.clientHeight;
      for (let step = 1; step <= steps; step += 1) {
        const top = Math.round((range * step) / steps);
        const start = performance.now();
        element.scrollTop = top;
        // The rows are 36 px tall; rows at or below the new top must be in the DOM.
        const wanted = Math.floor(top / 36);
        await until(() => {
          const rows = tableRows();
          const last = rows[rows.length - 1];
          return last !== undefined && Number(last.getAttribute('aria-rowindex')) - 2 >= wanted;
        });
        times.push((await afterPaint()) - start);
        maxRows = Math.max(maxRows, tableRows().length);
      }
      return { times, maxRows };
    },
    /** Scrolls `pixels` per frame for `frames` frames; the time between frames. */
    scrollFrames(frames, pixels) {
      const element = scroller();
      if (!element) throw new Error('no table scroll container');
      element.scrollTop = 0;
      return new Promise((resolve) => {
        const gaps = [];
        let last = performance.now();
        const frame = (now) => {
          gaps.push(now - last);
          last = now;
          if (gaps.length >= frames) {
            resolve({ gaps, rows: tableRows().length });
            return;
          }
          element.scrollTop += pixels;
          requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      });
    },
  };
})();
