// Ops › Freight: the brackets of each shipping mode (9610 direct mail, 1210 bonded) by zone, with
// inline edits of fee and days, and which provinces fall in which zone.
import { useT } from '../../app/i18n/i18n';
import { useApiQuery, isForbidden } from '../../app/use-api';
import { useDocumentTitle } from '../../app/ui/document-title';
import { ErrorNotice } from '../../app/ui/notice';
import { Loading, NoAccess } from '../../app/ui/states';
import { TableCard } from '../../app/ui/table-card';
import { FreightRow } from './freight-row';
import type { FreightBracket, FreightTables, ShippingMode } from './pricing-types';
import './pricing-ops.css';

const MODES: ShippingMode[] = ['9610', '1210'];
const zonesOf = (items: { zone: string }[]) => [...new Set(items.map((i) => i.zone))].sort();

function ZoneTable({ mode, zone, brackets, onSaved }: { mode: ShippingMode; zone: string; brackets: FreightBracket[]; onSaved: () => void }) {
  const { t } = useT();
  const title = t('freight.zoneTitle', { mode, zone });
  return (
    <div className="freight-group">
      <TableCard
        label={title}
        loading={false}
        error={null}
        count={brackets.length}
        empty={t('freight.empty')}
        head={
          <>
            <th scope="col">{t('freight.upTo')}</th>
            <th scope="col" className="num">
              {t('freight.fee')}
            </th>
            <th scope="col" className="num">
              {t('freight.daysHead')}
            </th>
            <th scope="col">
              <span className="visually-hidden">{t('vat.actions')}</span>
            </th>
          </>
        }
      >
        {brackets.map((b) => (
          <FreightRow key={`${b.id}-${b.feeFen}-${b.minDays}-${b.maxDays}`} bracket={b} onSaved={onSaved} />
        ))}
      </TableCard>
    </div>
  );
}

export function FreightPage() {
  const { t } = useT();
  useDocumentTitle(t('freight.title'));
  const tables = useApiQuery<FreightTables>('/ops/pricing/freight');
  if (isForbidden(tables.error)) return <NoAccess />;
  const brackets = tables.data?.brackets ?? [];
  const provinces = tables.data?.provinces ?? [];

  return (
    <div className="ops-page pricing-ops-page">
      <div className="page-head">
        <div>
          <h1 className="page-title">{t('freight.title')}</h1>
          <p className="muted page-lead">{t('freight.lead')}</p>
        </div>
      </div>
      {tables.error ? <ErrorNotice error={tables.error} onRetry={tables.reload} /> : null}
      {tables.loading && !tables.data ? <Loading /> : null}
      {MODES.map((mode) => {
        const ofMode = brackets.filter((b) => b.mode === mode);
        if (!tables.data) return null;
        return (
          <section key={mode} aria-labelledby={`freight-${mode}`}>
            <h2 id={`freight-${mode}`} className="section-title pricing-section-head">
              {t(`freight.mode.${mode}`)}
            </h2>
            {ofMode.length === 0 ? <p className="muted">{t('freight.empty')}</p> : null}
            <div className="freight-groups">
              {zonesOf(ofMode).map((zone) => (
                <div key={zone}>
                  <h3 className="subsection-title">{t('freight.zone', { zone })}</h3>
                  <ZoneTable mode={mode} zone={zone} brackets={ofMode.filter((b) => b.zone === zone)} onSaved={tables.reload} />
                </div>
              ))}
            </div>
          </section>
        );
      })}
      {tables.data ? (
        <section aria-labelledby="freight-provinces">
          <h2 id="freight-provinces" className="section-title pricing-section-head">
            {t('freight.provinces')}
          </h2>
          <div className="province-zones">
            {zonesOf(provinces).map((zone) => {
              const inZone = provinces.filter((p) => p.zone === zone);
              return (
                <div key={zone} className="card province-zone">
                  <strong>{t('freight.zoneCount', { zone, count: inZone.length })}</strong>
                  <ul aria-label={t('freight.zone', { zone })}>
                    {inZone.map((p) => (
                      <li key={p.province}>
                        {p.nameZh} <span className="muted mono small">{p.province}</span>
                      </li>
                    ))}
                  </ul>
                </div>
              );
            })}
          </div>
        </section>
      ) : null}
    </div>
  );
}
