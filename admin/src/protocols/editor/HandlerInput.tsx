import { Box, Button, Checkbox, FormControlLabel, FormHelperText, IconButton, MenuItem, Stack, TextField, Tooltip, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import { useInput, useTranslate } from 'react-admin';
import { useEditor } from './context';
import { handlerText, kindOf, type Handler, type Kind } from './handlers';

export { handlerErrorsToInput, handlerText, kindOf, stepsToBody, stepsToValues, type Handler } from './handlers';

function Leaf({ value, onChange, label, n }: { value: Handler; onChange: (h: Handler) => void; label: string; n?: number }) {
  const translate = useTranslate();
  const { roleChoices } = useEditor();
  const suffix = n ? ` (${translate('protocols.handler.option', { n })})` : '';
  if ('procedure' in value) {
    const p = value.procedure;
    const set = (k: 'name' | 'nameCy' | 'url', v: string) => onChange({ procedure: { ...p, [k]: v } });
    return (
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ flex: 1 }}>
        <TextField size="small" label={translate('protocols.handler.procedure_name') + suffix} value={p.name ?? ''} onChange={(e) => set('name', e.target.value)} sx={{ flex: 2 }} />
        <TextField
          size="small"
          label={translate('protocols.handler.procedure_name_cy') + suffix}
          value={p.nameCy ?? ''}
          onChange={(e) => set('nameCy', e.target.value)}
          slotProps={{ htmlInput: { lang: 'cy' } }}
          sx={{ flex: 2 }}
        />
        <TextField size="small" type="url" label={translate('protocols.handler.procedure_url') + suffix} value={p.url ?? ''} onChange={(e) => set('url', e.target.value)} sx={{ flex: 2 }} />
      </Stack>
    );
  }
  if ('role' in value) {
    return (
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flex: 1, flexWrap: 'wrap' }} useFlexGap>
        <TextField select size="small" label={label + suffix} value={value.role ?? ''} onChange={(e) => onChange({ ...value, role: e.target.value })} sx={{ minWidth: 240 }}>
          {roleChoices.map((c) => (
            <MenuItem key={c.id} value={c.id}>
              {c.name}
            </MenuItem>
          ))}
        </TextField>
        <FormControlLabel
          control={<Checkbox checked={!!value.orNominee} onChange={(e) => onChange(e.target.checked ? { role: value.role, orNominee: true } : { role: value.role })} />}
          label={translate('protocols.handler.nominee') + suffix}
        />
      </Stack>
    );
  }
  return <Typography variant="body2" color="text.secondary">{translate('protocols.handler.nested')}</Typography>;
}

/** The step's handler, edited as an expression: its kind first, then the role(s) or procedure(s) it names. */
export function HandlerInput({ source = 'handledBy' }: { source?: string }) {
  const translate = useTranslate();
  const { roleTitle, locale } = useEditor();
  const { field, fieldState } = useInput({ source });
  const value: Handler = field.value && typeof field.value === 'object' ? field.value : { role: '' };
  const kind = kindOf(value);
  const options: Handler[] = kind === 'anyOf' ? (value as { anyOf: Handler[] }).anyOf : kind === 'allOf' ? (value as { allOf: Handler[] }).allOf : [];
  const setOptions = (list: Handler[]) => field.onChange(kind === 'anyOf' ? { anyOf: list } : { allOf: list });

  const changeKind = (next: Kind) => {
    if (next === kind) return;
    const simple = kind === 'role' || kind === 'procedure' ? value : options[0] ?? { role: '' };
    if (next === 'role') field.onChange('role' in simple ? simple : { role: '' });
    else if (next === 'procedure') field.onChange('procedure' in simple ? simple : { procedure: { name: '' } });
    else {
      const list = kind === 'anyOf' || kind === 'allOf' ? options : [simple, { role: '' }];
      field.onChange(next === 'anyOf' ? { anyOf: list } : { allOf: list });
    }
  };
  const error = fieldState.error?.message;
  return (
    <Box sx={{ width: '100%', mb: 1 }} data-testid="handler-input">
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={1} sx={{ alignItems: { md: 'flex-start' } }}>
        <TextField select size="small" label={translate('protocols.handler.type')} value={kind} onChange={(e) => changeKind(e.target.value as Kind)} sx={{ minWidth: 180 }}>
          <MenuItem value="role">{translate('protocols.handler.role')}</MenuItem>
          <MenuItem value="procedure">{translate('protocols.handler.procedure')}</MenuItem>
          <MenuItem value="anyOf">{translate('protocols.handler.any_of')}</MenuItem>
          <MenuItem value="allOf">{translate('protocols.handler.all_of')}</MenuItem>
        </TextField>
        {(kind === 'role' || kind === 'procedure') && <Leaf value={value} onChange={field.onChange} label={translate('protocols.chains.handler')} />}
      </Stack>
      {(kind === 'anyOf' || kind === 'allOf') && (
        <Box sx={{ pl: 2, mt: 1, borderLeft: 2, borderColor: 'divider' }}>
          {options.map((o, i) => (
            <Stack key={i} direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
              <Leaf value={o} n={i + 1} label={translate('protocols.chains.handler')} onChange={(h) => setOptions(options.map((x, j) => (j === i ? h : x)))} />
              <Tooltip title={translate('protocols.handler.remove_option', { n: i + 1 })}>
                <IconButton aria-label={translate('protocols.handler.remove_option', { n: i + 1 })} onClick={() => setOptions(options.filter((_, j) => j !== i))}>
                  <DeleteIcon fontSize="small" />
                </IconButton>
              </Tooltip>
            </Stack>
          ))}
          <Button size="small" startIcon={<AddIcon />} onClick={() => setOptions([...options, { role: '' }])}>
            {translate('protocols.handler.add_role')}
          </Button>
          <Button size="small" startIcon={<AddIcon />} onClick={() => setOptions([...options, { procedure: { name: '' } }])}>
            {translate('protocols.handler.add_procedure')}
          </Button>
        </Box>
      )}
      <FormHelperText error={!!error}>{error ? translate(error, { _: error }) : handlerText(value, roleTitle, translate, locale)}</FormHelperText>
    </Box>
  );
}
