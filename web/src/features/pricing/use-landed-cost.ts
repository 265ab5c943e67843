// Recalculates the landed cost ~400 ms after the inputs stop changing; an answer that arrives after a
// newer request was sent is dropped, so the page never shows figures for inputs no longer on screen.
import { useEffect, useRef, useState } from 'react';
import { api } from '../../app/api-client';
import { parseDollars } from '../../app/i18n/formats';
import type { CalculatorInputs, LandedCostAnswer } from './calculator-types';

export const DEBOUNCE_MS = 400;

export type CalculatorRequest = {
  items: Array<{ hsCode: string; category: string; priceUsdCents: number; quantity: number; weightGrams: number; statutoryUnit: string; statutoryQty: number }>;
  province: string;
  series: true;
};

const wholeNumber = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : null);

/** The request body for the inputs, or the first input that is not a usable value yet. */
export function toRequest(inputs: CalculatorInputs): { body: CalculatorRequest } | { invalid: keyof CalculatorInputs } {
  const priceUsdCents = parseDollars(inputs.price);
  if (!priceUsdCents) return { invalid: 'price' };
  const weightGrams = wholeNumber(inputs.weight);
  if (!weightGrams) return { invalid: 'weight' };
  const hsCode = inputs.hsCode.replace(/[\s.]/g, '');
  if (!/^(\d{8}|\d{10})$/.test(hsCode)) return { invalid: 'hsCode' };
  const quantity = wholeNumber(inputs.quantity);
  if (!quantity || quantity > 99) return { invalid: 'quantity' };
  const statutoryQty = inputs.statutoryUnit === 'g' && inputs.statutoryQty.trim() === '' ? weightGrams : wholeNumber(inputs.statutoryQty);
  if (!statutoryQty) return { invalid: 'statutoryQty' };
  if (!inputs.category) return { invalid: 'category' };
  return {
    body: {
      items: [{ hsCode, category: inputs.category, priceUsdCents, quantity, weightGrams, statutoryUnit: inputs.statutoryUnit, statutoryQty }],
      province: inputs.province,
      series: true,
    },
  };
}

export type LandedCostState = { answer: LandedCostAnswer | null; error: unknown; pending: boolean; invalid: keyof CalculatorInputs | null; priceUsdCents: number | null };

export function useLandedCost(inputs: CalculatorInputs): LandedCostState {
  const [state, setState] = useState<Omit<LandedCostState, 'invalid' | 'priceUsdCents'>>({ answer: null, error: null, pending: true });
  const generation = useRef(0);
  const prepared = toRequest(inputs);
  const key = 'body' in prepared ? JSON.stringify(prepared.body) : null;

  useEffect(() => {
    if (key === null) return;
    const mine = ++generation.current;
    setState((s) => ({ ...s, pending: true }));
    const timer = window.setTimeout(() => {
      api.post<LandedCostAnswer>('/calculator/landed-cost', JSON.parse(key) as CalculatorRequest).then(
        (answer) => mine === generation.current && setState({ answer, error: null, pending: false }),
        (error: unknown) => mine === generation.current && setState((s) => ({ answer: s.answer, error, pending: false })),
      );
    }, DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [key]);

  return {
    ...state,
    invalid: 'invalid' in prepared ? prepared.invalid : null,
    priceUsdCents: 'body' in prepared ? prepared.body.items[0]!.priceUsdCents : null,
  };
}
