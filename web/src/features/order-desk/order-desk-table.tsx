// The order list seller center and the ops console share: number, when, status, mode, items and
// total, with a status filter (and, for operators, a search by order number), newest first.
import { Link } from 'react-router';
import { useT } from '../../app/i18n/i18n';
import { Field, SelectField } from '../../app/ui/field';
import { FilterBar, useUrlFilters } from '../../app/ui/filter-bar';
import { EmptyState } from '../../app/ui/states';
import { ListTableCard } from '../../app/ui/table-card';
import { useCursorList } from '../../app/use-cursor-list';

export type DeskOrder = {
  id: string;
  orderNo: string;
  status: (typeof ORDER_STATUSES)[number];
  mode: '9610' | '1210';
  sellerId: string;
  buyerName: string;
  totals: { totalFen: number; taxFen: number };
  lines: Array<{ sku: string; quantity: number }>;
  createdAt: string;
};

export const ORDER_STATUSES = ['pending_payment', 'paid', 'payment_held', 'declared', 'cleared', 'shipped', 'delivered', 'completed', 'cancelled', 'expired', 'refund_requested', 'refunded'] as const;

const FILTERS = ['status', 'q'] as const;

/** `path` is the API list; `base` the page each order number links to (plus /:orderNo). */
export function OrderDeskTable({ path, base, search, label }: { path: string; base: string; search: boolean; label: string }) {
  const { t } = useT();
  const { filters, draft, setDraft, applyDraft, clear } = useUrlFilters(FILTERS, ['status', 'q']);
  const list = useCursorList<DeskOrder>(path, filters);
  const money = (fen: number) => t('desk.money', { amount: fen / 100 });
  return (
    <>
      <FilterBar onApply={applyDraft} onClear={clear}>
        {search ? <Field label={t('desk.search')} name="q" placeholder="GW20261126…" maxLength={30} value={draft['q'] ?? ''} onChange={(e) => setDraft('q', e.target.value)} /> : null}
        <SelectField label={t('desk.status')} name="status" value={draft['status'] ?? ''} onChange={(e) => setDraft('status', e.target.value)}>
          <option value="">{t('desk.anyStatus')}</option>
          {ORDER_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`desk.status.${s}`)}
            </option>
          ))}
        </SelectField>
      </FilterBar>
      <ListTableCard
        label={label}
        tableClass="orders-desk-table"
        list={list}
        empty={<EmptyState title={t('desk.empty')} />}
        head={
          <>
            <th scope="col">{t('desk.orderNo')}</th>
            <th scope="col">{t('desk.placed')}</th>
            <th scope="col">{t('desk.status')}</th>
            <th scope="col">{t('desk.mode')}</th>
            <th scope="col">{t('desk.items')}</th>
            <th scope="col" className="num">
              {t('desk.total')}
            </th>
          </>
        }
      >
        {list.items.map((o) => (
          <tr key={o.id} data-order-no={o.orderNo}>
            <td className="mono nowrap">
              <Link to={`${base}/${o.orderNo}`}>{o.orderNo}</Link>
            </td>
            <td className="nowrap">{t('common.dateTime', { date: new Date(o.createdAt) })}</td>
            <td>
              <span className={`badge badge-${o.status}`}>{t(`desk.status.${o.status}`)}</span>
            </td>
            <td>{t(`desk.mode.${o.mode}`)}</td>
            <td>{o.lines.map((l) => `${l.sku} × ${l.quantity}`).join(', ')}</td>
            <td className="num nowrap">
              {money(o.totals.totalFen)}
              <div className="muted">{t('desk.tax', { tax: money(o.totals.taxFen) })}</div>
            </td>
          </tr>
        ))}
      </ListTableCard>
    </>
  );
}
