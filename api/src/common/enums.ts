import { registerEnumType } from 'type-graphql';

/** GraphQL enum names are upper case; the values stored in Postgres are the lower-case strings. */
export enum CouncilKind {
  PARISH = 'parish',
  TOWN = 'town',
  COMMUNITY = 'community',
  CITY = 'city',
  DISTRICT = 'district',
  BOROUGH = 'borough',
  COUNTY = 'county',
  COUNTY_BOROUGH = 'county_borough',
  UNITARY = 'unitary',
  METROPOLITAN = 'metropolitan',
  LONDON_BOROUGH = 'london_borough',
}
export enum Nation {
  ENGLAND = 'england',
  WALES = 'wales',
  SCOTLAND = 'scotland',
  NORTHERN_IRELAND = 'northern_ireland',
}
export enum MembershipRole {
  MONITORING_OFFICER = 'monitoring_officer',
  CLERK = 'clerk',
  VIEWER = 'viewer',
}
export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
export enum NotificationKind {
  REVIEW_DUE = 'review_due',
  REVIEW_OVERDUE = 'review_overdue',
  REVIEW_TASK = 'review_task',
  ACKNOWLEDGE_SOON = 'acknowledge_soon',
  ACKNOWLEDGE_MISSED = 'acknowledge_missed',
  RESPOND_SOON = 'respond_soon',
  RESPOND_MISSED = 'respond_missed',
  STEP_SOON = 'step_soon',
  STEP_MISSED = 'step_missed',
}

registerEnumType(CouncilKind, { name: 'CouncilKind', description: 'The kind of council, as in local government law' });
registerEnumType(Nation, { name: 'Nation', description: 'Decides the bank holidays that apply' });
registerEnumType(MembershipRole, {
  name: 'MembershipRole',
  description: 'A person\'s role at a council. A monitoring officer\'s role reaches every council below theirs.',
});
registerEnumType(SortDirection, { name: 'SortDirection' });
registerEnumType(NotificationKind, { name: 'NotificationKind' });
