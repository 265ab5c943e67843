// The sandbox wallet's page: what the shopper sees after "pay" when the platform runs without a real
// payment provider. It imitates a cross-border wallet: the amount, the merchant's orders, and the
// shopper's choices — pay as themselves, pay as somebody else (to see an order held because buyer ≠
// payer), decline, or give up. Server-rendered: it is the provider's page, not part of the web app.
import { fenToYuan } from './alipay-fields.js';

export type WalletView = { paymentId: string; amountFen: number; status: string; orderNos: string[]; buyerName: string; csrfToken: string; backUrl: string };

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function walletPage(v: WalletView): string {
  const form = (outcome: string, label: string, cls: string) =>
    `<form method="post" action="/api/v1/sandbox-wallet/${escape(v.paymentId)}/${outcome}"><input type="hidden" name="_csrf" value="${escape(v.csrfToken)}"><button class="${cls}" data-outcome="${outcome}">${label}</button></form>`;
  const open = v.status === 'pending' || v.status === 'declined' || v.status === 'closed';
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>沙箱钱包 · 付款</title>
<style>
body{margin:0;font-family:"Noto Sans CJK SC","PingFang SC",system-ui,sans-serif;background:#eef3fb;color:#1d2433}
main{max-width:420px;margin:0 auto;padding:24px 16px}
.brand{display:flex;align-items:center;gap:8px;color:#1677ff;font-weight:700;font-size:18px}
.card{background:#fff;border-radius:14px;padding:20px;margin-top:16px;box-shadow:0 2px 10px rgba(22,119,255,.08)}
.amount{font-size:34px;font-weight:700;margin:6px 0 2px}
.muted{color:#6b7385;font-size:14px}
.note{background:#fff7e6;border:1px solid #ffd591;border-radius:10px;padding:10px 12px;font-size:13px;margin-top:14px}
form{margin:10px 0 0}
button{width:100%;border:0;border-radius:10px;padding:14px;font-size:16px;cursor:pointer}
.primary{background:#1677ff;color:#fff;font-weight:700}.secondary{background:#f0f2f5;color:#1d2433}.danger{background:#fff;color:#d4380d;border:1px solid #ffbb96}
a{color:#1677ff}
</style></head>
<body><main>
<div class="brand">◎ 沙箱钱包 <span class="muted">（测试环境，不会真实扣款）</span></div>
<section class="card">
<div class="muted">付款给 Gateway 跨境商城</div>
<div class="amount">¥${fenToYuan(v.amountFen)}</div>
<div class="muted">订单号：${v.orderNos.map(escape).join('、')}</div>
<div class="muted">购买人：${escape(v.buyerName)}（跨境订单须由购买人本人付款）</div>
${
  open
    ? `${form('approve', '确认付款', 'primary')}${form('approve-as-other', '以他人身份付款（测试：付款人≠购买人）', 'secondary')}${form('decline', '拒绝付款', 'danger')}${form('abandon', '放弃付款', 'secondary')}`
    : `<p class="note">这笔付款已处理（${escape(v.status)}）。</p>`
}
<p class="note">付款结果由钱包以签名通知异步发送给商城，订单页会自动更新。</p>
<p><a href="${escape(v.backUrl)}">返回订单</a></p>
</section>
</main></body></html>`;
}
