import { Box, Typography } from '@mui/material';
import { AutocompleteInput, ReferenceInput, useGetList, useRecordContext, useTranslate, type Validator } from 'react-admin';
import type { Council } from '../types';

/**
 * The council a page about a protocol works on (Record a case, Ask the protocol): which to start with,
 * and the choice. Only a council with an adopted protocol has anything to record or answer.
 */

const FIRST = { page: 1, perPage: 1 };
const BY_NAME = { field: 'name', order: 'ASC' } as const;

/**
 * The council to start with: the first of `preferred` (the person's own councils) with an adopted
 * protocol, else the first council in scope with one (by name); null when none in scope has one;
 * undefined while still asking.
 */
export function useProtocolCouncilDefault(preferred: readonly string[]): string | null | undefined {
  const own = useGetList<Council>('councils', { filter: { hasAdoptedProtocol: true, ids: preferred }, pagination: FIRST, sort: BY_NAME }, { enabled: preferred.length > 0 });
  const any = useGetList<Council>('councils', { filter: { hasAdoptedProtocol: true }, pagination: FIRST, sort: BY_NAME });
  const ownId = preferred.length > 0 ? own.data?.[0]?.id : null;
  if (ownId) return ownId;
  if ((preferred.length > 0 && own.isPending) || any.isPending) return undefined;
  return any.data?.[0]?.id ?? null;
}

/** An option: the council's name, and "no adopted protocol yet" under it when that is so. */
const CouncilOption = () => {
  const council = useRecordContext<Council>();
  const translate = useTranslate();
  if (!council) return null;
  return (
    <Box data-adopted={council.hasAdoptedProtocol ? 'true' : 'false'}>
      <Typography variant="body2">{council.name}</Typography>
      {!council.hasAdoptedProtocol && (
        <Typography variant="caption" color="text.secondary">
          {translate('common.protocol_council.none_adopted')}
        </Typography>
      )}
    </Box>
  );
};

const nameOf = (c: Council) => c?.name ?? '';

/**
 * The council input: every council in scope by name, those without an adopted protocol marked as
 * such (and greyed out, not choosable, with `disableWithout`).
 */
export const ProtocolCouncilInput = ({ label, disableWithout = false, validate, fullWidth, helperText }: { label: string; disableWithout?: boolean; validate?: Validator; fullWidth?: boolean; helperText?: string | false }) => (
  <ReferenceInput source="councilId" reference="councils" sort={BY_NAME}>
    <AutocompleteInput
      optionText={<CouncilOption />}
      inputText={nameOf}
      getOptionDisabled={disableWithout ? (c: Council) => !c.hasAdoptedProtocol : undefined}
      label={label}
      validate={validate}
      fullWidth={fullWidth}
      helperText={helperText}
    />
  </ReferenceInput>
);
