// The check-in dashboard (/ops/conference/:eventId/checkins): arrivals against confirmed seats, scans
// and flagged second scans, arrivals by hour (uPlot, the venue's hours, empty hours shown as zero) and
// the last 20 arrivals; read again every 10 seconds.
import { useEffect, useMemo } from 'react';
import type uPlot from 'uplot';
import { useT } from '../../app/i18n/i18n';
import { useDocumentTitle } from '../../app/ui/document-title';
import { ErrorNotice } from '../../app/ui/notice';
import { Loading } from '../../app/ui/states';
import { TableCard } from '../../app/ui/table-card';
import { useApiQuery } from '../../app/use-api';
import { Figure } from './capacity-card';
import { categoryBars, CHART_COLORS, ConfChart } from './conf-chart';
import type { ArrivalStats } from './conf-types';
import { useConfEvent } from './event-shell';
import { inZone } from './zoned-time';

export const REFRESH_MS = 10_000;
const MAX_HOURS = 96;

/** The hours from the first arrival's to the last's (local "YYYY-MM-DDTHH:00"), the ones without arrivals as 0. */
export function hourSeries(byHour: ArrivalStats['byHour']): Array<{ hour: string; arrivals: number }> {
  if (byHour.length === 0) return [];
  const counts = new Map(byHour.map((h) => [h.hour, h.arrivals]));
  const first = Date.parse(`${byHour[0]!.hour}:00Z`);
  const last = Date.parse(`${byHour.at(-1)!.hour}:00Z`);
  if (!Number.isFinite(first) || !Number.isFinite(last) || (last - first) / 3_600_000 > MAX_HOURS) return byHour;
  const hours: Array<{ hour: string; arrivals: number }> = [];
  for (let t = first; t <= last; t += 3_600_000) {
    const hour = new Date(t).toISOString().slice(0, 16);
    hours.push({ hour, arrivals: counts.get(hour) ?? 0 });
  }
  return hours;
}

export function ArrivalsPage() {
  const { t, locale } = useT();
  const { event } = useConfEvent();
  useDocumentTitle(t('confOps.arrivals.title', { name: event.name }));
  const query = useApiQuery<ArrivalStats>(`/ops/conference/events/${event.id}/checkins/stats`);
  const { reload } = query;
  useEffect(() => {
    const timer = window.setInterval(reload, REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [reload]);
  const stats = query.data;

  // Keyed by the figures, not the answer: a refresh with the same numbers keeps the chart as it is.
  const hoursKey = stats ? JSON.stringify(stats.byHour) : null;
  const chart = useMemo(() => {
    if (hoursKey === null) return null;
    const hours = hourSeries(JSON.parse(hoursKey) as ArrivalStats['byHour']);
    const manyDays = new Set(hours.map((h) => h.hour.slice(0, 10))).size > 1;
    const labels = hours.map((h) => (manyDays ? `${h.hour.slice(5, 10)} ${h.hour.slice(11)}` : h.hour.slice(11)));
    const data: uPlot.AlignedData = [hours.map((_h, i) => i), hours.map((h) => h.arrivals)];
    return { data, build: categoryBars(labels, t('confOps.arrivals.arrivals'), CHART_COLORS.success), summary: hours.map((h, i) => `${labels[i]} ${h.arrivals}`).join(', ') };
  }, [hoursKey, t]);

  if (!stats) return query.error ? <ErrorNotice error={query.error} onRetry={query.reload} /> : <Loading />;
  const pct = stats.confirmed ? Math.round((stats.arrived / stats.confirmed) * 100) : 0;
  return (
    <>
      {query.error ? <ErrorNotice error={query.error} onRetry={query.reload} /> : null}
      <section className="card conf-card" aria-labelledby="conf-arrivals-title" data-testid="arrivals-figures">
        <h2 id="conf-arrivals-title" className="section-title">
          {t('confOps.arrivals.heading')}
        </h2>
        <div className="conf-figures">
          <Figure label={t('confOps.arrivals.arrivedOf', { confirmed: stats.confirmed })} value={t('confOps.count', { count: stats.arrived })} tone="success" />
          <Figure label={t('confOps.arrivals.share')} value={t('confOps.percent', { value: pct / 100 })} />
          <Figure label={t('confOps.arrivals.scans')} value={t('confOps.count', { count: stats.scans })} />
          <Figure label={t('confOps.arrivals.duplicates')} value={t('confOps.count', { count: stats.duplicates })} tone="warning" />
        </div>
        <div className="conf-meter" role="meter" aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct} aria-label={t('confOps.arrivals.share')}>
          <span style={{ width: `${Math.min(100, pct)}%` }} />
        </div>
        <p className="muted small">{t('confOps.arrivals.refresh', { seconds: REFRESH_MS / 1000 })}</p>
      </section>
      {chart && chart.data[0].length > 0 ? (
        <ConfChart title={t('confOps.arrivals.byHour')} lead={t('confOps.arrivals.byHourLead', { zone: stats.timeZone })} data={chart.data} build={chart.build} testId="chart-by-hour" summary={chart.summary} />
      ) : (
        <p className="muted">{t('confOps.arrivals.none')}</p>
      )}
      <section aria-labelledby="conf-last-title">
        <h2 id="conf-last-title" className="section-title">
          {t('confOps.arrivals.last')}
        </h2>
        <TableCard
          label={t('confOps.arrivals.last')}
          loading={false}
          error={null}
          count={stats.last.length}
          empty={t('confOps.arrivals.none')}
          head={
            <>
              <th scope="col">{t('confOps.arrivals.at')}</th>
              <th scope="col">{t('confOps.reg.name')}</th>
              <th scope="col">{t('confOps.reg.company')}</th>
              <th scope="col">{t('confOps.arrivals.device')}</th>
            </>
          }
        >
          {stats.last.map((a) => (
            <tr key={`${a.registrationId}-${a.at}`}>
              <td className="nowrap">{inZone(a.at, stats.timeZone, locale)}</td>
              <td>{a.name}</td>
              <td>{a.company}</td>
              <td className={a.deviceName ? 'small' : 'mono small'}>{a.deviceName ?? a.deviceId}</td>
            </tr>
          ))}
        </TableCard>
      </section>
    </>
  );
}
