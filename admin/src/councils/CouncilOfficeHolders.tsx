import { Fragment, useState } from 'react';
import DeleteIcon from '@mui/icons-material/Delete';
import EditIcon from '@mui/icons-material/Edit';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import {
  Alert,
  Box,
  Card,
  CardContent,
  Chip,
  FormControlLabel,
  IconButton,
  LinearProgress,
  Stack,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Tooltip,
  Typography,
} from '@mui/material';
import {
  Confirm,
  useCanAccess,
  useGetList,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { usePessimisticDelete } from '../common/usePessimisticDelete';
import { errorMessage } from '../common/conflict';
import { useProtocolVocabulary } from '../cases/useProtocolVocabulary';
import type { ProtocolRole } from '../cases/types';
import { isApiError } from '../graphql';
import { DateField } from '../i18n';
import type { OfficeHolder } from '../protocols/types';
import { OfficeHolderDialog } from '../protocols/OfficeHolderDialog';
import type { Council } from '../types';

/** Every holder of a council at once: the API answers them all in one list (officeHolders(current: false)). */
const ALL = { page: 1, perPage: 200 };
const DATE = { day: 'numeric', month: 'short', year: 'numeric' } as const;

/** Today in the UK, as the API decides who is in office ("YYYY-MM-DD"). */
export function ukToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

type Standing = 'current' | 'upcoming' | 'former';
const standingOf = (h: OfficeHolder, today: string): Standing =>
  h.fromDate && h.fromDate > today ? 'upcoming' : h.toDate && h.toDate < today ? 'former' : 'current';

/** Role keys as the API's RoleKey enum writes them (CHIEF_EXECUTIVE). */
const upper = (key: string) => key.toUpperCase();

/** The groups of the table, in order: a role's kind in the protocol, or OTHER for a role it does not define. */
const KIND_ORDER = ['OFFICER', 'MEMBER', 'EXTERNAL', 'BODY', 'OTHER'] as const;
const groupOf = (role: RoleGroup) => {
  const kind = role.inProtocol ? role.kind?.toUpperCase() : undefined;
  return (KIND_ORDER as readonly string[]).includes(kind ?? '') ? kind : 'OTHER';
};

interface RoleGroup {
  key: string;
  title: string;
  kind?: string;
  inProtocol: boolean;
  holders: OfficeHolder[];
}

/**
 * The council's office holders, per role of its adopted protocol: who holds each today (and who
 * will, or did), with add / edit / remove for its clerk or a monitoring officer above it. Saves go
 * through the data provider's officeHolders resource (admin/src/protocols/dataProvider.ts) and
 * carry the version read; a conflict is said in the dialog, keeping what was typed.
 */
export const CouncilOfficeHolders = () => {
  const council = useRecordContext<Council>();
  const translate = useTranslate();
  const [deleteHolder, { isPending: removingNow }] = usePessimisticDelete('officeHolders', 'councils.holders.removed');
  const [dialog, setDialog] = useState<{ role: RoleGroup; holder: OfficeHolder | null } | null>(null);
  const [removing, setRemoving] = useState<OfficeHolder | null>(null);
  const [showFormer, setShowFormer] = useState(false);
  const { canAccess: canEdit = false } = useCanAccess({ resource: 'councils', action: 'edit', record: council, enabled: !!council });
  const vocabulary = useProtocolVocabulary(council?.id);
  const holders = useGetList<OfficeHolder>('officeHolders', { filter: { councilId: council?.id }, pagination: ALL }, { enabled: !!council });

  if (!council) return null;
  const noProtocol = (isApiError(vocabulary.error) && vocabulary.error.code === 'NOT_FOUND') || (vocabulary.isSuccess && !vocabulary.adopted);
  const loading = holders.isPending || (vocabulary.isPending && !!council.id);
  const failed = holders.error ?? (vocabulary.error && !noProtocol ? vocabulary.error : null);
  const today = ukToday();

  const all = holders.data ?? [];
  const shown = all.filter((h) => showFormer || standingOf(h, today) !== 'former');
  const formerCount = all.filter((h) => standingOf(h, today) === 'former').length;
  const roles: RoleGroup[] = vocabulary.roles.map((r: ProtocolRole) => ({
    key: upper(r.key),
    title: vocabulary.title(r.key),
    kind: r.kind,
    inProtocol: true,
    holders: shown.filter((h) => upper(h.roleKey) === upper(r.key)),
  }));
  // Holders of roles the adopted protocol does not define (or of any role, without one) are still shown.
  const known = new Set(roles.map((r) => r.key));
  for (const h of shown) {
    const key = upper(h.roleKey);
    if (known.has(key)) continue;
    known.add(key);
    roles.push({ key, title: vocabulary.title(key), inProtocol: false, holders: shown.filter((x) => upper(x.roleKey) === key) });
  }

  const remove = () => removing && deleteHolder(removing, () => setRemoving(null));

  return (
    <Card sx={{ mt: 2 }} component="section" aria-labelledby="office-holders-title" data-testid="office-holders">
      <CardContent>
        <Stack direction="row" sx={{ alignItems: 'baseline', justifyContent: 'space-between', flexWrap: 'wrap', gap: 1 }}>
          <Typography variant="h6" component="h2" id="office-holders-title">
            {translate('councils.holders.title')}
          </Typography>
          {formerCount > 0 && (
            <FormControlLabel
              control={<Switch size="small" checked={showFormer} onChange={(e) => setShowFormer(e.target.checked)} />}
              label={translate('councils.holders.show_former', { count: formerCount })}
            />
          )}
        </Stack>
        {vocabulary.adopted && (
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {translate('councils.holders.intro', { number: vocabulary.adopted.number })}
          </Typography>
        )}
        {noProtocol && (
          <Alert severity="info" sx={{ my: 1 }}>
            {translate('councils.holders.no_protocol')}
          </Alert>
        )}
        {!canEdit && !loading && (
          <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 1 }}>
            {translate('councils.holders.read_only')}
          </Typography>
        )}
        {loading ? (
          <LinearProgress />
        ) : failed ? (
          <Alert severity="error">{errorMessage(failed)}</Alert>
        ) : (
          <HoldersTable
            roles={roles}
            today={today}
            canEdit={canEdit}
            onAdd={(role) => setDialog({ role, holder: null })}
            onEdit={(role, holder) => setDialog({ role, holder })}
            onRemove={setRemoving}
          />
        )}
      </CardContent>
      {dialog && (
        <OfficeHolderDialog
          councilId={council.id}
          roleKey={dialog.role.key}
          title={dialog.holder ? translate('councils.holders.edit', { name: dialog.holder.name }) : translate('councils.holders.add', { role: dialog.role.title })}
          holder={dialog.holder}
          testId="council-holder-dialog"
          onClose={() => setDialog(null)}
        />
      )}
      <Confirm
        isOpen={!!removing}
        loading={removingNow}
        title="councils.holders.remove_title"
        titleTranslateOptions={{ name: removing?.name ?? '' }}
        content="councils.holders.remove_confirm"
        onConfirm={remove}
        onClose={() => setRemoving(null)}
      />
    </Card>
  );
};

