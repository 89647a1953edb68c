/** A canvas for uPlot under happy-dom, which has none (tests/renderer charts). */
/**
 * happy-dom has no canvas: a 2D context and paths that draw nothing, so uPlot can lay out a chart with
 * figures (the words around it are what these tests read).
 */
export function blankCanvas(): () => void {
  const before = HTMLCanvasElement.prototype.getContext;
  const noop = () => undefined;
  const ctx = new Proxy({} as Record<string | symbol, unknown>, {
    get: (t, k) => (k in t ? t[k] : k === 'measureText' ? () => ({ width: 0 }) : noop),
    set: (t, k, v) => ((t[k] = v), true),
  });
  HTMLCanvasElement.prototype.getContext = (() => ctx) as unknown as typeof before;
  const g = globalThis as { Path2D?: unknown };
  const hadPath = 'Path2D' in g;
  if (!hadPath)
    g.Path2D = class {
      constructor() {
        return new Proxy(this, { get: (t, k) => (k in t ? t[k as keyof typeof t] : noop) });
      }
    };
  return () => {
    HTMLCanvasElement.prototype.getContext = before;
    if (!hadPath) delete g.Path2D;
  };
}
