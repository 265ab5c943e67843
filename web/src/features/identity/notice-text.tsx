// A notice's full text in the shopper's language, paragraph by paragraph, with its version.
import { useT } from '../../app/i18n/i18n';
import type { Notice } from './identity-types';

export function NoticeText({ notice, id }: { notice: Notice; id?: string }) {
  const { t, locale } = useT();
  const text = locale === 'zh-CN' ? notice.textZh : notice.textEn;
  return (
    <div className="notice-text" id={id}>
      {text.split(/\n{2,}/).map((paragraph, i) => (
        <p key={i}>{paragraph}</p>
      ))}
      <p className="notice-version">{t('identity.noticeVersion', { version: notice.version })}</p>
    </div>
  );
}
