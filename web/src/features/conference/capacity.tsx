// How full an event, a ticket type or a session is, said the same way everywhere: a coloured badge
// (open / nearly full / waitlist only) with the seats left, and ticket prices ("Free" or dollars).
import { formatUsd } from '../../app/i18n/formats';
import { useT } from '../../app/i18n/i18n';
import type { Availability } from './conference-types';

const TONE: Record<Availability, string> = { open: 'badge-success', nearly_full: 'badge-warning', waitlist_only: 'badge-danger' };

export function CapacityBadge({ status, seatsLeft }: { status: Availability; seatsLeft: number }) {
  const { t } = useT();
  return (
    <span className={`badge ${TONE[status]}`} data-capacity={status}>
      {status === 'open' ? t('conf.capacity.open') : status === 'nearly_full' ? t('conf.capacity.nearlyFull', { seats: seatsLeft }) : t('conf.capacity.waitlistOnly')}
    </span>
  );
}

/** Seats of a session: "Open to every attendee", "120 of 300 seats left", or "Full · waitlist". */
export function SeatsText({ seats, seatsLeft }: { seats: number | null; seatsLeft: number | null }) {
  const { t } = useT();
  if (seats === null || seatsLeft === null) return <span className="conf-seats conf-seats-all">{t('conf.seats.everyone')}</span>;
  if (seatsLeft === 0) return <span className="conf-seats conf-seats-full">{t('conf.seats.full')}</span>;
  const few = seatsLeft <= Math.max(5, Math.ceil(seats * 0.1));
  return <span className={few ? 'conf-seats conf-seats-few' : 'conf-seats'}>{t('conf.seats.left', { left: seatsLeft, seats })}</span>;
}

export function usePrice(): (cents: number) => string {
  const { t, locale } = useT();
  return (cents) => (cents === 0 ? t('conf.price.free') : formatUsd(cents, locale));
}
