import type { Messages } from './en';
import welshMessages from './ra-cy';

/** Cymraeg: the same keys as ./en.ts (the `Messages` type and tests/unit/i18n.test.ts hold it to that). */
export const cy: Messages = {
  ...welshMessages,
  ra: {
    ...welshMessages.ra,
    auth: { ...welshMessages.ra.auth, username: 'Cyfeiriad e-bost' },
  },
  resources: {
    councils: {
      name: 'Cynghorau |||| Cyngor |||| Cynghorau |||| Cynghorau |||| Cynghorau |||| Cynghorau',
      fields: {
        name: 'Enw',
        slug: 'Dynodwr URL',
        kind: 'Math',
        nation: 'Gwlad',
        parentId: 'Rhiant-gyngor',
        nextReviewDue: 'Adolygiad nesaf erbyn',
        q: 'Chwilio',
      },
    },
    users: {
      name: 'Defnyddwyr |||| Defnyddiwr |||| Defnyddwyr |||| Defnyddwyr |||| Defnyddwyr |||| Defnyddwyr',
      fields: {
        email: 'Cyfeiriad e-bost',
        displayName: 'Enw',
        password: 'Cyfrinair',
        currentPassword: 'Cyfrinair presennol',
        councilId: 'Cyngor',
        role: 'Rôl',
        locale: 'Iaith',
        createdAt: 'Crëwyd',
        q: 'Chwilio',
      },
    },
    memberships: {
      name: 'Aelodaethau |||| Aelodaeth |||| Aelodaethau |||| Aelodaethau |||| Aelodaethau |||| Aelodaethau',
      fields: { councilId: 'Cyngor', role: 'Rôl', createdAt: 'Ers' },
    },
    apiKeys: {
      name: 'Allweddi API |||| Allwedd API |||| Allweddi API |||| Allweddi API |||| Allweddi API |||| Allweddi API',
      fields: {
        name: 'Enw',
        prefix: 'Rhagddodiad',
        councilId: 'Cyngor',
        includeDescendants: 'Yn cynnwys y cynghorau islaw',
        createdAt: 'Crëwyd',
        lastUsedAt: 'Defnyddiwyd ddiwethaf',
        revokedAt: 'Dirymwyd',
        active: 'Gweithredol',
        includeRevoked: "Dangos allweddi sydd wedi'u dirymu",
      },
    },
    notifications: {
      name: 'Hysbysiadau |||| Hysbysiad |||| Hysbysiadau |||| Hysbysiadau |||| Hysbysiadau |||| Hysbysiadau',
      fields: {
        subject: 'Pwnc',
        councilId: 'Cyngor',
        kind: 'Math',
        dueDate: 'Erbyn',
        createdAt: 'Crëwyd',
        readAt: 'Darllenwyd',
        unreadOnly: 'Heb eu darllen yn unig',
      },
    },
  },
  accord: {
    kind: {
      PARISH: 'Cyngor plwyf',
      TOWN: 'Cyngor tref',
      COMMUNITY: 'Cyngor cymuned',
      CITY: 'Cyngor dinas',
      DISTRICT: 'Cyngor dosbarth',
      BOROUGH: 'Cyngor bwrdeistref',
      COUNTY: 'Cyngor sir',
      COUNTY_BOROUGH: 'Cyngor bwrdeistref sirol',
      UNITARY: 'Awdurdod unedol',
      METROPOLITAN: 'Cyngor bwrdeistref fetropolitan',
      LONDON_BOROUGH: 'Cyngor bwrdeistref yn Llundain',
    },
    nation: { ENGLAND: 'Lloegr', WALES: 'Cymru', SCOTLAND: 'Yr Alban', NORTHERN_IRELAND: 'Gogledd Iwerddon' },
    role: { MONITORING_OFFICER: 'Swyddog monitro', CLERK: 'Clerc', VIEWER: 'Gwyliwr' },
    locale: { en: 'English (Saesneg)', cy: 'Cymraeg' },
    language: {
      menu: 'Iaith',
      not_saved: "Mae'r iaith wedi newid yn y porwr hwn, ond nid oedd modd ei chadw yn eich proffil",
    },
    notification_kind: { REVIEW_DUE: 'Adolygiad yn ddyledus', REVIEW_OVERDUE: 'Adolygiad yn hwyr' },
    auth: { expired: 'Mae eich sesiwn wedi dod i ben; mewngofnodwch eto' },
    errors: {
      stale: 'Mae rhywun arall wedi newid y cofnod hwn; ail-lwythwch i weld eu newid',
      network: 'Nid oes modd cyrraedd y gweinydd; gwiriwch eich cysylltiad a rhowch gynnig arall arni',
      http_status: 'Atebodd y gweinydd %{status} %{statusText}',
      no_data: 'Ni anfonodd y gweinydd unrhyw ddata',
    },
    validation: {
      slug: 'Defnyddiwch rhwng 2 a 63 o lythrennau bach, digidau a chysylltnodau, gan ddechrau a gorffen â llythyren neu ddigid',
    },
    dashboard: {
      title: 'Croeso, %{name}',
      councils: 'Eich cynghorau',
      platform_admin: "Rydych chi'n weinyddwr y platfform: gallwch weld a newid pob cyngor.",
      none: 'Nid ydych yn gwasanaethu unrhyw gyngor eto.',
      below: 'Cynghorau islaw',
    },
    councils: {
      tree: 'Coeden cynghorau',
      tree_empty: "Dim cynghorau i'w dangos.",
      expand: '%{name}: dangos y cynghorau islaw',
      collapse: "%{name}: cuddio'r cynghorau islaw",
      below: '%{smart_count} cyngor islaw |||| %{smart_count} cyngor islaw |||| %{smart_count} gyngor islaw |||| %{smart_count} chyngor islaw |||| %{smart_count} chyngor islaw |||| %{smart_count} cyngor islaw',
      parent_fixed: "Dim ond swyddog monitro uwchlaw'r cyngor hwn sy'n gallu ei symud",
    },
    users: {
      password_help: 'O leiaf 12 nod',
      password_unchanged: "Gadewch yn wag i gadw'r cyfrinair presennol",
      current_password_help: 'Mae ei angen i newid eich cyfrinair eich hun',
      password_changed: "Cyfrinair wedi'i newid: mewngofnodwch eto gyda'r un newydd",
      add_membership: 'Ychwanegu aelodaeth',
      membership_added: "Aelodaeth wedi'i hychwanegu",
    },
    apiKeys: {
      include_descendants_help: "Swyddogion monitro yn unig: mae'r allwedd hefyd yn darllen pob cyngor islaw",
      revoke: 'Dirymu',
      revoke_title: 'Dirymu\'r allwedd API "%{name}"?',
      revoke_content:
        "Bydd integreiddiadau sy'n defnyddio'r allwedd hon yn peidio â gweithio ar unwaith. Nid oes modd dadwneud hyn.",
      revoked: "Allwedd API wedi'i dirymu",
      secret_title: 'Eich allwedd API newydd',
      secret_warning: "Copïwch yr allwedd hon nawr a'i chadw'n ddiogel: ni fydd yn cael ei dangos eto.",
      copy: "Copïo i'r clipfwrdd",
      copied: "Allwedd wedi'i chopïo i'r clipfwrdd",
      copy_failed: "Methu copïo: dewiswch yr allwedd a'i chopïo eich hun",
      done: "Rydw i wedi copïo'r allwedd",
    },
    notifications: {
      mark_read: "Marcio wedi'i ddarllen",
      marked_read: "Hysbysiad wedi'i farcio wedi'i ddarllen",
    },
  },
};
