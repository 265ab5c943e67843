// The conference charts, drawn with uPlot (as the calculator's): a figure that sizes the plot to its
// card and redraws on resize, plus option builders for category bars (value printed on each bar) and
// for a per-day series (bars per day with the running total as a line on its own axis).
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export const CHART_COLORS = { primary: '#2457c5', secondary: '#d9480f', success: '#17803d', warning: '#a95b00', muted: '#8a929e', danger: '#c4261d' } as const;

type Build = (width: number) => Omit<uPlot.Options, 'width' | 'height'>;
type Props = { title: string; lead?: string | undefined; data: uPlot.AlignedData; build: Build; height?: number; testId?: string; summary: string };

/** `data` and `build` should keep their identity between renders (useMemo), or the chart is rebuilt each time. */
export function ConfChart({ title, lead, data, build, height = 240, testId, summary }: Props) {
  const holder = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = holder.current;
    if (!el) return;
    const width = Math.max(260, el.clientWidth);
    const chart = new uPlot({ ...build(width), width, height }, data, el);
    const observer = new ResizeObserver(() => {
      const w = Math.max(260, el.clientWidth);
      if (w !== chart.width) chart.setSize({ width: w, height });
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      chart.destroy();
    };
  }, [data, build, height]);

  return (
    <figure className="card conf-chart" data-testid={testId}>
      <figcaption className="conf-chart-caption">
        <strong>{title}</strong>
        {lead ? <span className="muted small">{lead}</span> : null}
      </figcaption>
      <div ref={holder} className="conf-chart-plot" role="img" aria-label={`${title}: ${summary}`} />
    </figure>
  );
}

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const tickInts = (_u: uPlot, ticks: number[]) => ticks.map((v) => (Number.isInteger(v) ? integer.format(v) : ''));

/** Prints each bar's value above it. */
function valueLabels(seriesIndex: number) {
  return (u: uPlot) => {
    const ctx = u.ctx;
    const xs = u.data[0];
    const ys = u.data[seriesIndex] ?? [];
    ctx.save();
    ctx.fillStyle = '#1d2129';
    ctx.font = `${12 * devicePixelRatio}px system-ui, sans-serif`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'bottom';
    for (let i = 0; i < xs.length; i++) {
      const v = ys[i];
      if (v === null || v === undefined || v === 0) continue;
      ctx.fillText(integer.format(v), u.valToPos(xs[i]!, 'x', true), u.valToPos(v, 'y', true) - 3 * devicePixelRatio);
    }
    ctx.restore();
  };
}

const labelStep = (labels: string[], width: number) => Math.max(1, Math.ceil((labels.length * Math.max(40, ...labels.map((l) => l.length * 7 + 12))) / Math.max(1, width - 60)));

/** Bars over named categories; the data is [indexes, values]. */
export function categoryBars(labels: string[], seriesLabel: string, color: string = CHART_COLORS.primary, colors?: string[]): Build {
  const bars = uPlot.paths.bars!({ size: [0.7, 64], align: 0 });
  return (width) => ({
    padding: [18, 8, 0, 4],
    legend: { show: false },
    cursor: { drag: { x: false, y: false }, points: { show: false } },
    scales: { x: { time: false, range: () => [-0.5, labels.length - 0.5] }, y: { range: (_u, _min, max) => [0, Math.max(1, max) * 1.15] } },
    axes: [
      // Every label while they fit (about 56 px each), else every second, third … one.
      { values: (_u, ticks) => ticks.map((v) => (Number.isInteger(v) && v % labelStep(labels, width) === 0 ? (labels[v] ?? '') : '')), splits: () => labels.map((_l, i) => i), grid: { show: false }, size: 36 },
      { values: tickInts, size: 48 },
    ],
    series: [
      {},
      // With a colour per bar, the series itself is drawn invisible and `recolour` paints the bars.
      { label: seriesLabel, stroke: colors ? 'transparent' : color, fill: colors ? 'transparent' : `${color}cc`, paths: bars, points: { show: false } },
    ],
    hooks: { draw: [valueLabels(1), ...(colors ? [recolour(colors)] : [])] },
  });
}

/** Paints each bar in its own colour (statuses: green confirmed, amber offered …). */
function recolour(colors: string[]) {
  return (u: uPlot) => {
    const ctx = u.ctx;
    const xs = u.data[0];
    const ys = u.data[1] ?? [];
    const step = xs.length > 1 ? Math.abs(u.valToPos(1, 'x', true) - u.valToPos(0, 'x', true)) : u.bbox.width;
    const width = Math.min(step * 0.7, 64 * devicePixelRatio);
    ctx.save();
    for (let i = 0; i < xs.length; i++) {
      const v = ys[i];
      if (!v) continue;
      const x = u.valToPos(xs[i]!, 'x', true);
      const top = u.valToPos(v, 'y', true);
      const base = u.valToPos(0, 'y', true);
      ctx.fillStyle = colors[i % colors.length]!;
      ctx.fillRect(x - width / 2, top, width, base - top);
    }
    ctx.restore();
  };
}

/** Per-day bars with the running total as a line; the data is [day seconds (UTC midnight), per day, cumulative]. */
export function dailyBars(dayName: string, perDayLabel: string, totalLabel: string, dayText: (seconds: number) => string, tickText: (seconds: number) => string): Build {
  const bars = uPlot.paths.bars!({ size: [0.8, 40] });
  return () => ({
    padding: [12, 8, 0, 4],
    tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'UTC'),
    cursor: { drag: { x: false, y: false } },
    scales: { x: { time: true }, y: { range: (_u, _min, max) => [0, Math.max(1, max) * 1.15] }, total: { range: (_u, _min, max) => [0, Math.max(1, max) * 1.1] } },
    axes: [
      { size: 40, space: 64, values: (_u, ticks) => ticks.map(tickText) },
      { values: tickInts, size: 48, label: perDayLabel },
      { scale: 'total', side: 1, values: tickInts, size: 56, grid: { show: false }, label: totalLabel },
    ],
    series: [
      { label: dayName, value: (_u, v) => (v === null ? '—' : dayText(v)) },
      { label: perDayLabel, stroke: CHART_COLORS.primary, fill: `${CHART_COLORS.primary}b3`, paths: bars, points: { show: false } },
      { label: totalLabel, scale: 'total', stroke: CHART_COLORS.secondary, width: 2 },
    ],
  });
}
