// The sandbox card processor's checkout page: what a registrant sees after "Pay" while the platform
// runs without a real card processor. Server-rendered (it is the processor's page, not our web app):
// the amount and what it pays for, a card form with the test numbers, and the outcome of the last try.
export type CardPageView = {
  paymentId: string;
  amountCents: number;
  description: string;
  status: string;
  csrfToken: string;
  returnPath: string;
  problems?: Array<{ field: string; message: string }>;
  declined?: string | null;
};

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
export const usd = (cents: number) => `$${(cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

export function cardPage(v: CardPageView): string {
  const problem = (field: string) => v.problems?.find((p) => p.field === field);
  const field = (name: string, label: string, attrs: string) => {
    const p = problem(name);
    return `<label>${label}<input name="${name}" ${attrs}${p ? ' aria-invalid="true"' : ''}></label>${p ? `<p class="error" role="alert" data-field="${name}">${escape(p.message)}</p>` : ''}`;
  };
  const payable = v.status === 'pending';
  const back = `<p><a href="${escape(v.returnPath)}">Back to Gateway</a></p>`;
  const body = payable
    ? `${v.declined ? `<p class="error" role="alert" data-declined="${escape(v.declined)}">Your card was declined (${escape(v.declined)}). Try another card.</p>` : ''}
<form method="post" action="/api/v1/sandbox-card/${escape(v.paymentId)}" novalidate>
<input type="hidden" name="_csrf" value="${escape(v.csrfToken)}"><input type="hidden" name="return" value="${escape(v.returnPath)}">
${field('number', 'Card number', 'inputmode="numeric" autocomplete="cc-number" placeholder="4242 4242 4242 4242" maxlength="23" required')}
<div class="row">${field('expiry', 'Expiry (MM/YY)', 'autocomplete="cc-exp" placeholder="12/30" maxlength="7" required')}${field('cvc', 'CVC', 'inputmode="numeric" autocomplete="cc-csc" placeholder="123" maxlength="4" required')}</div>
${field('name', 'Name on card', 'autocomplete="cc-name" maxlength="100"')}
<button type="submit">Pay ${usd(v.amountCents)}</button>
</form>
<p class="note">Test mode: no real card is charged. 4242 4242 4242 4242 pays; 4000 0000 0000 0002 is declined; 4000 0000 0000 9995 has insufficient funds. Any future expiry and any 3 digits.</p>${back}`
    : `<p class="note" data-status="${escape(v.status)}">${v.status === 'paid' || v.status.startsWith('refund') ? 'This payment is complete.' : 'This payment can no longer be made (the seat it held was released).'}</p>${back}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Pay ${usd(v.amountCents)} · Sandbox card checkout</title>
<style>
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",sans-serif;background:#f4f5f9;color:#1f2430}
main{max-width:440px;margin:0 auto;padding:24px 16px}
.brand{font-weight:700;color:#4b3fd6}.muted{color:#6b7080;font-size:14px}
.card{background:#fff;border-radius:12px;padding:20px;margin-top:14px;box-shadow:0 2px 10px rgba(40,40,90,.08)}
.amount{font-size:32px;font-weight:700;margin:4px 0}
label{display:block;font-size:14px;margin-top:12px}input{display:block;width:100%;box-sizing:border-box;padding:10px;border:1px solid #c9ccd6;border-radius:8px;font-size:16px;margin-top:4px}
input[aria-invalid]{border-color:#c4291c}.row{display:grid;grid-template-columns:1fr 1fr;gap:12px}
button{margin-top:16px;width:100%;padding:13px;border:0;border-radius:8px;background:#4b3fd6;color:#fff;font-size:16px;font-weight:700;cursor:pointer}
.error{color:#c4291c;font-size:14px;margin:6px 0 0}.note{background:#fff8e6;border:1px solid #f3d58a;border-radius:8px;padding:10px;font-size:13px;margin-top:14px}
a{color:#4b3fd6}
</style></head>
<body><main>
<div class="brand">Sandbox card checkout <span class="muted">(test mode)</span></div>
<section class="card">
<div class="muted">Pay Gateway</div>
<div class="amount">${usd(v.amountCents)}</div>
<div class="muted">${escape(v.description)}</div>
${body}
</section>
</main></body></html>`;
}
