// "Selling to China: your path": what a seller does, in order, and which steps Gateway supports
// today. Steps not open yet are marked Upcoming and offer no link.
import { Link } from 'react-router';
import type { MessageKey } from '../../app/i18n/i18n';
import { useT } from '../../app/i18n/i18n';
import { CheckIcon, ClockIcon } from '../../app/ui/icons';

type StepState = 'done' | 'next' | 'upcoming';
type Step = { id: 'account' | 'apply' | 'list' | 'eligibility' | 'price'; state: StepState; to?: string };

// The published effective rates and limits (DOMAIN.md §2–3), for orientation; checkout computes the real tax.
const RATES = { general: 0.091, farm: 0.063, perOrder: 5000, perYear: 26000 };

export function SellingPath({ approved }: { approved: boolean }) {
  const { t } = useT();
  const steps: Step[] = [
    { id: 'account', state: 'done' },
    approved ? { id: 'apply', state: 'done' } : { id: 'apply', state: 'next', to: '/seller/apply' },
    approved ? { id: 'list', state: 'next', to: '/seller/products/new' } : { id: 'list', state: 'upcoming' },
    approved ? { id: 'eligibility', state: 'next', to: '/seller/products' } : { id: 'eligibility', state: 'upcoming' },
    { id: 'price', state: 'upcoming' },
  ];
  const label: Record<StepState, MessageKey> = { done: 'seller.path.done', next: 'seller.path.next', upcoming: 'seller.path.upcoming' };
  return (
    <section className="card selling-path" aria-labelledby="path-title">
      <h2 id="path-title" className="section-title">
        {t('seller.path.title')}
      </h2>
      <p className="muted selling-path-lead">{t('seller.path.lead')}</p>
      <ol className="path-steps">
        {steps.map(({ id, state, to }, index) => (
          <li key={id} className={`path-step path-step-${state}`} data-state={state}>
            <span className="path-step-marker" aria-hidden="true">
              {state === 'done' ? <CheckIcon size={16} /> : state === 'next' ? index + 1 : <ClockIcon size={16} />}
            </span>
            <div className="path-step-text">
              <div className="path-step-head">
                <h3>{t(`seller.path.${id}.title`)}</h3>
                <span className={`badge path-badge-${state}`}>{t(label[state])}</span>
              </div>
              <p>{t(`seller.path.${id}.body`, RATES)}</p>
              {to ? (
                <Link className="path-step-link" to={to}>
                  {t(`seller.path.${id}.cta`)}
                </Link>
              ) : null}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
