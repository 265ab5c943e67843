// Importing the VAT table from a CSV file (hs_code, vat_percent, note): all rows or none.
import { useT } from '../../app/i18n/i18n';
import { CsvImportCard } from '../../app/ui/csv-import-card';

export function VatImportForm({ onImported }: { onImported: () => void }) {
  const { t } = useT();
  return (
    <CsvImportCard<{ created: number; changed: number; unchanged: number }>
      title={t('vatImport.title')}
      lead={t('vatImport.lead')}
      path="/ops/pricing/vat-rates/import"
      fileLabel={t('fx.file')}
      submitLabel={t('vatImport.submit')}
      busyLabel={t('fx.importing')}
      noticeOf={(r) => t('vatImport.done', r)}
      problemsCaption={(count) => t('fx.problems', { count })}
      onImported={onImported}
    />
  );
}
