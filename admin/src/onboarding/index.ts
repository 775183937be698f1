export { InvitationPage } from './InvitationPage';
export { Onboarding, slugOf } from './Onboarding';
