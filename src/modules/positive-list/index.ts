// positive-list: the versioned 跨境电子商务零售进口商品清单 (which 8-digit tariff lines may use the
// cross-border retail channel, with their remarks), imported by operators from official files.
// Owns tables: positive_list_versions, positive_list_lines. Publishes and consumes no events.
export { importPositiveList, type ListProvenance } from './import-list.js';
export { lookupTariffLine, lookupTariffLines, chinaDate, type ListLookup } from './lookup.js';
export { registerPositiveListRoutes } from './routes.js';
