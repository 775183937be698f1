/** The users list (English and Welsh). */
export const messages = {
  en: {
    users_list: {
      council: 'Council',
      role: 'Role',
      role_filter: 'Role',
      csv_file: 'users.csv',
    },
  },
  cy: {
    users_list: {
      council: 'Cyngor',
      role: 'Rôl',
      role_filter: 'Rôl',
      csv_file: 'defnyddwyr.csv',
    },
  },
};
