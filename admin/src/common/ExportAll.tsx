import { CreateButton, ExportButton, FilterButton, TopToolbar, useFilterContext, useListContext, useResourceDefinition, type ExportButtonProps } from 'react-admin';

/**
 * No cap on an export: react-admin's ExportButton asks for its first `maxResults` rows (1,000 by
 * default), and the data provider pages through the API 200 at a time for as many as there are.
 */
export const EXPORT_ALL = Number.MAX_SAFE_INTEGER;

/** Export: every row of the list with the filters and sort in use, through the list's exporter. */
export const ExportAllButton = (props: Omit<ExportButtonProps, 'maxResults'>) => <ExportButton {...props} maxResults={EXPORT_ALL} />;

/** react-admin's default list actions (filters, create, export), exporting every row rather than the first 1,000. */
export const ListActions = () => {
  const { hasCreate } = useResourceDefinition();
  const filters = useFilterContext();
  const { exporter, total } = useListContext();
  return (
    <TopToolbar>
      {filters && filters.length > 0 && <FilterButton />}
      {hasCreate && <CreateButton />}
      {exporter !== false && <ExportAllButton disabled={total === 0} />}
    </TopToolbar>
  );
};
