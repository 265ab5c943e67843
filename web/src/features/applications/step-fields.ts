// What the wizard's steps share: a field's value as the input shows it, and the server's message for it.
import type { ApiError } from '../../app/api-client';
import { fieldErrorText } from '../../app/ui/error-text';
import type { useT } from '../../app/i18n/i18n';

/** Text is sent trimmed ('' empties it); a choice or number left empty is not sent at all. */
export const text = (value: string) => value.trim();
export const intOrNothing = (value: string) => (/^\d+$/.test(value.trim()) ? Number(value.trim()) : undefined);
export const choiceOrNothing = <T extends string>(value: string) => (value ? (value as T) : undefined);
export const shown = (value: string | number | null | undefined) => (value === null || value === undefined ? '' : String(value));

export function errorFor(error: unknown, i18n: ReturnType<typeof useT>) {
  return (field: string) => fieldErrorText(error as ApiError, field, i18n);
}
