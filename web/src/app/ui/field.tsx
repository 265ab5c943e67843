// Labelled inputs, selects and text areas with their hint and error wired to aria-describedby, so
// screen readers read both.
import { useId, type ComponentPropsWithRef, type ReactNode } from 'react';

type Common = { label: ReactNode; hint?: string | undefined; error?: string | undefined };

function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function FieldFrame({ id, label, hint, error, children }: Common & { id: string; children: ReactNode }) {
  return (
    <div className={error ? 'field has-error' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children}
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function Field({ label, hint, error, id, ...input }: Common & ComponentPropsWithRef<'input'>) {
  const fallback = useId();
  const inputId = id ?? fallback;
  return (
    <FieldFrame id={inputId} label={label} hint={hint} error={error}>
      <input id={inputId} aria-invalid={error ? true : undefined} aria-describedby={describedBy(inputId, hint, error)} {...input} />
    </FieldFrame>
  );
}

export function SelectField({ label, hint, error, id, children, ...select }: Common & ComponentPropsWithRef<'select'>) {
  const fallback = useId();
  const selectId = id ?? fallback;
  return (
    <FieldFrame id={selectId} label={label} hint={hint} error={error}>
      <select id={selectId} aria-invalid={error ? true : undefined} aria-describedby={describedBy(selectId, hint, error)} {...select}>
        {children}
      </select>
    </FieldFrame>
  );
}

export function TextAreaField({ label, hint, error, id, ...area }: Common & ComponentPropsWithRef<'textarea'>) {
  const fallback = useId();
  const areaId = id ?? fallback;
  return (
    <FieldFrame id={areaId} label={label} hint={hint} error={error}>
      <textarea id={areaId} aria-invalid={error ? true : undefined} aria-describedby={describedBy(areaId, hint, error)} {...area} />
    </FieldFrame>
  );
}
