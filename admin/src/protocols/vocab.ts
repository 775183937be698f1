/** The protocol format's vocabularies (api/src/domain/protocol.ts), lower case as rule bodies store them. */

export const ROLE_KEYS = [
  'member', 'co_opted_member', 'ward_member', 'chairman', 'vice_chairman', 'mayor', 'deputy_mayor', 'leader', 'deputy_leader',
  'cabinet_member', 'committee_chair', 'group_leader', 'clerk', 'deputy_clerk', 'chief_executive', 'deputy_chief_executive',
  'monitoring_officer', 'section_151_officer', 'director', 'head_of_service', 'service_manager', 'team_leader', 'line_manager',
  'case_officer', 'democratic_services', 'democratic_services_manager', 'planning_manager', 'communications_officer', 'hr_officer',
  'corporate_management_team', 'officer', 'full_council', 'executive', 'standards_committee', 'policy_committee',
  'personnel_committee', 'overview_scrutiny_committee', 'committee', 'party_group', 'ombudsman',
  'principal_council_standards_committee', 'principal_council_monitoring_officer', 'nalc', 'slcc', 'county_association',
  'independent_mediator', 'police',
] as const;

export const ROLE_KINDS = ['member', 'officer', 'body', 'external'] as const;

export const CONCERN_KINDS = [
  'member_about_officer', 'officer_about_member', 'member_about_member', 'about_clerk', 'about_head_of_paid_service',
  'enquiry_late', 'confidentiality_breach', 'need_to_know_dispute', 'code_of_conduct', 'information_request_refused',
  'report_content_dispute', 'party_group_difficulty', 'interpretation',
] as const;

export const SEVERITIES = ['any', 'minor', 'serious'] as const;

export const STEP_ACTIONS = [
  'informal_discussion', 'raise_concern', 'investigate_and_report', 'mediation', 'advice', 'grievance_procedure',
  'disciplinary_procedure', 'formal_complaint', 'referral', 'decision',
] as const;

export const PRECONDITIONS = [
  'consent_of_all_parties', 'serious_only', 'minor_only', 'unresolved_at_previous_step', 'handler_not_subject', 'relationship_breakdown',
] as const;

export const ENQUIRY_CATEGORIES = [
  'planning', 'ward_matter', 'policy_matter', 'complaint', 'information_request', 'portfolio_political', 'general_correspondence',
] as const;

export const CLASSIFICATIONS = ['public', 'confidential', 'exempt', 'employee_personal', 'commercially_sensitive', 'party_group', 'draft_report'] as const;

export const CORRESPONDENCE_RULES = [
  'no_blind_copies', 'copy_member_letter_with_notice_or_consent', 'ward_members_copied', 'members_copied_on_ward_issues_unless_asked',
  'officer_letters_in_own_name', 'political_correspondence_not_on_council_resources', 'mayor_correspondence', 'ward_members_notified',
  'no_copies_to_media', 'press_contact_through_clerk',
] as const;

export const DISCLOSURE_EXCEPTIONS = ['consent', 'required_by_law', 'professional_advice', 'public_interest', 'already_public', 'legitimate_reason'] as const;

export const EXTENSION_TERMS = ['time_estimate', 'explanation', 'early_notice'] as const;

/** Select choices whose names are translation keys (react-admin translates choice names). */
export const vocabChoices = (values: readonly string[], group: string) =>
  values.map((id) => ({ id, name: `protocols.vocab.${group}.${id}` }));

/** A role key as words when the protocol gives it no title: "principal_council_monitoring_officer" → "Principal council monitoring officer". */
export const humanise = (key: string) => {
  const words = key.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};
