// − [n] + for a quantity of 1..99; typing is allowed, and the value is clamped when it is committed.
import { useEffect, useState } from 'react';
import { useT } from '../../app/i18n/i18n';

export const MAX_QUANTITY = 99;
const clamp = (n: number) => Math.min(MAX_QUANTITY, Math.max(1, Math.round(n)));

export function QuantityStepper({ value, onChange, disabled = false, label }: { value: number; onChange(next: number): void; disabled?: boolean; label?: string }) {
  const { t } = useT();
  const [text, setText] = useState(String(value));
  useEffect(() => setText(String(value)), [value]);

  function commit() {
    const n = Number(text);
    const next = Number.isFinite(n) && text.trim() !== '' ? clamp(n) : value;
    setText(String(next));
    if (next !== value) onChange(next);
  }

  return (
    <div className="qty-stepper" role="group" aria-label={label ?? t('cart.quantity')}>
      <button type="button" className="qty-step" aria-label={t('cart.decrease')} disabled={disabled || value <= 1} onClick={() => onChange(clamp(value - 1))}>
        −
      </button>
      <input
        className="qty-input"
        inputMode="numeric"
        pattern="[0-9]*"
        aria-label={label ?? t('cart.quantity')}
        value={text}
        disabled={disabled}
        onChange={(e) => setText(e.target.value.replace(/[^0-9]/g, '').slice(0, 2))}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
      <button type="button" className="qty-step" aria-label={t('cart.increase')} disabled={disabled || value >= MAX_QUANTITY} onClick={() => onChange(clamp(value + 1))}>
        +
      </button>
    </div>
  );
}
