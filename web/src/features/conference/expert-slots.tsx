// An expert's open 20-minute slots, by day in the event's zone, as buttons: picking one opens the
// booking dialog. Loaded when the attendee opens the expert, fresh each time (slots go fast).
import { useEffect, useState } from 'react';
import { api } from '../../app/api-client';
import { useT } from '../../app/i18n/i18n';
import { Loading } from '../../app/ui/states';
import { ActionError } from './conference-errors';
import type { ExpertSlots, OpenSlot } from './conference-types';
import { clock, dayHeading, localDay } from './event-time';

/** A time the attendee is already taken: a session seat or another meeting. */
export type Busy = { startsAt: string; endsAt: string };
type Props = { slug: string; expertId: string; timeZone: string; busy: Busy[]; onPick(slot: OpenSlot): void };

const clashes = (slot: OpenSlot, busy: Busy[]) => busy.some((b) => b.startsAt < slot.endsAt && slot.startsAt < b.endsAt);

export function ExpertSlotPicker({ slug, expertId, timeZone, busy, onPick }: Props) {
  const { t, locale } = useT();
  const [slots, setSlots] = useState<ExpertSlots | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const controller = new AbortController();
    api.get<ExpertSlots>(`/conference/events/${encodeURIComponent(slug)}/experts/${encodeURIComponent(expertId)}/slots`, undefined, controller.signal).then(setSlots, (failure: unknown) => {
      if (!controller.signal.aborted) setError(failure);
    });
    return () => controller.abort();
  }, [slug, expertId]);

  if (error) return <ActionError error={error} />;
  if (!slots) return <Loading />;
  if (slots.items.length === 0) return <p className="muted small">{t('conf.experts.noSlots')}</p>;

  const days = new Map<string, OpenSlot[]>();
  for (const slot of slots.items) {
    const day = localDay(slot.startsAt, timeZone);
    days.set(day, [...(days.get(day) ?? []), slot]);
  }
  const anyClash = slots.items.some((slot) => clashes(slot, busy));
  return (
    <div className="conf-slots" data-testid="expert-slots">
      {anyClash ? <p className="muted small">{t('conf.meet.clashNote')}</p> : null}
      {[...days.entries()].map(([day, list]) => (
        <div key={day} className="conf-slot-day" role="group" aria-label={dayHeading(day, locale)}>
          <p className="small">
            <strong>{dayHeading(day, locale)}</strong>
          </p>
          <div className="conf-slot-buttons">
            {list.map((slot) => {
              const taken = clashes(slot, busy);
              const label = t(taken ? 'conf.meet.slotClash' : 'conf.meet.pickSlot', { time: clock(slot.startsAt, timeZone, locale), day: dayHeading(day, locale) });
              return (
                <button key={slot.id} type="button" className="conf-slot" data-slot={slot.id} data-clash={taken || undefined} disabled={taken} title={taken ? label : undefined} onClick={() => onPick(slot)} aria-label={label}>
                  {clock(slot.startsAt, timeZone, locale)}
                </button>
              );
            })}
          </div>
        </div>
      ))}
    </div>
  );
}
