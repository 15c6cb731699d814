//! The models both references name the same way, re-exported by each module's `models`.

/// `identity`.
pub type Identity = crate::models::Identity;
/// `session`.
pub type Session = crate::models::Session;
/// `selfServiceLoginFlow`.
pub type SelfServiceLoginFlow = crate::models::LoginFlow;
/// `selfServiceRegistrationFlow`.
pub type SelfServiceRegistrationFlow = crate::models::RegistrationFlow;
/// `selfServiceRecoveryFlow`.
pub type SelfServiceRecoveryFlow = crate::models::RecoveryFlow;
/// `selfServiceSettingsFlow`.
pub type SelfServiceSettingsFlow = crate::models::SettingsFlow;
/// `selfServiceVerificationFlow`.
pub type SelfServiceVerificationFlow = crate::models::VerificationFlow;
/// `selfServiceLogoutUrl`.
pub type SelfServiceLogoutUrl = crate::models::LogoutFlow;
/// `selfServiceError`.
pub type SelfServiceError = crate::models::FlowError;
/// `successfulSelfServiceLoginWithoutBrowser`.
pub type SuccessfulSelfServiceLoginWithoutBrowser = crate::models::SuccessfulNativeLogin;
/// `successfulSelfServiceRegistrationWithoutBrowser`.
pub type SuccessfulSelfServiceRegistrationWithoutBrowser =
    crate::models::SuccessfulNativeRegistration;
/// `revokedSessions`.
pub type RevokedSessions = crate::models::DeleteMySessionsCount;
/// `identitySchemaContainer`.
pub type IdentitySchemaContainer = crate::models::IdentitySchemaContainer;
/// `submitSelfServiceLoginFlowBody`.
pub type SubmitSelfServiceLoginFlowBody = crate::models::UpdateLoginFlowBody;
/// `submitSelfServiceRegistrationFlowBody`.
pub type SubmitSelfServiceRegistrationFlowBody = crate::models::UpdateRegistrationFlowBody;
/// `submitSelfServiceRecoveryFlowBody`.
pub type SubmitSelfServiceRecoveryFlowBody = crate::models::UpdateRecoveryFlowBody;
/// `submitSelfServiceSettingsFlowBody`.
pub type SubmitSelfServiceSettingsFlowBody = crate::models::UpdateSettingsFlowBody;
/// `submitSelfServiceVerificationFlowBody`.
pub type SubmitSelfServiceVerificationFlowBody = crate::models::UpdateVerificationFlowBody;
/// `submitSelfServiceLogoutFlowWithoutBrowserBody`.
pub type SubmitSelfServiceLogoutFlowWithoutBrowserBody = crate::models::PerformNativeLogoutBody;

/// `adminCreateIdentityBody` (`serde_json::Value` for now).
pub type AdminCreateIdentityBody = serde_json::Value;
/// `adminUpdateIdentityBody` (`serde_json::Value` for now).
pub type AdminUpdateIdentityBody = serde_json::Value;
/// `adminCreateSelfServiceRecoveryLinkBody` (`serde_json::Value` for now).
pub type AdminCreateSelfServiceRecoveryLinkBody = serde_json::Value;
/// `selfServiceRecoveryLink`.
pub type SelfServiceRecoveryLink = crate::models::RecoveryLinkForIdentity;
