// Ops › Tax tables: VAT rates by tariff line, consumption-tax rules by HS prefix, and adding a tariff.
import { useState } from 'react';
import { useT } from '../../app/i18n/i18n';
import { useApiQuery, isForbidden } from '../../app/use-api';
import { useDocumentTitle } from '../../app/ui/document-title';
import { NoAccess } from '../../app/ui/states';
import { ConsumptionTaxSection } from './consumption-tax-section';
import type { ConsumptionTaxLine, VatRate } from './pricing-types';
import { TariffForm } from './tariff-form';
import { TariffsSection } from './tariffs-section';
import { VatImportForm } from './vat-import-form';
import { VatRatesSection } from './vat-rates-section';
import './pricing-ops.css';

export function TaxTablesPage() {
  const { t } = useT();
  const [tariffsVersion, setTariffsVersion] = useState(0);
  useDocumentTitle(t('tax.title'));
  const vat = useApiQuery<{ items: VatRate[] }>('/ops/pricing/vat-rates');
  const rules = useApiQuery<{ items: ConsumptionTaxLine[] }>('/ops/pricing/consumption-tax-rules');

  if (isForbidden(vat.error)) return <NoAccess />;
  return (
    <div className="ops-page pricing-ops-page">
      <div className="page-head">
        <div>
          <h1 className="page-title">{t('tax.title')}</h1>
          <p className="muted page-lead">{t('tax.lead')}</p>
        </div>
      </div>
      <VatRatesSection rates={vat} />
      <VatImportForm onImported={vat.reload} />
      <ConsumptionTaxSection rules={rules} />
      <TariffsSection version={tariffsVersion} />
      <TariffForm onAdded={() => setTariffsVersion((v) => v + 1)} />
    </div>
  );
}
