// A deterministic force-directed layout (Fruchterman-Reingold with a pull to the centre), computed once before the
// network is drawn: the same data always gives the same picture, and the page never animates hundreds of nodes.
// The busiest participants start in the middle (they come first), so hubs end up central and readable.
// Cost is O(n² · steps); the page asks for at most a few hundred nodes and the steps shrink as n grows.

/** Positions for `n` nodes linked by `links` ([i, j, weight]): a Float64Array of x0, y0, x1, y1, ... */
export function layout(n, links) {
  const pos = new Float64Array(2 * n);
  if (n === 0) return pos;
  const golden = Math.PI * (3 - Math.sqrt(5));
  const k = 40;
  for (let i = 0; i < n; i++) {
    const r = k * Math.sqrt(i + 0.5);
    pos[2 * i] = r * Math.cos(i * golden);
    pos[2 * i + 1] = r * Math.sin(i * golden);
  }
  const steps = Math.max(40, Math.min(300, Math.round(6e6 / (n * n))));
  const disp = new Float64Array(2 * n);
  const maxWeight = links.reduce((m, l) => Math.max(m, l[2]), 1);
  let temperature = k * Math.sqrt(n) / 2;
  const cooling = temperature / (steps + 1);
  for (let step = 0; step < steps; step++) {
    disp.fill(0);
    for (let i = 0; i < n; i++) {
      const xi = pos[2 * i];
      const yi = pos[2 * i + 1];
      for (let j = i + 1; j < n; j++) {
        let dx = xi - pos[2 * j];
        let dy = yi - pos[2 * j + 1];
        let d2 = dx * dx + dy * dy;
        if (d2 < 0.01) {
          dx = 0.1 * ((i % 7) - 3);
          dy = 0.1 * ((j % 5) - 2);
          d2 = dx * dx + dy * dy + 0.01;
        }
        const f = (k * k) / d2; // repulsion k²/d, as a multiple of the unit vector (dx, dy)/d
        disp[2 * i] += dx * f;
        disp[2 * i + 1] += dy * f;
        disp[2 * j] -= dx * f;
        disp[2 * j + 1] -= dy * f;
      }
    }
    for (const [a, b, w] of links) {
      const dx = pos[2 * a] - pos[2 * b];
      const dy = pos[2 * a + 1] - pos[2 * b + 1];
      const d = Math.sqrt(dx * dx + dy * dy) + 0.01;
      const f = (d / k) * (0.6 + 0.4 * Math.log1p(w) / Math.log1p(maxWeight)); // attraction d²/k, heavier pulls more
      disp[2 * a] -= dx * f;
      disp[2 * a + 1] -= dy * f;
      disp[2 * b] += dx * f;
      disp[2 * b + 1] += dy * f;
    }
    for (let i = 0; i < n; i++) {
      // gravity keeps unconnected pairs near the rest instead of drifting off the canvas
      disp[2 * i] -= pos[2 * i] * 0.12;
      disp[2 * i + 1] -= pos[2 * i + 1] * 0.12;
      const dx = disp[2 * i];
      const dy = disp[2 * i + 1];
      const d = Math.sqrt(dx * dx + dy * dy);
      if (d > 0) {
        const move = Math.min(d, temperature);
        pos[2 * i] += (dx / d) * move;
        pos[2 * i + 1] += (dy / d) * move;
      }
    }
    temperature = Math.max(k * 0.05, temperature - cooling);
  }
  return pos;
}
