// The registration charts on an event's overview (GET …/stats): registrations per day with the running
// total, by state (the top states, the rest together), by status; seats by ticket type; and how many
// attendees went on to apply to sell, and became sellers.
import { useMemo } from 'react';
import type uPlot from 'uplot';
import { useT } from '../../app/i18n/i18n';
import { ErrorNotice } from '../../app/ui/notice';
import { Loading } from '../../app/ui/states';
import { useApiQuery } from '../../app/use-api';
import { Figure } from './capacity-card';
import { categoryBars, CHART_COLORS, ConfChart, dailyBars } from './conf-chart';
import { REGISTRATION_STATUSES } from '../conference/conference-types';
import type { RegistrationStats } from './conf-types';
import { useConfEvent } from './event-shell';
import { dayLabel } from './zoned-time';

const TOP_STATES = 12;
const STATUS_COLORS = [CHART_COLORS.success, CHART_COLORS.primary, CHART_COLORS.warning, CHART_COLORS.muted];

export function RegistrationCharts() {
  const { t, locale } = useT();
  const { event } = useConfEvent();
  const query = useApiQuery<RegistrationStats>(`/ops/conference/events/${event.id}/stats`);
  const stats = query.data;

  const daily = useMemo(() => {
    if (!stats) return null;
    const data: uPlot.AlignedData = [
      stats.byDay.map((d) => Date.parse(`${d.day}T00:00:00Z`) / 1000),
      stats.byDay.map((d) => d.registrations),
      stats.byDay.map((d) => d.cumulative),
    ];
    const day = (s: number) => new Date(s * 1000).toISOString().slice(0, 10);
    const build = dailyBars(t('confOps.stats.day'), t('confOps.stats.perDay'), t('confOps.stats.cumulative'), (s) => dayLabel(day(s), locale, 'date'), (s) => dayLabel(day(s), locale, 'short'));
    return { data, build };
  }, [stats, t, locale]);

  const byState = useMemo(() => {
    if (!stats) return null;
    const top = stats.byState.slice(0, TOP_STATES);
    const rest = stats.byState.slice(TOP_STATES).reduce((n, s) => n + s.count, 0);
    const labels = [...top.map((s) => s.state), ...(rest ? [t('confOps.stats.otherStates')] : [])];
    const data: uPlot.AlignedData = [labels.map((_l, i) => i), [...top.map((s) => s.count), ...(rest ? [rest] : [])]];
    return { data, build: categoryBars(labels, t('confOps.stats.registrations')), summary: top.map((s) => `${s.name} ${s.count}`).join(', ') };
  }, [stats, t]);

  const byStatus = useMemo(() => {
    if (!stats) return null;
    const labels = REGISTRATION_STATUSES.map((s) => t(`confOps.status.${s}`));
    const data: uPlot.AlignedData = [labels.map((_l, i) => i), REGISTRATION_STATUSES.map((s) => stats.byStatus[s])];
    return { data, build: categoryBars(labels, t('confOps.stats.registrations'), CHART_COLORS.primary, STATUS_COLORS), summary: labels.map((l, i) => `${l} ${data[1]![i]}`).join(', ') };
  }, [stats, t]);

  if (!stats) return query.error ? <ErrorNotice error={query.error} onRetry={query.reload} /> : <Loading />;
  return (
    <section className="conf-stats" aria-labelledby="conf-stats-title" data-testid="conf-stats">
      <h2 id="conf-stats-title" className="section-title">
        {t('confOps.stats.title', { total: stats.total })}
      </h2>
      <div className="conf-chart-grid">
        {daily ? (
          <ConfChart
            title={t('confOps.stats.overTime')}
            lead={t('confOps.stats.overTimeLead', { zone: stats.timeZone })}
            data={daily.data}
            build={daily.build}
            testId="chart-per-day"
            summary={t('confOps.stats.overTimeSummary', { days: stats.byDay.length, total: stats.total })}
          />
        ) : null}
        {byState ? <ConfChart title={t('confOps.stats.byState')} data={byState.data} build={byState.build} testId="chart-by-state" summary={byState.summary} /> : null}
        {byStatus ? <ConfChart title={t('confOps.stats.byStatus')} data={byStatus.data} build={byStatus.build} testId="chart-by-status" summary={byStatus.summary} /> : null}
        <div className="card conf-card">
          <h3 className="subsection-title">{t('confOps.stats.sellers')}</h3>
          <p className="muted small">{t('confOps.stats.sellersLead')}</p>
          <div className="conf-figures" data-testid="conf-sellers">
            <Figure label={t('confOps.stats.sellersStarted')} value={t('confOps.count', { count: stats.sellers.started })} />
            <Figure label={t('confOps.stats.sellersSubmitted')} value={t('confOps.count', { count: stats.sellers.submitted })} />
            <Figure label={t('confOps.stats.sellersApproved')} value={t('confOps.count', { count: stats.sellers.approved })} tone="success" />
          </div>
          <h3 className="subsection-title">{t('confOps.stats.byTicketType')}</h3>
          <ul className="conf-plain-list">
            {stats.byTicketType.map((tt) => (
              <li key={tt.code}>
                <strong>{tt.name}</strong> — {t('confOps.stats.ticketLine', { registrations: tt.registrations, held: tt.held, quota: tt.quota })}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}
