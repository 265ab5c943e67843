// The problems in a refused or checked CSV file: row, column and message, one table row each.
import type { ReactNode } from 'react';
import { useT } from '../i18n/i18n';

export type CsvProblem = { row: number; column: string | null; message: string };

type Props = { problems: CsvProblem[]; label: string; caption?: string; footer?: ReactNode };

export function ProblemsTable({ problems, label, caption, footer }: Props) {
  const { t } = useT();
  return (
    <div className="table-card">
      {caption ? <p className="table-caption">{caption}</p> : null}
      <div className="table-scroll report-scroll">
        <table className="data-table" aria-label={label}>
          <thead>
            <tr>
              <th scope="col" className="num">
                {t('import.row')}
              </th>
              <th scope="col">{t('import.column')}</th>
              <th scope="col">{t('import.message')}</th>
            </tr>
          </thead>
          <tbody>
            {problems.map((p, i) => (
              <tr key={i}>
                <td className="num">{p.row}</td>
                <td className="mono">{p.column ?? '—'}</td>
                <td>{p.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {footer}
    </div>
  );
}
