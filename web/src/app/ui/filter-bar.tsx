// Filters live in the URL (?role=seller&q=…), so a filtered list survives reload and can be shared.
// Selects apply at once; text fields apply on submit.
import { useState, type FormEvent, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { useT } from '../i18n/i18n';
import { filtersFrom } from '../use-cursor-list';
import '../styles/filters.css';

export function useUrlFilters<N extends string>(names: readonly N[], textNames: readonly N[] = []) {
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params, names);
  const [draft, setDraft] = useState<Record<string, string>>(() => Object.fromEntries(textNames.map((n) => [n, filters[n] ?? ''])));

  const apply = (values: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [name, value] of Object.entries(values)) {
      if (value.trim()) next.set(name, value.trim());
      else next.delete(name);
    }
    setParams(next, { replace: true });
  };

  return {
    filters,
    draft,
    setDraft: (name: N, value: string) => setDraft((d) => ({ ...d, [name]: value })),
    setFilter: (name: N, value: string) => apply({ [name]: value }),
    applyDraft: () => apply(draft),
    /** Sets some filters at once, e.g. a clicked id in the audit log; text fields follow. */
    applyValues: (values: Partial<Record<N, string>>) => {
      setDraft((d) => ({ ...d, ...values }));
      apply(values as Record<string, string>);
    },
    clear: () => {
      setDraft(Object.fromEntries(textNames.map((n) => [n, ''])));
      setParams(new URLSearchParams(), { replace: true });
    },
  };
}

export function FilterBar({ onApply, onClear, children }: { onApply: () => void; onClear: () => void; children: ReactNode }) {
  const { t } = useT();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onApply();
  };
  return (
    <form className="filter-bar" role="search" onSubmit={submit}>
      {children}
      <div className="filter-actions">
        <button type="submit" className="btn btn-primary btn-sm">
          {t('ops.filter.apply')}
        </button>
        <button type="button" className="btn btn-ghost btn-sm" onClick={onClear}>
          {t('ops.filter.clear')}
        </button>
      </div>
    </form>
  );
}
