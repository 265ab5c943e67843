// 1:1 meetings with experts on the attendee's page: the meetings they hold (time and table in the
// event's zone, topic, .ics, cancel with a confirmation), how many more they may book (the event's
// per-attendee cap), and the experts with their open 20-minute slots, one click from booking.
import { useCallback, useEffect, useState } from 'react';
import { api as publicApi } from '../../app/api-client';
import { useT } from '../../app/i18n/i18n';
import { SuccessNotice } from '../../app/ui/notice';
import { ReasonDialog } from '../../app/ui/reason-dialog';
import { EmptyState, Loading } from '../../app/ui/states';
import { saveBlob, type AttendeeApi } from './attendee-api';
import { BookMeetingDialog } from './book-meeting-dialog';
import { ActionError } from './conference-errors';
import type { Expert, ExpertList, Meeting, MeetingList, OpenSlot, PersonalAgenda, Registration } from './conference-types';
import { ExpertCard, expertiseLabel } from './expert-card';
import { dateTime } from './event-time';
import { ExpertSlotPicker, type Busy } from './expert-slots';

type Booking = { expert: Expert; slot: OpenSlot } | null;

function MeetingCard({ meeting, timeZone, onCalendar, onCancel }: { meeting: Meeting; timeZone: string; onCalendar(): void; onCancel(): void }) {
  const { t, locale } = useT();
  return (
    <li className="card conf-meeting" data-meeting={meeting.slotId}>
      <div className="conf-meeting-when">
        <strong>{dateTime(meeting.startsAt, timeZone, locale)}</strong>
        <span className={meeting.status === 'booked' ? 'badge badge-success' : 'badge badge-warning'}>
          {meeting.status === 'booked' ? t('conf.meet.booked') : t('conf.meet.requested')}
        </span>
      </div>
      <p>
        {t('conf.meet.with', { name: meeting.expert.name, company: meeting.expert.company })} · <span className="muted">{expertiseLabel(t, meeting.expert.expertise)}</span>
      </p>
      <p className="muted small">{t('conf.book.where', { location: meeting.location })}</p>
      {meeting.topic ? <p className="small conf-topic">“{meeting.topic}”</p> : null}
      <div className="button-row">
        <button type="button" className="btn btn-secondary btn-sm" onClick={onCalendar}>
          {t('conf.meet.ics')}
        </button>
        <button type="button" className="btn btn-ghost btn-sm" onClick={onCancel}>
          {t('conf.meet.cancel')}
        </button>
      </div>
    </li>
  );
}

type Props = { registration: Registration; api: AttendeeApi; /** Bumped when the attendee's session seats change. */ agendaVersion: number };

