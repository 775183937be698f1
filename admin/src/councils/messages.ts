/**
 * The council pages' words, in English and Welsh: the office holders of a council, per role of its
 * adopted protocol (CouncilOfficeHolders.tsx). Merged into the i18n provider with every other
 * admin/src/<folder>/messages.ts. The form's validation messages are the protocol editor's
 * (protocols.validation.*), which say what the API says.
 */
const en = {
  councils: {
    settings: {
      cut_off_help: 'An enquiry received at or after this time counts as received on the next working day; empty for none',
      cut_off_invalid: 'Use a 24-hour time from 06:00 to 23:59',
      publish_help: 'Anyone may read the adopted protocol, its history and what changed on a public page, without signing in',
      public_page: 'Public page',
      closures: 'Closure days',
      closures_intro: 'Days the council is closed besides weekends and bank holidays (e.g. between Christmas and New Year). Deadlines skip them.',
      none: 'No closure days from today on.',
      date: 'Date',
      reason: 'Reason',
      add: 'Add closure day',
      added: 'Closure day added',
      remove: 'Remove closure day %{date}',
      removed: 'Closure day removed',
    },
    holders: {
      title: 'Office holders',
      intro:
        'Who holds each role of the adopted protocol (version %{number}) today. Escalation routes and reminders name these people.',
      no_protocol:
        'This council has no adopted protocol yet, so there are no roles to fill. Office holders already recorded are listed below.',
      read_only: 'Only the clerk of this council, or a monitoring officer above it, can change its office holders.',
      role: 'Role',
      name: 'Name',
      email: 'E-mail address',
      from: 'From',
      to: 'To',
      actions: 'Actions',
      deputy: 'Deputy',
      nobody: 'Nobody holds this role today',
      upcoming: 'Not yet in office',
      former: 'Left office',
      show_former: 'Show former holders (%{count})',
      not_in_protocol: 'Not a role of the adopted protocol',
      add: 'Add a holder: %{role}',
      edit: 'Edit office holder: %{name}',
      remove: 'Remove %{name}',
      remove_title: 'Remove %{name}?',
      remove_confirm:
        'Escalation routes and reminders stop naming them at once. To record that someone has left office, edit them and set the date they left instead.',
      removed: 'Office holder removed',
      group: {
        OFFICER: 'Officers',
        MEMBER: 'Members',
        EXTERNAL: 'Outside bodies and people',
        BODY: 'Bodies of the council',
        OTHER: 'Other roles',
      },
    },
  },
};

const cy: typeof en = {
  councils: {
    settings: {
      cut_off_help: "Mae ymholiad a dderbynnir ar yr amser hwn neu wedyn yn cyfrif fel un a dderbyniwyd ar y diwrnod gwaith nesaf; gwag os nad oes un",
      cut_off_invalid: 'Defnyddiwch amser 24 awr rhwng 06:00 a 23:59',
      publish_help: "Gall unrhyw un ddarllen y protocol a fabwysiadwyd, ei hanes a'r hyn a newidiodd ar dudalen gyhoeddus, heb fewngofnodi",
      public_page: 'Tudalen gyhoeddus',
      closures: 'Diwrnodau cau',
      closures_intro: "Diwrnodau pan fo'r cyngor ar gau heblaw penwythnosau a gwyliau banc (e.e. rhwng y Nadolig a'r Flwyddyn Newydd). Mae dyddiadau cau yn eu hepgor.",
      none: "Dim diwrnodau cau o heddiw ymlaen.",
      date: 'Dyddiad',
      reason: 'Rheswm',
      add: 'Ychwanegu diwrnod cau',
      added: 'Ychwanegwyd y diwrnod cau',
      remove: 'Tynnu diwrnod cau %{date}',
      removed: 'Tynnwyd y diwrnod cau',
    },
    holders: {
      title: 'Deiliaid swyddi',
      intro:
        "Pwy sy'n dal pob rôl yn y protocol a fabwysiadwyd (fersiwn %{number}) heddiw. Mae llwybrau uwchgyfeirio a nodiadau atgoffa yn enwi'r bobl hyn.",
      no_protocol:
        "Nid oes gan y cyngor hwn brotocol wedi'i fabwysiadu eto, felly nid oes rolau i'w llenwi. Mae'r deiliaid swyddi sydd eisoes wedi'u cofnodi wedi'u rhestru isod.",
      read_only: "Dim ond clerc y cyngor hwn, neu swyddog monitro uwch ei ben, sy'n gallu newid ei ddeiliaid swyddi.",
      role: 'Rôl',
      name: 'Enw',
      email: 'Cyfeiriad e-bost',
      from: 'O',
      to: 'Tan',
      actions: 'Gweithredoedd',
      deputy: 'Dirprwy',
      nobody: 'Nid oes neb yn dal y rôl hon heddiw',
      upcoming: 'Heb ddechrau yn y swydd eto',
      former: 'Wedi gadael y swydd',
      show_former: 'Dangos cyn-ddeiliaid (%{count})',
      not_in_protocol: "Nid yw'n rôl yn y protocol a fabwysiadwyd",
      add: 'Ychwanegu deiliad: %{role}',
      edit: 'Golygu deiliad swydd: %{name}',
      remove: 'Dileu %{name}',
      remove_title: 'Dileu %{name}?',
      remove_confirm:
        "Bydd llwybrau uwchgyfeirio a nodiadau atgoffa yn peidio â'u henwi ar unwaith. I gofnodi bod rhywun wedi gadael y swydd, golygwch eu cofnod a rhowch y dyddiad y gadawon nhw yn lle hynny.",
      removed: "Deiliad swydd wedi'i ddileu",
      group: {
        OFFICER: 'Swyddogion',
        MEMBER: 'Aelodau',
        EXTERNAL: 'Cyrff a phobl allanol',
        BODY: 'Cyrff y cyngor',
        OTHER: 'Rolau eraill',
      },
    },
  },
};

export const messages = { en, cy };
