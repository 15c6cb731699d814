//! Which shipped locale a list of language tags asks for, as `js/locale.js` decides it for
//! JavaScript callers, for Rust frontends that pick a locale themselves.
//!
//! The locale texts are not in any wasm module: they are the package's locale modules
//! (`js/locales/<tag>.js`, `ory-wasm/locales/<tag>.js` in the npm package). A Rust app reads one
//! (fetched as text, or `include_str!`-ed) with [`super::Translations::from_locale_module`], lays
//! its own texts over it with [`super::Translations::overridden_by`], and passes the result as
//! `RenderOptions::translations` (or, still loading, as a promise in
//! `RenderOptions::pending_translations`).

/// The locales the package ships besides English.
pub const SHIPPED: &[&str] = &["de", "es", "fr", "it", "ja", "ko", "nl", "pl", "pt", "zh"];

/// The first of `tags` (BCP 47, in order of preference, e.g. `navigator.languages`) whose
/// language is shipped — `de-AT` → `de`, `zh-CN` / `zh-Hans` → `zh` — or `"en"` for English;
/// `None` when none is. Traditional Chinese (`zh-TW`, `zh-HK`, `zh-MO`, `zh-Hant`) is not matched
/// by the Simplified locale.
pub fn negotiate<'a>(tags: impl IntoIterator<Item = &'a str>) -> Option<&'static str> {
    for tag in tags {
        let lower = tag.to_ascii_lowercase();
        let mut parts = lower.split(['-', '_']);
        let language = parts.next().unwrap_or_default();
        if language == "en" {
            return Some("en");
        }
        if language == "zh" && parts.any(|part| matches!(part, "hant" | "tw" | "hk" | "mo")) {
            continue;
        }
        if let Some(shipped) = SHIPPED.iter().find(|shipped| **shipped == language) {
            return Some(shipped);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::negotiate;

    #[test]
    fn the_first_supported_language_wins_with_region_fallback() {
        assert_eq!(negotiate(["de-AT", "fr"]), Some("de"));
        assert_eq!(negotiate(["sv", "pt-BR"]), Some("pt"));
        assert_eq!(negotiate(["zh-CN"]), Some("zh"));
        assert_eq!(negotiate(["zh-Hans-CN"]), Some("zh"));
        assert_eq!(negotiate(["zh_TW", "ja"]), Some("ja"));
        assert_eq!(negotiate(["zh-Hant"]), None);
        assert_eq!(negotiate(["en-GB", "de"]), Some("en"));
        assert_eq!(negotiate(["EN"]), Some("en"));
        assert_eq!(negotiate(["sv", "fi"]), None);
        assert_eq!(negotiate([""]), None);
        assert_eq!(negotiate([]), None);
    }
}
