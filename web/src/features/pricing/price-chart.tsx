// How the shopper's price (CNY, left axis) and the seller's take (USD, right axis) move with the USD
// price, per shipping mode, drawn with uPlot; a dashed line marks the price in the form.
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { useT } from '../../app/i18n/i18n';
import type { SeriesPoint } from './calculator-types';

const COLORS = { '9610': '#2457c5', '1210': '#d9480f' } as const;
const cnyTick = new Intl.NumberFormat('zh-CN', { style: 'currency', currency: 'CNY', maximumFractionDigits: 0 });
const usdTick = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const cnyValue = new Intl.NumberFormat('zh-CN', { style: 'currency', currency: 'CNY' });
const usdValue = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

const heightFor = (width: number) => (width < 520 ? 260 : 320);
const money = (n: number | null | undefined) => (n === null || n === undefined ? null : n / 100);

type Props = { series: SeriesPoint[]; currentUsdCents: number | null };

export function PriceChart({ series, currentUsdCents }: Props) {
  const { t, locale } = useT();
  const holder = useRef<HTMLDivElement>(null);
  const current = useRef<number | null>(currentUsdCents);
  const plot = useRef<uPlot | null>(null);

  useEffect(() => {
    current.current = currentUsdCents;
    plot.current?.redraw(false, false);
  }, [currentUsdCents]);

  useEffect(() => {
    const el = holder.current;
    if (!el || series.length === 0) return;
    const data: uPlot.AlignedData = [
      series.map((p) => p.usdCents / 100),
      series.map((p) => money(p.shopperPaysFen_9610)),
      series.map((p) => money(p.shopperPaysFen_1210)),
      series.map((p) => money(p.sellerReceivesUsdCents_9610)),
      series.map((p) => money(p.sellerReceivesUsdCents_1210)),
    ];
    const width = Math.max(280, el.clientWidth);
    const shopper = (v: number | null) => (v === null ? '—' : cnyValue.format(v));
    const seller = (v: number | null) => (v === null ? '—' : usdValue.format(v));
    const markPrice = (u: uPlot) => {
      if (current.current === null) return;
      const x = u.valToPos(current.current / 100, 'x', true);
      if (x < u.bbox.left || x > u.bbox.left + u.bbox.width) return;
      const ctx = u.ctx;
      ctx.save();
      ctx.strokeStyle = '#1d2129';
      ctx.lineWidth = 1.5 * devicePixelRatio;
      ctx.setLineDash([6 * devicePixelRatio, 4 * devicePixelRatio]);
      ctx.beginPath();
      ctx.moveTo(x, u.bbox.top);
      ctx.lineTo(x, u.bbox.top + u.bbox.height);
      ctx.stroke();
      ctx.restore();
    };
    const options: uPlot.Options = {
      width,
      height: heightFor(width),
      padding: [12, 8, 0, 4],
      cursor: { drag: { x: false, y: false } },
      scales: { x: { time: false }, cny: { auto: true, range: (_u, _min, max) => [0, max * 1.08] }, usd: { auto: true, range: (_u, min, max) => [Math.min(0, min), max * 1.08] } },
      axes: [
        { label: t('calc.chart.x'), values: (_u, ticks) => ticks.map((v) => usdTick.format(v)), size: 40, space: 36 },
        { scale: 'cny', label: t('calc.chart.cny'), values: (_u, ticks) => ticks.map((v) => cnyTick.format(v)), size: 64 },
        { scale: 'usd', side: 1, label: t('calc.chart.usd'), values: (_u, ticks) => ticks.map((v) => usdTick.format(v)), size: 56, grid: { show: false } },
      ],
      series: [
        { label: t('calc.chart.price'), value: (_u, v) => seller(v) },
        { label: t('calc.chart.shopper', { mode: '9610' }), scale: 'cny', stroke: COLORS['9610'], width: 2.5, value: (_u, v) => shopper(v), points: { show: true } },
        { label: t('calc.chart.shopper', { mode: '1210' }), scale: 'cny', stroke: COLORS['1210'], width: 2.5, value: (_u, v) => shopper(v), points: { show: true } },
        { label: t('calc.chart.seller', { mode: '9610' }), scale: 'usd', stroke: COLORS['9610'], width: 2, dash: [8, 5], value: (_u, v) => seller(v) },
        { label: t('calc.chart.seller', { mode: '1210' }), scale: 'usd', stroke: COLORS['1210'], width: 2, dash: [8, 5], value: (_u, v) => seller(v) },
      ],
      hooks: { draw: [markPrice] },
    };
    const chart = new uPlot(options, data, el);
    plot.current = chart;
    const observer = new ResizeObserver(() => {
      const w = Math.max(280, el.clientWidth);
      if (w !== chart.width) chart.setSize({ width: w, height: heightFor(w) });
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      chart.destroy();
      plot.current = null;
    };
  }, [series, t, locale]);

  return (
    <figure className="card calc-chart">
      <figcaption className="calc-chart-caption">
        <strong>{t('calc.chart.title')}</strong>
        <span className="muted small">{t('calc.chart.lead')}</span>
      </figcaption>
      <div ref={holder} className="calc-chart-plot" role="img" aria-label={t('calc.chart.title')} />
    </figure>
  );
}