export function MeetingsSection({ registration, api, agendaVersion }: Props) {
  const { t, locale } = useT();
  const [meetings, setMeetings] = useState<MeetingList | null>(null);
  const [experts, setExperts] = useState<ExpertList | null>(null);
  const [seats, setSeats] = useState<Busy[]>([]);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [openExpert, setOpenExpert] = useState<string | null>(null);
  const [booking, setBooking] = useState<Booking>(null);
  const [cancelling, setCancelling] = useState<Meeting | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const [slotsVersion, setSlotsVersion] = useState(0);

  const load = useCallback(async () => {
    try {
      const [mine, list, agenda] = await Promise.all([
        api.get<MeetingList>('/meetings'),
        publicApi.get<ExpertList>(`/conference/events/${encodeURIComponent(registration.event.slug)}/experts`),
        api.get<PersonalAgenda>('/agenda'),
      ]);
      setMeetings(mine);
      setExperts(list);
      setSeats(agenda.items.filter((i) => i.signup?.status === 'confirmed').map((i) => ({ startsAt: i.session.startsAt, endsAt: i.session.endsAt })));
      setLoadError(null);
    } catch (failure) {
      setLoadError(failure);
    }
    // agendaVersion: a new session seat changes which slots clash.
  }, [api, registration.event.slug, agendaVersion]);

  useEffect(() => {
    void load();
  }, [load]);

  async function calendar(meeting: Meeting) {
    setActionError(null);
    try {
      saveBlob(await api.file(`/meetings/${encodeURIComponent(meeting.slotId)}/calendar.ics`), `meeting-${meeting.expert.name.replace(/\W+/g, '-').toLowerCase()}.ics`);
    } catch (failure) {
      setActionError(failure);
    }
  }

  if (!meetings || !experts) {
    return (
      <section className="conf-section" aria-labelledby="conf-meet-title">
        <h2 id="conf-meet-title" className="section-title">
          {t('conf.meet.title')}
        </h2>
        {loadError ? <ActionError error={loadError} /> : <Loading />}
      </section>
    );
  }

  const zone = meetings.timeZone;
  const atCap = meetings.items.length >= meetings.cap;
  const busy: Busy[] = [...seats, ...meetings.items];
  return (
    <section className="conf-section" aria-labelledby="conf-meet-title" data-testid="meetings">
      <h2 id="conf-meet-title" className="section-title">
        {t('conf.meet.title')}
      </h2>
      <p className="muted small">{t('conf.meet.lead', { count: meetings.items.length, cap: meetings.cap })}</p>
      <SuccessNotice message={message} />
      <ActionError error={actionError} />
      {meetings.items.length === 0 ? (
        <p className="muted conf-none">{t('conf.meet.none')}</p>
      ) : (
        <ul className="conf-meetings">
          {meetings.items.map((m) => (
            <MeetingCard key={m.slotId} meeting={m} timeZone={zone} onCalendar={() => void calendar(m)} onCancel={() => setCancelling(m)} />
          ))}
        </ul>
      )}

      <h3 className="subsection-title conf-experts-title">{t('conf.meet.experts')}</h3>
      {atCap ? <p className="alert alert-info">{t('conf.meet.atCap', { cap: meetings.cap })}</p> : null}
      {experts.items.length === 0 ? <EmptyState title={t('conf.experts.empty')} /> : null}
      <ul className="conf-experts">
        {experts.items.map((expert) => (
          <ExpertCard key={expert.id} expert={expert} timeZone={zone}>
            {expert.openSlots > 0 && !atCap ? (
              <button
                type="button"
                className="btn btn-secondary btn-sm"
                aria-expanded={openExpert === expert.id}
                onClick={() => setOpenExpert(openExpert === expert.id ? null : expert.id)}
              >
                {openExpert === expert.id ? t('conf.meet.hideTimes') : t('conf.meet.showTimes')}
              </button>
            ) : null}
            {openExpert === expert.id && !atCap ? (
              <ExpertSlotPicker key={slotsVersion} slug={registration.event.slug} expertId={expert.id} timeZone={zone} busy={busy} onPick={(slot) => setBooking({ expert, slot })} />
            ) : null}
          </ExpertCard>
        ))}
      </ul>

      {booking ? (
        <BookMeetingDialog
          expertName={booking.expert.name}
          slot={booking.slot}
          timeZone={zone}
          onClose={() => {
            setBooking(null);
            setSlotsVersion((n) => n + 1);
          }}
          onBook={async (topic) => {
            await api.post<Meeting>('/meetings', { slotId: booking.slot.id, topic });
            setMessage(t('conf.meet.bookedNote', { name: booking.expert.name, date: dateTime(booking.slot.startsAt, zone, locale) }));
            setOpenExpert(null);
            await load();
          }}
        />
      ) : null}
      {cancelling ? (
        <ReasonDialog
          title={t('conf.meet.cancelTitle', { name: cancelling.expert.name })}
          body={t('conf.meet.cancelBody')}
          reason="none"
          danger
          confirmLabel={t('conf.meet.cancelConfirm')}
          onClose={() => setCancelling(null)}
          onConfirm={async () => {
            await api.remove(`/meetings/${encodeURIComponent(cancelling.slotId)}`);
            setMessage(t('conf.meet.cancelled', { name: cancelling.expert.name }));
            await load();
          }}
        />
      ) : null}
    </section>
  );
}
