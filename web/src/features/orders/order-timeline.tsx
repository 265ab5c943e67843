// The order's history as a timeline, newest first: what happened, who did it, when, and why.
import { useT } from '../../app/i18n/i18n';
import { hasMessage } from '../../app/i18n/i18n';
import type { OrderEvent } from './order-types';

export function OrderTimeline({ events }: { events: OrderEvent[] }) {
  const { t } = useT();
  const newestFirst = [...events].reverse();
  return (
    <section className="card shopper-card" aria-labelledby="order-timeline">
      <h2 id="order-timeline" className="section-title">
        {t('order.timeline')}
      </h2>
      <ol className="order-timeline">
        {newestFirst.map((e, i) => {
          const what = `order.event.${e.action}`;
          const who = `order.by.${e.by}`;
          return (
            <li key={`${e.at}-${e.action}`} className={i === 0 ? 'is-latest' : undefined} data-action={e.action}>
              <span className="order-timeline-what">{hasMessage(what) ? t(what) : e.action}</span>
              <span className="order-timeline-when muted">
                {t('common.dateTime', { date: new Date(e.at) })} · {t('order.eventBy', { who: hasMessage(who) ? t(who) : e.by })}
              </span>
              {e.reason ? <span className="order-timeline-reason">{t('order.eventReason', { reason: e.reason })}</span> : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
