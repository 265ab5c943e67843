// The conference's refusals in the reader's language: the server explains them in English (with the
// specifics, e.g. which session clashes), and Chinese readers get our translation of each known code.
import { ApiError } from '../../app/api-client';
import { useT, type MessageKey } from '../../app/i18n/i18n';
import { errorText } from '../../app/ui/error-text';

const CODES = [
  'already_registered', 'registration_closed', 'registration_not_open', 'already_cancelled', 'registration_changed', 'offer_expired', 'no_offer',
  'not_confirmed', 'registration_not_confirmed', 'schedule_conflict', 'workshop_pass_required', 'session_started', 'session_cancelled', 'signup_not_needed',
  'slot_taken', 'slot_past', 'meeting_cap_reached', 'meeting_overlap', 'session_clash', 'meeting_past', 'already_seller', 'registration_of_another_account',
] as const;
type Code = (typeof CODES)[number];
const isKnown = (code: string): code is Code => (CODES as readonly string[]).includes(code);

/** A function turning a failure into a sentence (English: the server's; Chinese: ours for known codes). */
export function useConferenceErrorText(): (error: unknown) => string {
  const i18n = useT();
  return (error) => {
    if (error instanceof ApiError && i18n.locale === 'zh-CN' && isKnown(error.code)) {
      const key: MessageKey = `conf.error.${error.code}`;
      return i18n.t(key);
    }
    return errorText(error, i18n);
  };
}

/** An inline alert for an action's failure (role=alert, so it is announced). */
export function ActionError({ error }: { error: unknown }) {
  const text = useConferenceErrorText();
  if (!error) return null;
  return (
    <p className="alert alert-error conf-action-error" role="alert">
      {text(error)}
    </p>
  );
}