function HoldersTable(props: {
  roles: RoleGroup[];
  today: string;
  canEdit: boolean;
  onAdd: (role: RoleGroup) => void;
  onEdit: (role: RoleGroup, holder: OfficeHolder) => void;
  onRemove: (holder: OfficeHolder) => void;
}) {
  const { roles, today, canEdit } = props;
  const translate = useTranslate();
  const dash = <Typography variant="body2" color="text.disabled" component="span">—</Typography>;
  const columns = canEdit ? 6 : 5;
  // Officers first (they hold offices), then members, outside bodies and people, and bodies.
  const groups = KIND_ORDER.map((kind) => [kind, roles.filter((r) => groupOf(r) === kind)] as const).filter(([, members]) => members.length > 0);
  const renderRole = (role: RoleGroup) => {
    const rows = Math.max(role.holders.length, 1);
    const roleCell = (
      <TableCell rowSpan={rows} sx={{ verticalAlign: 'top', borderRight: 1, borderRightColor: 'divider' }}>
        <Stack direction="row" sx={{ alignItems: 'flex-start', justifyContent: 'space-between', gap: 1 }}>
          <Box sx={{ py: 0.5 }}>
            <Typography variant="body2" sx={{ fontWeight: 600 }}>{role.title}</Typography>
            {!role.inProtocol && (
              <Typography variant="caption" color="text.secondary">
                {translate('councils.holders.not_in_protocol')}
              </Typography>
            )}
          </Box>
          {canEdit && role.inProtocol && (
            <Tooltip title={translate('councils.holders.add', { role: role.title })}>
              <IconButton size="small" aria-label={translate('councils.holders.add', { role: role.title })} onClick={() => props.onAdd(role)}>
                <PersonAddIcon fontSize="small" />
              </IconButton>
            </Tooltip>
          )}
        </Stack>
      </TableCell>
    );
    if (role.holders.length === 0) {
      return (
        <TableRow key={role.key} data-testid={`holders-${role.key}`} data-role={role.title}>
          {roleCell}
          <TableCell colSpan={columns - 1}>
            <Typography variant="body2" color="text.secondary" sx={{ fontStyle: 'italic' }}>
              {translate('councils.holders.nobody')}
            </Typography>
          </TableCell>
        </TableRow>
      );
    }
    return (
      <Fragment key={role.key}>
        {role.holders.map((h, i) => {
          const standing = standingOf(h, today);
          return (
            <TableRow
              key={h.id}
              data-testid={`holders-${role.key}`}
              data-role={role.title}
              data-holder={h.name}
              data-standing={standing}
              sx={standing === 'former' ? { '& td:not([rowspan])': { color: 'text.secondary' } } : undefined}
            >
              {i === 0 && roleCell}
              <TableCell>
                <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
                  <Typography variant="body2" component="span" data-testid="holder-name">{h.name}</Typography>
                  {h.deputy && <Chip size="small" label={translate('councils.holders.deputy')} />}
                  {standing !== 'current' && (
                    <Chip
                      size="small"
                      variant="outlined"
                      color={standing === 'upcoming' ? 'info' : 'default'}
                      label={translate(`councils.holders.${standing}`)}
                    />
                  )}
                </Stack>
              </TableCell>
              <TableCell>
                {h.email ? (
                  <Typography variant="body2" component="a" href={`mailto:${h.email}`} sx={{ color: 'inherit' }}>
                    {h.email}
                  </Typography>
                ) : (
                  dash
                )}
              </TableCell>
              <TableCell>{h.fromDate ? <DateField record={h} source="fromDate" options={DATE} /> : dash}</TableCell>
              <TableCell>{h.toDate ? <DateField record={h} source="toDate" options={DATE} /> : dash}</TableCell>
              {canEdit && (
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  <Tooltip title={translate('councils.holders.edit', { name: h.name })}>
                    <IconButton size="small" aria-label={translate('councils.holders.edit', { name: h.name })} onClick={() => props.onEdit(role, h)}>
                      <EditIcon fontSize="small" />
                    </IconButton>
                  </Tooltip>
                  <Tooltip title={translate('councils.holders.remove', { name: h.name })}>
                    <IconButton size="small" aria-label={translate('councils.holders.remove', { name: h.name })} onClick={() => props.onRemove(h)}>
                      <DeleteIcon fontSize="small" />
                    </IconButton>
                  </Tooltip>
                </TableCell>
              )}
            </TableRow>
          );
        })}
      </Fragment>
    );
  };
  // At phone width the table scrolls inside its card (a focusable region, named by its heading), not the page;
  // `position: relative` keeps the visually hidden header text inside it too (absolutely placed, it widened the page).
  return (
    <Box sx={{ overflowX: 'auto', maxWidth: '100%', position: 'relative' }} tabIndex={0} role="region" aria-labelledby="office-holders-title" data-testid="office-holders-scroll">
      <Table size="small" aria-labelledby="office-holders-title">
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: '28%' }}>{translate('councils.holders.role')}</TableCell>
            <TableCell>{translate('councils.holders.name')}</TableCell>
            <TableCell>{translate('councils.holders.email')}</TableCell>
            <TableCell>{translate('councils.holders.from')}</TableCell>
            <TableCell>{translate('councils.holders.to')}</TableCell>
            {canEdit && (
              <TableCell align="right" sx={{ width: 96 }}>
                <Box component="span" sx={visuallyHidden}>{translate('councils.holders.actions')}</Box>
              </TableCell>
            )}
          </TableRow>
        </TableHead>
        <TableBody>
          {groups.map(([group, members]) => (
            <Fragment key={group}>
              <TableRow data-testid={`holders-group-${group}`}>
                <TableCell colSpan={columns} sx={{ bgcolor: 'action.hover', py: 0.5 }}>
                  <Typography variant="overline" color="text.secondary" sx={{ lineHeight: 2 }}>
                    {translate(`councils.holders.group.${group}`)}
                  </Typography>
                </TableCell>
              </TableRow>
              {members.map((role) => renderRole(role))}
            </Fragment>
          ))}

        </TableBody>
      </Table>
    </Box>
  );
}

/** Read by screen readers, not shown (sizes in px: in sx, 1 would mean 100%). */
const visuallyHidden = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

