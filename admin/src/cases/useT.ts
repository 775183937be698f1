import { useCallback } from 'react';
import { useTranslate } from 'react-admin';
import { messages as ask } from '../ask/messages';
import { messages as dashboard } from '../dashboard/messages';
import { messages as reviews } from '../reviews/messages';
import { messages as cases } from './messages';

type Tree = { [key: string]: string | Tree };

/** The English of the casework screens' own keys, for when the app's catalogue does not have them (yet). */
const english: Tree[] = [cases.en, ask.en, reviews.en, dashboard.en];

function lookup(key: string): string | undefined {
  for (const tree of english) {
    let at: string | Tree | undefined = tree;
    for (const part of key.split('.')) at = typeof at === 'object' ? at[part] : undefined;
    if (typeof at === 'string') return at;
  }
  return undefined;
}

/**
 * react-admin's translate for the casework screens: the i18n provider's catalogue (English or
 * Welsh) when it has the key, else the key's English from these folders' messages.ts.
 */
export function useT() {
  const translate = useTranslate();
  return useCallback(
    (key: string, options: Record<string, unknown> = {}) => {
      const fallback = lookup(key);
      return translate(key, fallback === undefined ? options : { _: fallback, ...options });
    },
    [translate],
  );
}

export type T = ReturnType<typeof useT>;
