import { useState, type ReactNode } from 'react';
import { IconButton, Tooltip } from '@mui/material';
import DeleteIcon from '@mui/icons-material/Delete';
import EditIcon from '@mui/icons-material/Edit';
import { Confirm, useDataProvider, useTranslate } from 'react-admin';
import { usePessimisticDelete } from '../../common/usePessimisticDelete';
import { SafeFormDialog } from '../../common/SafeFormDialog';
import type { RuleEntry } from '../types';
import { useEditor } from './context';
import { clean } from './rules';

// What every rules tab shares: removing a rule (asked first), its edit and remove buttons, and the dialog it is edited in.

/** Removing a rule: `ask(entry)` opens the confirmation, `confirm` is the dialog to render. */
export function useRuleRemoval() {
  const translate = useTranslate();
  const [removing, setRemoving] = useState<RuleEntry | null>(null);
  const [remove] = usePessimisticDelete('protocolRules', 'protocols.rules.removed');
  const confirm = (
    <Confirm
      isOpen={!!removing}
      title={translate('protocols.rules.remove_title')}
      content={translate('protocols.rules.remove_confirm')}
      onConfirm={() => removing && remove(removing, () => setRemoving(null))}
      onClose={() => setRemoving(null)}
    />
  );
  return { ask: setRemoving, confirm };
}

/** A rule's edit and remove buttons (the caller lays them out). */
export function RuleActions(props: { editLabel: string; onEdit: () => void; onRemove: () => void; small?: boolean; editIcon?: ReactNode }) {
  const translate = useTranslate();
  const fontSize = props.small === false ? undefined : 'small';
  const size = props.small === false ? undefined : 'small';
  return (
    <>
      <Tooltip title={props.editLabel}>
        <IconButton size={size} aria-label={props.editLabel} onClick={props.onEdit}>
          {props.editIcon ?? <EditIcon fontSize={fontSize} />}
        </IconButton>
      </Tooltip>
      <Tooltip title={translate('protocols.rules.remove')}>
        <IconButton size={size} aria-label={translate('protocols.rules.remove')} onClick={props.onRemove}>
          <DeleteIcon fontSize={fontSize} />
        </IconButton>
      </Tooltip>
    </>
  );
}

/** The dialog a rule is edited in: the form's values are the rule's body; the API's "rule.x" errors land beside input "x". */
export function RuleDialog(props: {
  entry: RuleEntry | null;
  section: RuleEntry['section'];
  title: string;
  onClose: () => void;
  initialValues?: Record<string, any>;
  toValues?: (body: Record<string, any>) => Record<string, any>;
  toBody?: (values: Record<string, any>) => Record<string, any>;
  children: React.ReactNode;
  testId?: string;
  mapFieldError?: (errors: Record<string, string>) => Record<string, string>;
}) {
  const { version } = useEditor();
  const dataProvider = useDataProvider();
  const { entry } = props;
  const toBody = props.toBody ?? ((v) => v);
  return (
    <SafeFormDialog
      open
      testId={props.testId ?? 'rule-dialog'}
      title={props.title}
      resource="protocolRules"
      record={entry ?? undefined}
      initialValues={props.initialValues}
      toValues={(r) => (props.toValues ? props.toValues(r.body) : r.body)}
      toData={(values) => ({ versionId: version.id, section: props.section, body: clean(toBody(values)) })}
      fieldPrefix="rule."
      mapFieldError={props.mapFieldError}
      reload={entry ? () => dataProvider.getOne('protocolRules', { id: entry.id, meta: { versionId: version.id } }).then((r) => r.data) : undefined}
      onClose={props.onClose}
    >
      {props.children}
    </SafeFormDialog>
  );
}
