import { useT } from '../i18n/i18n';

/** 中文 / English toggle for the current area; the choice is remembered per area. */
export function LanguageSwitch({ className }: { className?: string }) {
  const { locale, setLocale, t } = useT();
  return (
    <div className={['lang-switch', className].filter(Boolean).join(' ')} role="group" aria-label={t('common.language')}>
      <button type="button" lang="zh-CN" aria-pressed={locale === 'zh-CN'} onClick={() => setLocale('zh-CN')}>
        {t('lang.zh')}
      </button>
      <button type="button" lang="en-US" aria-pressed={locale === 'en-US'} onClick={() => setLocale('en-US')}>
        {t('lang.en')}
      </button>
    </div>
  );
}
