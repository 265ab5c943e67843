// Turns a failure into words for the current language: the server's message in English, and our
// own translation of known error codes in Chinese (the server speaks English).
import { ApiError } from '../api-client';
import type { Locale } from '../api-types';
import { hasMessage, type MessageKey, type MessageValues } from '../i18n/i18n';

type Translate = { locale: Locale; t(key: MessageKey, values?: MessageValues): string };

export function errorText(error: unknown, { locale, t }: Translate): string {
  if (!(error instanceof ApiError)) return t('error.internal');
  const key = `error.${error.code}`;
  if ((locale === 'zh-CN' || error.status === 0) && hasMessage(key)) return t(key);
  return error.message;
}

/** The message to show beside one form field, when the server named that field. */
export function fieldErrorText(error: unknown, field: string, { locale, t }: Translate): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const message = error.fieldMessage(field);
  if (!message) return undefined;
  if (locale === 'zh-CN') {
    const key = `error.${error.code}`;
    return error.code !== 'invalid_request' && hasMessage(key) ? t(key) : t('common.fieldInvalid');
  }
  return message.charAt(0).toUpperCase() + message.slice(1);
}
