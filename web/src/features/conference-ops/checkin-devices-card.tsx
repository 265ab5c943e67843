// Door devices for volunteers without an account (as pretix does it): an operator names a device
// ("North door phone 1"), gets its link once — the key is in the link's #fragment — as text to copy and
// as a QR code to scan with the device's camera, and can revoke it at any time (its key stops working at
// once). The list shows each device's state and when it was last seen; never its key.
import QRCode from 'qrcode';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { api } from '../../app/api-client';
import { useT } from '../../app/i18n/i18n';
import { fieldErrorText } from '../../app/ui/error-text';
import { Field } from '../../app/ui/field';
import { ErrorNotice } from '../../app/ui/notice';
import { ReasonDialog } from '../../app/ui/reason-dialog';
import { TableCard } from '../../app/ui/table-card';
import { useApiQuery } from '../../app/use-api';
import type { CheckinDevice, NewCheckinDevice } from './conf-types';
import { inZone } from './zoned-time';

/** The link as this browser reaches the server (the origin the phones at the door use too). */
const doorLink = (made: NewCheckinDevice) => `${window.location.origin}${made.doorPath}`;

function DoorLink({ made, onDone }: { made: NewCheckinDevice; onDone: () => void }) {
  const { t } = useT();
  const id = useId();
  const url = doorLink(made);
  const [svg, setSvg] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    let live = true;
    QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }).then(
      (drawn) => live && setSvg(drawn),
      () => live && setSvg(null),
    );
    return () => {
      live = false;
    };
  }, [url]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      // Clipboard blocked (an insecure origin, a denied permission): select the text for a manual copy.
      (document.getElementById(`${id}-link`) as HTMLInputElement | null)?.select();
    }
  }

  return (
    <div className="conf-door-link" role="status" data-testid="door-link">
      <p>
        <strong>{t('confOps.devices.linkFor', { name: made.device.name })}</strong>
      </p>
      <p className="small">{t('confOps.devices.linkOnce')}</p>
      {svg ? <img className="conf-door-qr" src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`} alt={t('confOps.devices.qrAlt', { name: made.device.name })} width={200} height={200} data-testid="door-qr" /> : null}
      <div className="copy-row">
        <input id={`${id}-link`} className="mono" readOnly value={url} aria-label={t('confOps.devices.link')} onFocus={(e) => e.target.select()} />
        <button type="button" className="btn btn-secondary btn-sm" onClick={() => void copy()}>
          {copied ? t('confOps.devices.copied') : t('confOps.devices.copy')}
        </button>
      </div>
      <button type="button" className="btn btn-ghost btn-sm" onClick={onDone}>
        {t('confOps.devices.done')}
      </button>
    </div>
  );
}

export function CheckinDevicesCard({ eventId, timeZone }: { eventId: string; timeZone: string }) {
  const i18n = useT();
  const { t, locale } = i18n;
  const list = useApiQuery<{ items: CheckinDevice[] }>(`/ops/conference/events/${encodeURIComponent(eventId)}/checkin-devices`);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [made, setMade] = useState<NewCheckinDevice | null>(null);
  const [revoking, setRevoking] = useState<CheckinDevice | null>(null);
  const items = list.data?.items ?? [];

  async function create(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setMade(await api.post<NewCheckinDevice>(`/ops/conference/events/${encodeURIComponent(eventId)}/checkin-devices`, { name: name.trim() }));
      setName('');
      list.reload();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card conf-card" aria-labelledby="conf-devices-title" data-testid="checkin-devices">
      <h2 id="conf-devices-title" className="section-title">
        {t('confOps.devices.title')}
      </h2>
      <p className="muted small">{t('confOps.devices.lead')}</p>
      <form className="conf-row-form" onSubmit={create} aria-label={t('confOps.devices.create')}>
        <Field label={t('confOps.devices.name')} placeholder={t('confOps.devices.nameHint')} required maxLength={80} value={name} onChange={(e) => setName(e.target.value)} error={fieldErrorText(error, 'name', i18n)} />
        <button type="submit" className="btn btn-secondary" disabled={busy || !name.trim()}>
          {busy ? t('common.saving') : t('confOps.devices.create')}
        </button>
      </form>
      <ErrorNotice error={error} />
      {made ? <DoorLink made={made} onDone={() => setMade(null)} /> : null}
      <TableCard
        label={t('confOps.devices.title')}
        loading={list.loading}
        error={list.error}
        count={items.length}
        empty={t('confOps.devices.empty')}
        head={
          <>
            <th scope="col">{t('confOps.arrivals.device')}</th>
            <th scope="col">{t('confOps.devices.state')}</th>
            <th scope="col">{t('confOps.devices.lastSeen')}</th>
            <th scope="col" />
          </>
        }
      >
        {items.map((d) => (
          <tr key={d.id} data-device-id={d.id}>
            <td>{d.name}</td>
            <td>
              {d.revokedAt ? (
                <span className="badge badge-danger">{t('confOps.devices.revokedAt', { time: inZone(d.revokedAt, timeZone, locale) })}</span>
              ) : (
                <span className="badge badge-success">{t('confOps.devices.active')}</span>
              )}
            </td>
            <td className="small">{d.lastSeenAt ? inZone(d.lastSeenAt, timeZone, locale) : t('confOps.devices.never')}</td>
            <td className="cell-actions">
              {d.revokedAt ? null : (
                <button type="button" className="btn btn-ghost btn-sm" aria-label={t('confOps.devices.revokeLabel', { name: d.name })} onClick={() => setRevoking(d)}>
                  {t('confOps.devices.revoke')}
                </button>
              )}
            </td>
          </tr>
        ))}
      </TableCard>
      {revoking ? (
        <ReasonDialog
          title={t('confOps.devices.revokeTitle', { name: revoking.name })}
          body={t('confOps.devices.revokeBody')}
          reason="none"
          confirmLabel={t('confOps.devices.revoke')}
          danger
          onConfirm={async () => {
            await api.post(`/ops/conference/checkin-devices/${encodeURIComponent(revoking.id)}/revoke`);
            if (made?.device.id === revoking.id) setMade(null);
            list.reload();
          }}
          onClose={() => setRevoking(null)}
        />
      ) : null}
    </section>
  );
}
