/** Protocol reviews: the review tasks and completing them (English and Welsh). */
export const messages = {
  en: {
    resources: {
      reviewTasks: {
        name: 'Review |||| Reviews',
        fields: {
          councilId: 'Council',
          dueOn: 'Review date',
          status: 'State',
          outcome: 'Outcome',
          completedAt: 'Completed',
          createdAt: 'Created',
        },
      },
    },
    reviews: {
      status: { OPEN: 'Due', OVERDUE: 'Overdue', COMPLETED: 'Completed' },
      outcome: { REAFFIRMED: 'Protocol reaffirmed', NEW_VERSION: 'New version adopted' },
      reaffirm: 'Reaffirm',
      reaffirm_title: 'Reaffirm the protocol of %{council}?',
      reaffirm_content: 'The protocol in force stays as it is and the review is recorded as complete. The next review date moves on by the review period unless you give one.',
      next_review: 'Next review date (optional)',
      reaffirmed: 'Review completed: protocol reaffirmed',
      adopt: 'Adopt a new version',
      adopt_help: 'Completing the review by adopting a new version happens in the protocol editor',
      conflict: 'Someone else changed this review while you had it open. Reload to see where it stands.',
      reload: 'Reload',
      cancel: 'Cancel',
      confirm: 'Reaffirm',
      empty: 'No reviews to show.',
      pending_only: 'Still to do',
    },
  },
  cy: {
    resources: {
      reviewTasks: {
        name: 'Adolygiadau |||| Adolygiad |||| Adolygiadau |||| Adolygiadau |||| Adolygiadau |||| Adolygiadau',
        fields: {
          councilId: 'Cyngor',
          dueOn: 'Dyddiad yr adolygiad',
          status: 'Cyflwr',
          outcome: 'Canlyniad',
          completedAt: 'Cwblhawyd',
          createdAt: 'Crëwyd',
        },
      },
    },
    reviews: {
      status: { OPEN: "I'w wneud", OVERDUE: 'Yn hwyr', COMPLETED: "Wedi'i gwblhau" },
      outcome: { REAFFIRMED: 'Ailgadarnhawyd y protocol', NEW_VERSION: 'Mabwysiadwyd fersiwn newydd' },
      reaffirm: 'Ailgadarnhau',
      reaffirm_title: 'Ailgadarnhau protocol %{council}?',
      reaffirm_content: "Mae'r protocol sydd mewn grym yn aros fel y mae a chofnodir bod yr adolygiad wedi'i gwblhau. Mae dyddiad yr adolygiad nesaf yn symud ymlaen yn ôl cyfnod yr adolygiad oni bai eich bod yn rhoi un.",
      next_review: 'Dyddiad yr adolygiad nesaf (dewisol)',
      reaffirmed: 'Cwblhawyd yr adolygiad: ailgadarnhawyd y protocol',
      adopt: 'Mabwysiadu fersiwn newydd',
      adopt_help: 'Yn y golygydd protocol y cwblheir adolygiad drwy fabwysiadu fersiwn newydd',
      conflict: "Newidiodd rhywun arall yr adolygiad hwn tra oedd ar agor gennych. Ail-lwythwch i weld lle mae'n sefyll.",
      reload: 'Ail-lwytho',
      cancel: 'Canslo',
      confirm: 'Ailgadarnhau',
      empty: "Does dim adolygiadau i'w dangos.",
      pending_only: "I'w gwneud o hyd",
    },
  },
};
