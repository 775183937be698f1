export { InvitationPage } from './InvitationPage';
export { Onboarding } from './Onboarding';
