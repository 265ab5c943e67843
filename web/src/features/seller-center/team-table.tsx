import type { Member } from '../../app/api-types';
import { useT } from '../../app/i18n/i18n';
import { useSession } from '../../app/session';
import '../../app/styles/table.css';

export function TeamTable({ members, title }: { members: Member[]; title?: string }) {
  const { t } = useT();
  const { user } = useSession();
  return (
    <section className="team" aria-labelledby="team-title">
      <div className="section-head">
        <h2 id="team-title" className="section-title">
          {title ?? t('seller.team.title')}
        </h2>
        <span className="muted">{t('seller.team.count', { count: members.length })}</span>
      </div>
      <div className="table-card">
        <div className="table-scroll">
          <table className="data-table data-table-stack">
            <thead>
              <tr>
                <th scope="col">{t('seller.team.name')}</th>
                <th scope="col">{t('seller.team.email')}</th>
                <th scope="col">{t('seller.team.role')}</th>
                <th scope="col">{t('seller.team.joined')}</th>
              </tr>
            </thead>
            <tbody>
              {members.map((m) => (
                <tr key={m.userId}>
                  <td data-label={t('seller.team.name')}>
                    <span>
                      {m.name} {m.userId === user?.id ? <span className="muted">{t('seller.team.you')}</span> : null}
                    </span>
                  </td>
                  <td data-label={t('seller.team.email')}>{m.email}</td>
                  <td data-label={t('seller.team.role')}>
                    <span className={m.role === 'owner' ? 'badge badge-info' : 'badge'}>{t(`seller.memberRole.${m.role}`)}</span>
                  </td>
                  <td className="nowrap" data-label={t('seller.team.joined')}>
                    {t('common.date', { date: new Date(m.joinedAt) })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </section>
  );
}
