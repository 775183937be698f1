import { featureMessagesOf } from './merge';

/**
 * Every feature folder's `messages.ts` (admin/src/<feature>/messages.ts), found by Vite at build
 * time: a new folder's messages are picked up without being listed anywhere.
 */
export const featureMessages = featureMessagesOf(import.meta.glob('../*/messages.ts', { eager: true }));
