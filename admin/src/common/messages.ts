/** Messages of the shared pieces in common/ (English and Welsh). */
export const messages = {
  en: {
    common: {
      discard: {
        title: 'Discard what you typed?',
        content: 'You have typed into this form. Closing it now loses what you typed.',
        keep: 'Keep editing',
        discard: 'Discard',
      },
      required: 'Required',
      csv: 'Export CSV',
      protocol_council: {
        none_adopted: 'no adopted protocol yet',
      },
    },
  },
  cy: {
    common: {
      discard: {
        title: "Taflu'r hyn a deipiwyd gennych?",
        content: "Rydych wedi teipio yn y ffurflen hon. Os caewch hi nawr, collir yr hyn a deipiwyd gennych.",
        keep: 'Parhau i olygu',
        discard: 'Taflu',
      },
      required: 'Gofynnol',
      csv: 'Allforio CSV',
      protocol_council: {
        none_adopted: "dim protocol wedi'i fabwysiadu eto",
      },
    },
  },
};
