// Injected into both pages before any of their scripts (Playwright addInitScript): records
// paints, long tasks and the map's first render/idle and camera moves in page time
// (performance.now(), 0 = navigation start), and offers window.__bench.step(id) to scroll
// a chapter to the trigger line and time the camera's answer. Plain JS: it is sent as text.
(() => {
  const bench = {
    fcp: null,
    lcp: null,
    lcpElement: null,
    longTasks: [],
    staticMapAtLoad: false,
    mapCreated: null,
    firstRender: null,
    firstIdle: null,
    lastIdle: null,
    moveStarts: [],
    moveEnds: [],
    frameDeltas: [],
  };
  window.__bench = bench;

  const describe = (element, url) => {
    if (!element) return url ? `(removed) ${url}` : '(removed)';
    const id = element.id ? `#${element.id}` : '';
    const cls =
      typeof element.className === 'string' && element.className.trim()
        ? `.${element.className.trim().split(/\s+/).join('.')}`
        : '';
    const text = (element.textContent || url || '').replace(/\s+/g, ' ').trim().slice(0, 40);
    return `${element.tagName.toLowerCase()}${id}${cls} "${text}"`;
  };
  const observe = (type, onEntry) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(onEntry)).observe({
        type,
        buffered: true,
      });
    } catch {
      // An entry type this browser does not know: that figure stays null.
    }
  };
  observe('paint', (e) => {
    if (e.name === 'first-contentful-paint') bench.fcp = e.startTime;
  });
  observe('largest-contentful-paint', (e) => {
    bench.lcp = e.startTime;
    bench.lcpElement = describe(e.element, e.url);
  });
  observe('longtask', (e) => bench.longTasks.push([e.startTime, e.duration]));

  // A map picture in the HTML (static image or SVG in the map pane, or any element marked
  // data-map-picture) is on screen from the first paint; MapLibre's controls do not count.
  document.addEventListener('DOMContentLoaded', () => {
    const pictures = document.querySelectorAll(
      '#map img, #map svg, #map picture, .map-pane img, .map-pane svg, .map-pane picture, [data-map-picture]',
    );
    bench.staticMapAtLoad = [...pictures].some((el) => {
      if (el.closest('.maplibregl-ctrl')) return false;
      const r = el.getBoundingClientRect();
      return r.width > 32 && r.height > 32 && r.bottom > 0 && r.top < window.innerHeight;
    });
  });

  let framesOn = false;
  let lastFrame = 0;
  // One frame loop per move: a loop left from an earlier move stops at its next frame.
  let loop = 0;
  const frame = (id) => (t) => {
    if (!framesOn || id !== loop) return;
    if (t > lastFrame) bench.frameDeltas.push(t - lastFrame);
    lastFrame = t;
    requestAnimationFrame(frame(id));
  };
  const hook = (map) => {
    bench.mapCreated = performance.now();
    map.once('render', () => (bench.firstRender ??= performance.now()));
    map.on('idle', () => {
      bench.lastIdle = performance.now();
      bench.firstIdle ??= bench.lastIdle;
    });
    map.on('movestart', () => {
      bench.moveStarts.push(performance.now());
      // The move starts inside a frame: time the frames from here to moveend.
      lastFrame = performance.now();
      if (!framesOn) {
        framesOn = true;
        loop += 1;
        requestAnimationFrame(frame(loop));
      }
    });
    map.on('moveend', () => {
      const now = performance.now();
      bench.moveEnds.push(now);
      if (framesOn && now > lastFrame) bench.frameDeltas.push(now - lastFrame);
      framesOn = false;
    });
  };
  let current;
  Object.defineProperty(window, '__map', {
    configurable: true,
    get: () => current,
    set: (map) => {
      current = map;
      if (map) hook(map);
    },
  });

  const waitFor = (event, timeoutMs) =>
    new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      current.once(event, () => {
        clearTimeout(timer);
        resolve(true);
      });
    });

  // Scroll chapter `id`'s top just past the page's trigger line (as the e2e helper does),
  // then wait for the camera to arrive and the map to go idle. Times are from the scroll.
  bench.step = async (id, timeoutMs) => {
    const step = document.getElementById(id);
    if (!step || !current) return { start: null, end: null };
    const trigger = window.innerHeight * Number(document.body.dataset.triggerOffset || 0.5);
    const top = step.getBoundingClientRect().top + window.scrollY;
    const starts = bench.moveStarts.length;
    const ended = waitFor('moveend', timeoutMs);
    const t0 = performance.now();
    window.scrollTo({ top: top - trigger + 40, behavior: 'instant' });
    const arrived = await ended;
    const startedAt = bench.moveStarts[starts];
    const result = {
      start: startedAt === undefined ? null : startedAt - t0,
      end: arrived ? bench.moveEnds[bench.moveEnds.length - 1] - t0 : null,
    };
    const endedAt = bench.moveEnds[bench.moveEnds.length - 1];
    if (arrived && !(bench.lastIdle >= endedAt)) await waitFor('idle', timeoutMs);
    return result;
  };
})();
