// "Selling to China: your path": what a seller does, in order, and which steps Gateway supports
// today. Steps not built yet are marked Upcoming and offer no button.
import type { MessageKey } from '../../app/i18n/i18n';
import { useT } from '../../app/i18n/i18n';
import { CheckIcon, ClockIcon } from '../../app/ui/icons';

type StepState = 'done' | 'next' | 'upcoming';
type Step = { id: 'account' | 'apply' | 'list' | 'eligibility' | 'price'; state: StepState };

// The published effective rates and limits (DOMAIN.md §2–3), for orientation; checkout computes the real tax.
const RATES = { general: 0.091, farm: 0.063, perOrder: 5000, perYear: 26000 };

export function SellingPath({ approved }: { approved: boolean }) {
  const { t } = useT();
  const steps: Step[] = [
    { id: 'account', state: 'done' },
    { id: 'apply', state: approved ? 'done' : 'next' },
    { id: 'list', state: 'upcoming' },
    { id: 'eligibility', state: 'upcoming' },
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
        {steps.map(({ id, state }, index) => (
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
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
