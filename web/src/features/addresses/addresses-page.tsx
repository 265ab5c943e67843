// 收货地址 (/account/addresses): the shopper's mainland delivery addresses, the default first with its
// 默认 badge; add, edit, make default and delete (after a confirmation).
import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../app/api-client';
import { useT } from '../../app/i18n/i18n';
import { useApiQuery } from '../../app/use-api';
import { useDocumentTitle } from '../../app/ui/document-title';
import { ErrorNotice, SuccessNotice } from '../../app/ui/notice';
import { ReasonDialog } from '../../app/ui/reason-dialog';
import { EmptyState, Loading } from '../../app/ui/states';
import { AddressCard } from './address-card';
import { AddressForm } from './address-form';
import { addressLine, type Address, type AddressList } from './address-types';
import { PinIcon } from './pin-icon';
import '../identity/shopper-pages.css';
import './addresses.css';

const MAX_ADDRESSES = 20;

export function AddressesPage() {
  const { t } = useT();
  const list = useApiQuery<AddressList>('/me/addresses');
  // 'new' while adding, an address id while editing that address.
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Address | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  useDocumentTitle(t('addr.title'));

  const items = list.data?.items;
  const done = (text: string) => {
    setMessage(text);
    setEditing(null);
    list.reload();
  };
  const open = (which: string) => {
    setMessage(null);
    setError(null);
    setEditing(which);
  };

  async function makeDefault(address: Address) {
    setBusy(true);
    setError(null);
    setMessage(null);
    try {
      await api.post<Address>(`/me/addresses/${address.id}/default`);
      done(t('addr.madeDefault'));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  const addButton =
    items && items.length < MAX_ADDRESSES && editing !== 'new' ? (
      <button type="button" className="btn btn-primary" onClick={() => open('new')}>
        + {t('addr.add')}
      </button>
    ) : null;

  return (
    <div className="store-page shopper-page">
      <Link to="/account" className="shopper-back">
        ‹ {t('addr.back')}
      </Link>
      <div className="addresses-head">
        <div>
          <h1 className="store-page-title">{t('addr.title')}</h1>
          <p className="muted shopper-lead">{t('addr.lead')}</p>
        </div>
        {items && items.length > 0 ? addButton : null}
      </div>
      <SuccessNotice message={message} />
      <ErrorNotice error={error} />

      {!items && list.loading ? <Loading /> : null}
      {!items && list.error ? <ErrorNotice error={list.error} onRetry={list.reload} /> : null}

      {editing === 'new' ? (
        <section className="card shopper-card">
          <AddressForm first={items?.length === 0} onSaved={() => done(t('addr.added'))} onCancel={() => setEditing(null)} />
        </section>
      ) : null}

      {items && items.length === 0 && editing !== 'new' ? (
        <div className="card">
          <EmptyState title={t('addr.emptyTitle')} icon={<PinIcon size={28} />} action={addButton}>
            <p>{t('addr.emptyBody')}</p>
          </EmptyState>
        </div>
      ) : null}

      {items && items.length > 0 ? (
        <>
          <ul className="address-list" aria-busy={list.loading || busy}>
            {items.map((address) =>
              editing === address.id ? (
                <li key={address.id} className="card shopper-card">
                  <AddressForm address={address} onSaved={() => done(t('addr.changed'))} onCancel={() => setEditing(null)} />
                </li>
              ) : (
                <AddressCard
                  key={address.id}
                  address={address}
                  busy={busy}
                  onEdit={() => open(address.id)}
                  onMakeDefault={() => void makeDefault(address)}
                  onDelete={() => setDeleting(address)}
                />
              ),
            )}
          </ul>
          <p className="muted address-count">{t('addr.count', { count: items.length })}</p>
        </>
      ) : null}

      {deleting ? (
        <ReasonDialog
          title={t('addr.deleteTitle')}
          body={`${deleting.recipient} · ${addressLine(deleting)}`}
          reason="none"
          danger
          confirmLabel={t('addr.delete')}
          onConfirm={async () => {
            await api.delete(`/me/addresses/${deleting.id}`);
            done(t('addr.deleted'));
          }}
          onClose={() => setDeleting(null)}
        />
      ) : null}
    </div>
  );
}
