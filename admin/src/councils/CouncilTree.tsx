import { useId, useState } from 'react';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { Alert, Box, Card, CardContent, Chip, IconButton, LinearProgress, Stack, Typography } from '@mui/material';
import {
  Link,
  Title,
  useCanAccess,
  useCreatePath,
  useGetList,
  useGetManyReference,
  useTranslate,
} from 'react-admin';
import type { Council } from '../types';

const byName = { field: 'name', order: 'ASC' } as const;
const allAtOnce = { page: 1, perPage: 200 };
const bareList = { listStyle: 'none', m: 0, p: 0 };

/** A list of council nodes: the group below one council. */
const Branch = ({ councils, level }: { councils: Council[]; level: number }) => (
  <Box component="ul" role="group" sx={bareList}>
    {councils.map((council) => (
      <CouncilNode key={council.id} council={council} level={level} />
    ))}
  </Box>
);

/** One council; the councils below it load when it is opened (top-level councils start open). */
const CouncilNode = ({ council, level }: { council: Council; level: number }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const labelId = useId();
  const hasChildren = council.childCount > 0;
  const [open, setOpen] = useState(level === 0 && hasChildren);
  const { canAccess: canEdit } = useCanAccess({ resource: 'councils', action: 'edit', record: council });
  const { data: children, isPending, error } = useGetManyReference<Council>(
    'councils',
    { target: 'parentId', id: council.id, pagination: allAtOnce, sort: byName },
    { enabled: open },
  );

  return (
    // Named from its content (name, kind, councils below), so the name holds all the text it shows (WCAG 2.5.3).
    <li role="treeitem" aria-expanded={hasChildren ? open : undefined}>
      <Stack direction="row" alignItems="center" spacing={1} sx={{ pl: level * 4, minHeight: 40 }}>
        {hasChildren ? (
          <IconButton
            size="small"
            onClick={() => setOpen(!open)}
            aria-label={translate(open ? 'accord.councils.collapse' : 'accord.councils.expand', { name: council.name })}
          >
            {open ? <ExpandMoreIcon /> : <ChevronRightIcon />}
          </IconButton>
        ) : (
          <Box sx={{ width: 34 }} />
        )}
        {canEdit ? (
          <Link id={labelId} to={createPath({ resource: 'councils', type: 'edit', id: council.id })}>
            {council.name}
          </Link>
        ) : (
          <Typography id={labelId}>{council.name}</Typography>
        )}
        <Chip size="small" variant="outlined" label={translate(`accord.kind.${council.kind}`)} />
        {hasChildren && (
          <Typography variant="caption" color="text.secondary">
            {translate('accord.councils.below', { smart_count: council.childCount })}
          </Typography>
        )}
      </Stack>
      {open && isPending && <LinearProgress sx={{ ml: level * 4 + 5 }} />}
      {open && error && <Alert severity="error">{error.message}</Alert>}
      {open && children && <Branch councils={children} level={level + 1} />}
    </li>
  );
};

/** The hierarchy of the councils in scope, from the top-level ones down. */
export const CouncilTree = () => {
  const translate = useTranslate();
  const { data, isPending, error } = useGetList<Council>('councils', {
    filter: { topLevel: true },
    pagination: allAtOnce,
    sort: byName,
  });

  return (
    <Card sx={{ mt: 2 }}>
      <Title title="accord.councils.tree" />
      <CardContent>
        {isPending ? (
          <LinearProgress />
        ) : error ? (
          <Alert severity="error">{error.message}</Alert>
        ) : data.length === 0 ? (
          <Typography>{translate('accord.councils.tree_empty')}</Typography>
        ) : (
          <Box
            component="ul"
            role="tree"
            aria-label={translate('accord.councils.tree')}
            data-testid="council-tree"
            sx={bareList}
          >
            {data.map((council) => (
              <CouncilNode key={council.id} council={council} level={0} />
            ))}
          </Box>
        )}
      </CardContent>
    </Card>
  );
};
