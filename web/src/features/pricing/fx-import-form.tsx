// Importing rates from a CSV file (base, quote, rate, source, effective_from); a refused file lists
// every problem by row and column.
import { useT } from '../../app/i18n/i18n';
import { CsvImportCard } from '../../app/ui/csv-import-card';

export function FxImportForm({ onImported }: { onImported: () => void }) {
  const { t } = useT();
  return (
    <CsvImportCard<{ imported: number }>
      title={t('fx.importTitle')}
      lead={t('fx.importLead')}
      path="/ops/fx-rates/import"
      fileLabel={t('fx.file')}
      submitLabel={t('fx.import')}
      busyLabel={t('fx.importing')}
      noticeOf={({ imported }) => t('fx.imported', { count: imported })}
      problemsCaption={(count) => t('fx.problems', { count })}
      onImported={onImported}
    />
  );
}
