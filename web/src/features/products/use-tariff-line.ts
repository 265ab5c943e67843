// Looks the HS code up on the positive list in force while the seller types (debounced), so the
// editor can say at once whether the tariff line may use the cross-border channel.
import { useEffect, useState } from 'react';
import { api } from '../../app/api-client';
import { HS_CODE, type TariffLookup } from './product-types';

export function useTariffLine(hsCode: string): { lookup: TariffLookup | null; loading: boolean; error: unknown } {
  const [state, setState] = useState<{ code: string; lookup: TariffLookup | null; error: unknown }>({ code: '', lookup: null, error: null });
  const code = hsCode.trim();
  const valid = HS_CODE.test(code);

  useEffect(() => {
    if (!valid) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      api.get<TariffLookup>(`/catalog/tariff-lines/${code}`, undefined, controller.signal).then(
        (lookup) => setState({ code, lookup, error: null }),
        (error: unknown) => !controller.signal.aborted && setState({ code, lookup: null, error }),
      );
    }, 300);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [code, valid]);

  if (!valid) return { lookup: null, loading: false, error: null };
  const current = state.code === code;
  return { lookup: current ? state.lookup : null, loading: !current, error: current ? state.error : null };
}
