import { useEffect, useState } from 'react';
import { Alert, Box, Button, Card, CardContent, Stack, TextField, Typography } from '@mui/material';
import { useAuthProvider, useBasename, useTranslate } from 'react-admin';
import { graphql, isApiError } from '../graphql';
import { LanguageMenu } from '../i18n';

/**
 * Where an invitation's link leads (no sign-in): the person sets their own password from the
 * one-time token in the link's fragment (#token=…, which never reaches a server log), and is then
 * signed in with it.
 */
export const InvitationPage = () => {
  const translate = useTranslate();
  const authProvider = useAuthProvider();
  const basename = useBasename();
  const [token] = useState(() => new URLSearchParams(window.location.hash.replace(/^#/, '')).get('token') ?? '');
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<{ field?: string; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const title = translate('invitation.title');
  useEffect(() => {
    document.title = `${title} · Accord`;
  }, [title]);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (password !== again) return setError({ field: 'again', message: translate('invitation.mismatch') });
    setBusy(true);
    setError(null);
    try {
      const { r } = await graphql<{ r: { user: { email: string } } }>(
        'mutation Accept($t: String!, $p: String!) { r: acceptInvitation(token: $t, password: $p) { user { email } } }',
        { t: token, p: password },
      );
      await authProvider!.login({ username: r.user.email, password });
      // A full load: react-admin decided at this page's load that nobody was signed in.
      window.location.assign(`${basename}/`);
    } catch (err) {
      setError({ field: isApiError(err) ? err.field : undefined, message: err instanceof Error ? err.message : String(err) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box component="main" sx={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', bgcolor: 'background.default', p: 2 }}>
      <Card sx={{ maxWidth: 440, width: '100%' }} data-testid="invitation-page">
        <CardContent>
          <Typography component="h1" variant="h5" gutterBottom>
            {title}
          </Typography>
          {!token ? (
            <Alert severity="warning">{translate('invitation.missing')}</Alert>
          ) : (
            <Box component="form" onSubmit={submit} noValidate>
              <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
                {translate('invitation.intro')}
              </Typography>
              {error && !error.field?.match(/^(password|again)$/) && (
                <Alert severity="error" sx={{ mb: 2 }} data-testid="invitation-error">
                  {error.message}
                </Alert>
              )}
              <Stack spacing={2}>
                <TextField
                  label={translate('invitation.password')}
                  type="password"
                  autoComplete="new-password"
                  value={password}
                  onChange={(e) => setPassword(e.target.value)}
                  required
                  error={error?.field === 'password'}
                  helperText={error?.field === 'password' ? error.message.replace(/^password: /, '') : translate('invitation.help')}
                />
                <TextField
                  label={translate('invitation.confirm')}
                  type="password"
                  autoComplete="new-password"
                  value={again}
                  onChange={(e) => setAgain(e.target.value)}
                  required
                  error={error?.field === 'again'}
                  helperText={error?.field === 'again' ? error.message : ' '}
                />
                <Button type="submit" variant="contained" disabled={busy || !password || !again}>
                  {translate('invitation.save')}
                </Button>
              </Stack>
            </Box>
          )}
          <Box sx={{ display: 'flex', justifyContent: 'center', mt: 2 }}>
            <LanguageMenu />
          </Box>
        </CardContent>
      </Card>
    </Box>
  );
};
