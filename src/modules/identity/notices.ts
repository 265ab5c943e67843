// The two notices a shopper agrees to (DOMAIN.md §6–§7). A consent or confirmation is recorded against
// a version: change a text, change its version, and shoppers are asked again.

export const ID_CONSENT_VERSION = '2026-11-01';
export const RISK_NOTICE_VERSION = '2026-11-01';

export type Notice = { version: string; titleZh: string; textZh: string; textEn: string };

export const ID_CONSENT_NOTICE: Notice = {
  version: ID_CONSENT_VERSION,
  titleZh: '个人身份信息处理告知及单独同意',
  textZh: [
    '处理目的：根据中国海关对跨境电子商务零售进口的要求，每笔跨境订单须以订购人的真实姓名、居民身份证号码和手机号码办理海关申报。我们仅为此目的处理您提供的上述信息。',
    '对外提供：为完成申报，上述信息仅提供给海关、为订单办理跨境支付申报的支付机构以及承运该订单的物流企业，接收方仅可将其用于该订单的申报、支付核验和清关派送，不作其他用途。',
    '存储内容：我们保存您的真实姓名、身份证号码、手机号码，以及您同意本告知的版本和时间。身份证号码属于敏感个人信息，采用 AES-256-GCM 字段级加密存储，页面上仅以脱敏形式显示（如 110105********002X）；仅在办理申报时按需解密，每次读取均记录日志。',
    '保存期限：仅在办理申报及法律规定的留存期限内保存。您删除该身份信息后，我们不再将其用于新订单；已提交申报的订单记录按法定期限保存后删除。',
    '撤回同意：您可随时在"我的账户 - 实名信息"中删除该身份信息，即撤回本同意。撤回不影响撤回前基于同意已进行的处理，但撤回后将无法以该身份下跨境订单。',
  ].join('\n\n'),
  textEn: [
    'Purpose: Chinese customs requires every cross-border retail import order to be declared under the buyer’s real name, resident ID number and mobile number. We process the information you give here for that purpose only.',
    'Sharing: to make the declaration, this information is shared only with China Customs, the payment company that declares the order’s payment, and the carrier that delivers the order, and they may use it only to declare, verify payment for and clear and deliver that order.',
    'What we store: your real name, ID number and mobile number, and which version of this notice you accepted and when. The ID number is sensitive personal information: it is stored encrypted field by field (AES-256-GCM), shown only masked (e.g. 110105********002X), decrypted only when a declaration needs it, and every such access is logged.',
    'Retention: kept only while needed for declarations and for the period the law requires. After you remove the identity it is not used for new orders; records of orders already declared are kept for the legal period and then deleted.',
    'Withdrawing consent: remove the identity under "My account – Verified identities" at any time; that withdraws this consent. Processing done before you withdraw stays lawful, but you can no longer place cross-border orders under that identity.',
  ].join('\n\n'),
};

export const RISK_NOTICE: Notice = {
  version: RISK_NOTICE_VERSION,
  titleZh: '跨境电子商务零售进口风险告知书',
  textZh: [
    '一、您在本平台购买的商品为跨境电子商务零售进口商品，符合原产地（美国）有关质量、安全、卫生、环保、标识等标准或技术规范要求，但可能与我国标准存在差异。您应自行承担相关风险。',
    '二、商品可能没有中文标签。本平台在商品详情页提供中文电子标签，请在购买前仔细阅读。',
    '三、您购买的商品仅限个人自用，不得再次销售。',
    '四、跨境电商零售进口商品受单次交易限值和个人年度交易限值的限制，并按规定缴纳税款。',
  ].join('\n\n'),
  textEn: [
    '1. The goods you buy here are cross-border e-commerce retail imports. They meet the standards and technical rules of their country of origin (the United States) on quality, safety, hygiene, environment and labelling, which may differ from China’s standards. You accept the risks that come with this.',
    '2. The goods may carry no Chinese label. A Chinese electronic label is shown on each product page: please read it before you buy.',
    '3. The goods are for your personal use only and may not be resold.',
    '4. Cross-border retail imports are subject to a per-transaction limit and a personal annual limit, and pay tax as the rules require.',
  ].join('\n\n'),
};
