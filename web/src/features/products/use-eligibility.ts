// The live eligibility verdict for the product being edited: the form is checked by the server
// (POST /seller/eligibility-check) half a second after the last change, in the UI's language.
import { useEffect, useState } from 'react';
import { api } from '../../app/api-client';
import type { Locale } from '../../app/api-types';
import { eligibilityBody, type ProductForm } from './product-form';
import type { Eligibility } from './product-types';

export function useEligibility(form: ProductForm | null, locale: Locale, enabled: boolean) {
  const [state, setState] = useState<{ key: string; result: Eligibility | null; error: unknown }>({ key: '', result: null, error: null });
  const body = form ? eligibilityBody(form) : null;
  const key = body ? `${locale}|${JSON.stringify(body)}` : '';

  useEffect(() => {
    if (!enabled || !key) return;
    const controller = new AbortController();
    const [lang, json] = [key.slice(0, key.indexOf('|')), key.slice(key.indexOf('|') + 1)];
    const timer = setTimeout(() => {
      fetchCheck(JSON.parse(json), lang, controller.signal).then(
        (result) => setState({ key, result, error: null }),
        (error: unknown) => !controller.signal.aborted && setState((s) => ({ key, result: s.result, error })),
      );
    }, 500);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [key, enabled]);

  return { result: state.result, error: state.error, checking: enabled && state.key !== key, key };
}

function fetchCheck(body: unknown, lang: string, signal: AbortSignal): Promise<Eligibility> {
  // A POST that only reads; aborting a stale check keeps the panel on the newest form.
  return Promise.race([
    api.post<Eligibility>('/seller/eligibility-check', body, { 'accept-language': lang }),
    new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))),
  ]);
}
