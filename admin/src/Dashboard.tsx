import AccountTreeIcon from '@mui/icons-material/AccountTree';
import { Card, CardActions, CardContent, CardHeader, Typography } from '@mui/material';
import {
  Button,
  Datagrid,
  DateField,
  LinkBase,
  ListContextProvider,
  NumberField,
  SelectField,
  TextField,
  Title,
  useBasename,
  useGetIdentity,
  useGetMany,
  useList,
  usePermissions,
  useTranslate,
} from 'react-admin';
import { kindChoices, roleChoices } from './choices';
import type { Council, Permissions } from './types';

/** The councils the signed-in person serves, with their role at each. */
const MyCouncils = ({ memberships }: { memberships: Permissions['memberships'] }) => {
  const { data = [], isPending } = useGetMany<Council>('councils', { ids: memberships.map((m) => m.councilId) });
  const roles = new Map(memberships.map((m) => [m.councilId, m.role]));
  const list = useList({ data: data.map((c) => ({ ...c, role: roles.get(c.id) })), isPending });
  return (
    <ListContextProvider value={list}>
      <Datagrid resource="councils" bulkActionButtons={false} data-testid="my-councils">
        <TextField source="name" sortable={false} />
        <SelectField source="role" label="resources.memberships.fields.role" choices={roleChoices} sortable={false} />
        <SelectField source="kind" choices={kindChoices} sortable={false} />
        <DateField source="nextReviewDue" locales="en-GB" sortable={false} />
        <NumberField source="childCount" label="accord.dashboard.below" sortable={false} />
      </Datagrid>
    </ListContextProvider>
  );
};

export const Dashboard = () => {
  const translate = useTranslate();
  const basename = useBasename();
  const { identity } = useGetIdentity();
  const { permissions } = usePermissions<Permissions>();

  return (
    <Card sx={{ mt: 2 }}>
      <Title title="Accord" />
      <CardHeader title={translate('accord.dashboard.title', { name: identity?.fullName ?? '' })} />
      <CardContent>
        <Typography variant="h6" gutterBottom>
          {translate('accord.dashboard.councils')}
        </Typography>
        {permissions &&
          (permissions.memberships.length > 0 ? (
            <MyCouncils memberships={permissions.memberships} />
          ) : (
            <Typography>
              {translate(permissions.platformAdmin ? 'accord.dashboard.platform_admin' : 'accord.dashboard.none')}
            </Typography>
          ))}
      </CardContent>
      <CardActions>
        <Button component={LinkBase} to={`${basename}/councils/tree`} label="accord.councils.tree">
          <AccountTreeIcon />
        </Button>
      </CardActions>
    </Card>
  );
};
