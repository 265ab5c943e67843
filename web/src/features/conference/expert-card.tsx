// One expert holding office hours: name, company, expertise, bio, and how many 20-minute slots are
// still open (with the next one, in the event's zone). The attendee's page adds its booking controls.
import type { ReactNode } from 'react';
import { useT } from '../../app/i18n/i18n';
import { EXPERTISE, type Expert } from './conference-types';
import { dateTime } from './event-time';

export function expertiseLabel(t: (key: `conf.expertise.${(typeof EXPERTISE)[number]}`) => string, expertise: string): string {
  return (EXPERTISE as readonly string[]).includes(expertise) ? t(`conf.expertise.${expertise as (typeof EXPERTISE)[number]}`) : expertise;
}

export function ExpertCard({ expert, timeZone, children }: { expert: Expert; timeZone: string; children?: ReactNode }) {
  const { t, locale } = useT();
  return (
    <li className="card conf-expert" data-expert={expert.id}>
      <div className="conf-expert-head">
        <span className="conf-speaker-avatar" aria-hidden="true">
          {expert.name.slice(0, 1)}
        </span>
        <div>
          <h3 className="conf-expert-name">{expert.name}</h3>
          <p className="muted small">{expert.company}</p>
        </div>
        <span className="badge badge-info conf-expertise">{expertiseLabel(t, expert.expertise)}</span>
      </div>
      <p className="small conf-expert-bio">{expert.bio}</p>
      <p className="small conf-expert-slots">
        {expert.openSlots === 0
          ? t('conf.experts.noSlots')
          : t('conf.experts.openSlots', { count: expert.openSlots, next: expert.nextOpenAt ? dateTime(expert.nextOpenAt, timeZone, locale) : '' })}
      </p>
      {children}
    </li>
  );
}
