import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';

/**
 * English: react-admin's own messages and the app's. Welsh (./cy.ts) has the same shape (`Messages`);
 * feature folders add their own messages in `<feature>/messages.ts` (see ./index.ts).
 */
export const en = {
  ...englishMessages,
  ra: {
    ...englishMessages.ra,
    auth: { ...englishMessages.ra.auth, username: 'E-mail address' },
    // "Council: Ashbury Borough Council", as the Welsh reads, not react-admin's "Council Ashbury Borough Council".
    page: { ...englishMessages.ra.page, edit: '%{name}: %{recordRepresentation}', show: '%{name}: %{recordRepresentation}' },
  },
  resources: {
    councils: {
      name: 'Council |||| Councils',
      fields: {
        name: 'Name',
        slug: 'Slug',
        kind: 'Kind',
        nation: 'Nation',
        parentId: 'Parent council',
        nextReviewDue: 'Next review due',
        publishProtocol: 'Publish the protocol',
        responseCutOff: 'Response cut-off time',
        q: 'Search',
      },
    },
    users: {
      name: 'User |||| Users',
      fields: {
        email: 'E-mail address',
        displayName: 'Name',
        password: 'Password',
        currentPassword: 'Current password',
        councilId: 'Council',
        role: 'Role',
        locale: 'Language',
        createdAt: 'Created',
        q: 'Search',
      },
    },
    memberships: {
      name: 'Membership |||| Memberships',
      fields: { councilId: 'Council', role: 'Role', createdAt: 'Since' },
    },
    apiKeys: {
      name: 'API key |||| API keys',
      fields: {
        name: 'Name',
        prefix: 'Prefix',
        councilId: 'Council',
        includeDescendants: 'Includes councils below',
        createdAt: 'Created',
        lastUsedAt: 'Last used',
        revokedAt: 'Revoked',
        active: 'Active',
        includeRevoked: 'Show revoked keys',
      },
    },
    notifications: {
      name: 'Notification |||| Notifications',
      fields: {
        subject: 'Subject',
        councilId: 'Council',
        kind: 'Kind',
        dueDate: 'Due',
        createdAt: 'Created',
        readAt: 'Read',
        unreadOnly: 'Unread only',
      },
    },
  },
  accord: {
    sign_in: { heading: 'Sign in to Accord' },
    kind: {
      PARISH: 'Parish council',
      TOWN: 'Town council',
      COMMUNITY: 'Community council',
      CITY: 'City council',
      DISTRICT: 'District council',
      BOROUGH: 'Borough council',
      COUNTY: 'County council',
      COUNTY_BOROUGH: 'County borough council',
      UNITARY: 'Unitary authority',
      METROPOLITAN: 'Metropolitan borough council',
      LONDON_BOROUGH: 'London borough council',
    },
    nation: { ENGLAND: 'England', WALES: 'Wales', SCOTLAND: 'Scotland', NORTHERN_IRELAND: 'Northern Ireland' },
    role: { MONITORING_OFFICER: 'Monitoring officer', CLERK: 'Clerk', VIEWER: 'Viewer' },
    locale: { en: 'English', cy: 'Cymraeg (Welsh)' },
    language: {
      menu: 'Language',
      not_saved: 'The language has changed in this browser, but could not be saved to your profile',
    },
    notification_kind: {
      REVIEW_DUE: 'Review due',
      REVIEW_OVERDUE: 'Review overdue',
      REVIEW_TASK: 'Review task',
      ACKNOWLEDGE_SOON: 'Acknowledgement due',
      ACKNOWLEDGE_MISSED: 'Acknowledgement overdue',
      RESPOND_SOON: 'Reply due',
      RESPOND_MISSED: 'Reply overdue',
      STEP_SOON: 'Action due',
      STEP_MISSED: 'Time run out',
    },
    auth: { expired: 'Your session has ended; please sign in again' },
    errors: {
      stale: 'Someone else changed this record; reload to see their change',
      network: 'The server cannot be reached; check your connection and try again',
      http_status: 'The server answered %{status} %{statusText}',
      no_data: 'The server sent no data',
    },
    validation: {
      slug: 'Use 2 to 63 lower-case letters, digits and hyphens, starting and ending with a letter or digit',
    },
    dashboard: {
      title: 'Welcome, %{name}',
      councils: 'Your councils',
      platform_admin: 'You are a platform admin: you can see and change every council.',
      none: 'You do not serve any council yet.',
      below: 'Councils below',
    },
    councils: {
      tree: 'Council tree',
      tree_empty: 'No councils to show.',
      expand: 'Show the councils below %{name}',
      collapse: 'Hide the councils below %{name}',
      below: '%{smart_count} council below |||| %{smart_count} councils below',
      parent_fixed: 'Only a monitoring officer above this council can move it',
    },
    users: {
      councils_roles: 'Councils and roles',
      platform_admin: 'Platform admin',
      invited: 'Invited: password not yet set',
      password_help: 'At least 12 characters',
      password_unchanged: 'Leave empty to keep the current password',
      current_password_help: 'Needed to change your own password',
      password_changed: 'Password changed: sign in again with the new one',
      add_membership: 'Add membership',
      membership_added: 'Membership added',
    },
    apiKeys: {
      include_descendants_help: 'Monitoring officers only: the key also reads every council below',
      revoke: 'Revoke',
      revoke_title: 'Revoke the API key "%{name}"?',
      revoke_content: 'Integrations using this key stop working at once. This cannot be undone.',
      revoked: 'API key revoked',
      secret_title: 'Your new API key',
      secret_warning: 'Copy this key now and keep it safe: it will not be shown again.',
      copy: 'Copy to clipboard',
      copied: 'Key copied to the clipboard',
      copy_failed: 'Could not copy: select the key and copy it yourself',
      done: 'I have copied the key',
    },
    notifications: {
      mark_read: 'Mark read',
      marked_read: 'Notification marked as read',
      mark_selected_read: 'Mark read',
      marked_selected_read: '%{smart_count} notification marked as read |||| %{smart_count} notifications marked as read',
    },
  },
} satisfies TranslationMessages;

export type Messages = typeof en;
