// The application's timeline: created, submitted, changes requested, resubmitted, decided.
import { hasMessage, useT } from '../../app/i18n/i18n';
import type { HistoryEntry } from './application-types';

export function ApplicationHistory({ history }: { history: HistoryEntry[] }) {
  const { t } = useT();
  const role = (r: string) => {
    const key = `role.${r}`;
    return hasMessage(key) ? t(key) : r;
  };
  const label = (action: string) => {
    const key = `apply.action.${action}`;
    return hasMessage(key) ? t(key) : action.replace(/[._]/g, ' ');
  };
  return (
    <section className="card history" aria-labelledby="history-title">
      <h2 id="history-title" className="section-title">
        {t('apply.history')}
      </h2>
      <ol className="timeline">
        {history.map((entry, index) => (
          <li key={`${entry.at}-${index}`} className={`timeline-item timeline-${entry.action}`}>
            <span className="timeline-dot" aria-hidden="true" />
            <div>
              <p>
                <strong>{label(entry.action)}</strong>
                {entry.actorName ? <span className="muted"> · {entry.actorRole ? t('apply.byRole', { name: entry.actorName, role: role(entry.actorRole) }) : entry.actorName}</span> : null}
              </p>
              <p className="muted">{t('common.dateTime', { date: new Date(entry.at) })}</p>
              {entry.reason ? <p className="timeline-reason">{entry.reason}</p> : null}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
